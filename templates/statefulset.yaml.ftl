apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: {{ include "${chart}.fullname" . }}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "${chart}.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  serviceName: {{ include "${chart}.fullname" . }}-headless
  podManagementPolicy: ${yaml(podManagementPolicy)}
  revisionHistoryLimit: ${revisionHistoryLimit}
  updateStrategy:
    type: ${yaml(updateStrategy)}
<#if rollingPartition??>
    rollingUpdate:
      partition: ${rollingPartition}
</#if>
  persistentVolumeClaimRetentionPolicy:
    whenDeleted: "Retain"
    whenScaled: "Retain"
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
  volumeClaimTemplates:
<#list claims as claim>
    - apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: ${yaml(claim.name)}
        labels:
          {{- include "${chart}.selectorLabels" . | nindent 10 }}
      spec:
        accessModes:
<#list claim.accessModes as mode>
          - ${yaml(mode)}
</#list>
        {{- with .Values.persistence.${claim.valuesKey}.storageClass }}
        storageClassName: {{ . | quote }}
        {{- end }}
        resources:
          requests:
            storage: {{ .Values.persistence.${claim.valuesKey}.size | quote }}
</#list>
