<#-- The ports the peers may reach, for both kinds of ingress. -->
<#macro ingressPorts>
      ports:
<#list ports as port>
        - port: ${yaml(port.targetPort)}
          protocol: ${yaml(port.protocol)}
</#list>
</#macro>
{{- if .Values.networkPolicy.enabled }}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "${chart}.fullname" . }}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "${chart}.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "${chart}.selectorLabels" . | nindent 6 }}
  policyTypes:
    - "Ingress"
    - "Egress"
<#switch ingress>
<#case "FROM_PEERS">
  ingress:
    - from:
<#list peers as peer>
<#switch peer.kind>
<#case "MODULE">
        - podSelector:
            matchLabels:
              app.kubernetes.io/name: ${yaml(peer.module)}
<#break>
<#case "MODULE_IN_NAMESPACE">
        - podSelector:
            matchLabels:
              app.kubernetes.io/name: ${yaml(peer.module)}
          namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: ${yaml(peer.namespace)}
<#break>
<#case "NAMESPACE">
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: ${yaml(peer.namespace)}
<#break>
</#switch>
</#list>
<@ingressPorts/>
<#break>
<#case "FROM_RELEASE_NAMESPACE">
  ingress:
    - from:
        # any pod of the release's namespace
        - podSelector: {}
<@ingressPorts/>
<#break>
<#case "NONE">
  # the pods serve nothing: no ingress is allowed
  ingress: []
<#break>
</#switch>
  egress:
<#if allowAllEgress>
    - {}
<#else>
    # DNS
    - to:
        - namespaceSelector: {}
          podSelector:
            matchLabels:
              ${dns.labelKey}: ${yaml(dns.labelValue)}
      ports:
<#list dns.protocols as protocol>
        - port: ${dns.port}
          protocol: ${yaml(protocol)}
</#list>
    # the release's namespace
    - to:
        - podSelector: {}
<#list egressCidrs as cidr>
    - to:
        - ipBlock:
            cidr: ${yaml(cidr)}
</#list>
</#if>
{{- end }}
