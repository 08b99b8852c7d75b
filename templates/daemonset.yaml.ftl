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
<#if configChecksum>
      annotations:
        # a change of the chart's ConfigMaps' data rolls the pods
        checksum/config: {{ .Values.configMaps | toJson | sha256sum | quote }}
        {{- with omit .Values.podAnnotations "checksum/config" }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
<#else>
      {{- with .Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
</#if>
    spec:
      {{- include "${chart}.podSpec" . | nindent 6 }}
