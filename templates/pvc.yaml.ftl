apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: {{ include "${chart}.fullname" . }}-${suffix}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "${chart}.labels" . | nindent 4 }}
<#if keep>
  annotations:
    # kept on helm uninstall: data is never deleted by accident
    helm.sh/resource-policy: "keep"
</#if>
spec:
  accessModes:
<#list accessModes as mode>
    - ${yaml(mode)}
</#list>
<#if disk??>
  # bound to the chart's PersistentVolume on a pre-made disk, never provisioned
  storageClassName: ""
  volumeName: {{ printf "%s-%s-%s" .Release.Namespace (include "${chart}.fullname" .) ${yaml(suffix)} | trimPrefix "-" | quote }}
<#else>
  {{- with .Values.persistence.${valuesKey}.storageClass }}
  storageClassName: {{ . | quote }}
  {{- end }}
</#if>
  resources:
    requests:
      storage: {{ .Values.persistence.${valuesKey}.size | quote }}
