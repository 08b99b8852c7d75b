apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: {{ printf "%s-%s" .Release.Namespace (include "${chart}.fullname" .) | trunc 63 | trimSuffix "-" | quote }}
  labels:
    {{- include "${chart}.labels" . | nindent 4 }}
  annotations:
    chartgen.dev/reason: ${yaml(reason)}
rules:
<#list rules as rule>
  - apiGroups:
<#list rule.apiGroups as group>
      - ${yaml(group)}
</#list>
    resources:
<#list rule.resources as resource>
      - ${yaml(resource)}
</#list>
    verbs:
<#list rule.verbs as verb>
      - ${yaml(verb)}
</#list>
<#if rule.resourceNames?has_content>
    resourceNames:
<#list rule.resourceNames as name>
      - ${yaml(name)}
</#list>
</#if>
</#list>
