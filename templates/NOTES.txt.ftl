${chart} ({{ .Chart.AppVersion }}) is installed as release {{ .Release.Name }} in namespace {{ .Release.Namespace }}.
<#if hasService>

Inside the cluster it answers at:
  {{ include "${chart}.fullname" . }}.{{ .Release.Namespace }}:${servicePort}
</#if>
<#if paths?has_content>
{{- if .Values.ingress.enabled }}

From outside:
<#list paths as path>
  {{ if .Values.ingress.tls.enabled }}https{{ else }}http{{ end }}://{{ include "${chart}.ingressHost" . }}${helmText(path)}
</#list>
{{- end }}
</#if>

Its pods:
  kubectl get pods --namespace {{ .Release.Namespace }} -l app.kubernetes.io/instance={{ .Release.Name }}
