apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "${chart}.fullname" . }}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "${chart}.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: ${revisionHistoryLimit}
  selector:
    matchLabels:
      {{- include "${chart}.selectorLabels" . | nindent 6 }}
  strategy:
<#switch strategy.kind>
<#case "RECREATE">
    # a ReadWriteOnce claim cannot be attached to two pods at once
    type: "Recreate"
<#break>
<#case "ROLLING_UPDATE">
    type: "RollingUpdate"
    rollingUpdate:
      maxSurge: ${yaml(strategy.maxSurge)}
      maxUnavailable: ${strategy.maxUnavailable}
<#break>
</#switch>
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
