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
<#if ports?has_content>
  ingress:
    - from:
<#if fromModules?has_content || fromNamespaces?has_content>
<#list fromModules as peer>
        - podSelector:
            matchLabels:
              app.kubernetes.io/name: ${yaml(peer.module)}
<#if peer.namespace??>
          namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: ${yaml(peer.namespace)}
</#if>
</#list>
<#list fromNamespaces as namespace>
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: ${yaml(namespace)}
</#list>
<#else>
        # any pod of the release's namespace
        - podSelector: {}
</#if>
      ports:
<#list ports as port>
        - port: ${yaml(port.targetPort)}
          protocol: ${yaml(port.protocol)}
</#list>
<#else>
  # the pods serve nothing: no ingress is allowed
  ingress: []
</#if>
  egress:
<#if allowAllEgress>
    - {}
<#else>
    # DNS
    - to:
        - namespaceSelector: {}
          podSelector:
            matchLabels:
              k8s-app: "kube-dns"
      ports:
        - port: 53
          protocol: "UDP"
        - port: 53
          protocol: "TCP"
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
