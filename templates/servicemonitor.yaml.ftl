{{- /* Only where the Prometheus Operator's ServiceMonitor API exists: elsewhere the chart installs without it. */}}
{{- if .Capabilities.APIVersions.Has ${yaml(apiVersion)} }}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "${chart}.fullname" . }}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "${chart}.labels" . | nindent 4 }}
spec:
  selector:
    matchLabels:
      {{- include "${chart}.selectorLabels" . | nindent 6 }}
  namespaceSelector:
    matchNames:
      - {{ .Release.Namespace | quote }}
  endpoints:
    - port: ${yaml(port)}
      path: ${yaml(path)}
<#if interval??>
      interval: ${yaml(interval)}
</#if>
<#if scrapeTimeout??>
      scrapeTimeout: ${yaml(scrapeTimeout)}
</#if>
<#if honorLabels??>
      honorLabels: ${honorLabels?c}
</#if>
{{- end }}
