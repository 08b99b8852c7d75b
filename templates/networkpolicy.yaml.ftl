<#-- One rule of a NetworkPolicy: its peers under `key` (from or to) and its ports. -->
<#macro policyRule rule key>
    # ${rule.who}<#if rule.why?has_content>: ${rule.why}</#if>
    - ${key}:
<#list rule.peers as peer>
<#switch peer.kind>
<#case "PODS">
        - podSelector:
            matchLabels:
<#list peer.podLabels as labelKey, labelValue>
              ${yaml(labelKey)}: ${yaml(labelValue)}
</#list>
          namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: ${yaml(peer.namespace)}
<#break>
<#case "NAMESPACE">
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: ${yaml(peer.namespace)}
<#break>
<#case "CIDR">
        - ipBlock:
            cidr: ${yaml(peer.cidr)}
<#break>
</#switch>
</#list>
<#if rule.ports?has_content>
      ports:
<#list rule.ports as port>
        - port: ${yaml(port.port)}
          protocol: ${yaml(port.protocol)}
</#list>
</#if>
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
<#if ingress?has_content>
  ingress:
<#list ingress as rule>
<@policyRule rule "from"/>
</#list>
<#else>
  # nothing calls the module: no ingress is allowed
  ingress: []
</#if>
  egress:
<#if allowAllEgress>
    # networkPolicy.allowAllEgress (see the chart README for the reason)
    - {}
<#else>
<#list egress as rule>
<@policyRule rule "to"/>
</#list>
</#if>
{{- end }}
