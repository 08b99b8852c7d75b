{{- if .Values.ingress.enabled }}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ include "${chart}.fullname" . }}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "${chart}.labels" . | nindent 4 }}
  {{- with .Values.ingress.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  ingressClassName: {{ .Values.ingress.className | quote }}
  {{- if .Values.ingress.tls.enabled }}
  tls:
    - hosts:
        - {{ include "${chart}.ingressHost" . | quote }}
      secretName: {{ .Values.ingress.tls.secretName | quote }}
  {{- end }}
  rules:
    - host: {{ include "${chart}.ingressHost" . | quote }}
      http:
        paths:
<#list paths as path>
          - path: ${yaml(path)}
            pathType: "Prefix"
            backend:
              service:
<#if gatewayProxy>
                # routed through the API gateway of another namespace (service-gateway.yaml)
                name: {{ include "${chart}.fullname" . }}-gateway
                port:
                  number: ${servicePort}
<#elseif gatewayService??>
                # routed through the API gateway, which finds this module by its Service annotation
                name: ${yaml(gatewayService)}
                port:
                  number: ${servicePort}
<#else>
                name: {{ include "${chart}.fullname" . }}
                port:
                  name: ${yaml(servicePort)}
</#if>
</#list>
<#list routes as route>
          # sent to module ${helmText(route.module)} (spec.ingress.routes)
          - path: ${yaml(route.path)}
            pathType: "Prefix"
            backend:
              service:
                name: ${yaml(route.service)}
                port:
                  number: ${route.port?c}
</#list>
{{- end }}
