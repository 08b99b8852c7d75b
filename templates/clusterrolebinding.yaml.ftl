apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: {{ printf "%s-%s" .Release.Namespace (include "${chart}.fullname" .) | trunc 63 | trimSuffix "-" | quote }}
  labels:
    {{- include "${chart}.labels" . | nindent 4 }}
roleRef:
  apiGroup: "rbac.authorization.k8s.io"
  kind: "ClusterRole"
  name: {{ printf "%s-%s" .Release.Namespace (include "${chart}.fullname" .) | trunc 63 | trimSuffix "-" | quote }}
subjects:
  - kind: "ServiceAccount"
    name: {{ include "${chart}.serviceAccountName" . }}
    namespace: {{ .Release.Namespace | quote }}
