apiVersion: batch/v1
kind: Job
metadata:
  name: {{ include "${chart}.fullname" . }}${nameSuffix}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "${labels}" . | nindent 4 }}
<#if job.hookEvents?has_content>
  annotations:
    helm.sh/hook: ${yaml(job.hookEvents?join(","))}
    helm.sh/hook-weight: ${yaml(job.hookWeight?c)}
    helm.sh/hook-delete-policy: ${yaml(job.hookDeletePolicy?join(","))}
</#if>
spec:
  backoffLimit: ${job.backoffLimit}
<#if job.activeDeadlineSeconds??>
  activeDeadlineSeconds: ${job.activeDeadlineSeconds}
</#if>
  ttlSecondsAfterFinished: ${job.ttlSecondsAfterFinished}
  template:
    metadata:
      labels:
        {{- include "${podLabels}" . | nindent 8 }}
      {{- with .Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    spec:
      {{- include "${podTemplate}" . | nindent 6 }}
