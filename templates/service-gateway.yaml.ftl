# The API gateway runs in another namespace, and an Ingress can only send traffic to Services of
# its own namespace: this Service stands for the gateway here.
apiVersion: v1
kind: Service
metadata:
  name: {{ include "${chart}.fullname" . }}-gateway
  namespace: {{ .Release.Namespace | quote }}
  labels:
    {{- include "${chart}.labels" . | nindent 4 }}
spec:
  type: "ExternalName"
  externalName: ${yaml(externalName)}
  ports:
    - name: "http"
      port: ${port}
      targetPort: ${port}
      protocol: "TCP"
