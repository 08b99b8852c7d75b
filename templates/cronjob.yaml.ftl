apiVersion: batch/v1
kind: CronJob
metadata:
  name: {{ include "${chart}.fullname" . }}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "${chart}.labels" . | nindent 4 }}
spec:
  schedule: {{ .Values.cronJob.schedule | quote }}
<#if timeZone??>
  timeZone: ${yaml(timeZone)}
</#if>
  concurrencyPolicy: ${yaml(concurrencyPolicy)}
  suspend: {{ .Values.cronJob.suspend }}
  startingDeadlineSeconds: ${startingDeadlineSeconds}
  successfulJobsHistoryLimit: ${successfulJobsHistoryLimit}
  failedJobsHistoryLimit: ${failedJobsHistoryLimit}
  jobTemplate:
    metadata:
      labels:
        {{- include "${chart}.labels" . | nindent 8 }}
    spec:
      backoffLimit: ${job.backoffLimit}
<#if job.activeDeadlineSeconds??>
      activeDeadlineSeconds: ${job.activeDeadlineSeconds}
</#if>
      ttlSecondsAfterFinished: ${job.ttlSecondsAfterFinished}
      template:
        metadata:
          labels:
            {{- include "${chart}.podLabels" . | nindent 12 }}
          {{- with .Values.podAnnotations }}
          annotations:
            {{- toYaml . | nindent 12 }}
          {{- end }}
        spec:
          {{- include "${chart}.podSpec" . | nindent 10 }}
