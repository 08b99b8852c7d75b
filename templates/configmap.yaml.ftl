apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "${chart}.fullname" . }}-${name}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "${chart}.labels" . | nindent 4 }}
# the text comes from values (configMaps.${name}), printed quoted: never evaluated by Helm
data:
  {{- range $key, $text := index .Values.configMaps ${yaml(name)} }}
  {{ $key | quote }}: {{ $text | quote }}
  {{- end }}
