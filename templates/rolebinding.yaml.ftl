apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: {{ include "${chart}.fullname" . }}
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "${chart}.labels" . | nindent 4 }}
roleRef:
  apiGroup: "rbac.authorization.k8s.io"
  kind: "Role"
  name: {{ include "${chart}.fullname" . }}
subjects:
  - kind: "ServiceAccount"
    name: {{ include "${chart}.serviceAccountName" . }}
    namespace: {{ .Release.Namespace | quote }}
