apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: {{ include "${chart}.fullname" . }}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "${chart}.labels" . | nindent 4 }}
spec:
  revisionHistoryLimit: ${revisionHistoryLimit}
  updateStrategy:
    type: "RollingUpdate"
    rollingUpdate:
      maxUnavailable: ${yaml(maxUnavailable)}
  selector:
    matchLabels:
      {{- include "${chart}.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "${chart}.podLabels" . | nindent 8 }}
      {{- with .Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    spec:
      {{- include "${chart}.podSpec" . | nindent 6 }}
