apiVersion: v1
kind: Service
metadata:
  name: {{ include "${chart}.fullname" . }}${nameSuffix}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "${chart}.labels" . | nindent 4 }}
<#if headless>
<#elseif annotations?has_content>
  annotations:
<#list annotations as key, value>
    ${yaml(key)}: ${yaml(value)}
</#list>
    {{- with .Values.service.annotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
<#else>
  {{- with .Values.service.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
</#if>
spec:
<#if headless>
  # governs the StatefulSet's pod names (pod-0.<name>-headless); lists pods before they are ready
  clusterIP: "None"
  publishNotReadyAddresses: true
<#else>
  type: {{ .Values.service.type | quote }}
</#if>
  selector:
    {{- include "${chart}.selectorLabels" . | nindent 4 }}
  ports:
<#list ports as port>
    - name: ${yaml(port.name)}
      port: ${port.port}
      targetPort: ${yaml(port.targetPort)}
      protocol: ${yaml(port.protocol)}
</#list>
