apiVersion: v1
kind: PersistentVolume
metadata:
  # cluster-scoped: named after the release's namespace and full name, unique in the cluster
  # (no namespace only where Helm renders without one, e.g. helm lint)
  name: {{ printf "%s-%s-%s" .Release.Namespace (include "${chart}.fullname" .) ${yaml(suffix)} | trimPrefix "-" | quote }}
  labels:
    {{- include "${chart}.labels" . | nindent 4 }}
<#if keep>
  annotations:
    # kept on helm uninstall, like its claim: data is never deleted by accident
    helm.sh/resource-policy: "keep"
</#if>
spec:
  capacity:
    storage: {{ .Values.persistence.${valuesKey}.size | quote }}
  accessModes:
<#list accessModes as mode>
    - ${yaml(mode)}
</#list>
  # the disk existed before the chart: it is never deleted with the volume
  persistentVolumeReclaimPolicy: "Retain"
  storageClassName: ""
  volumeMode: "Filesystem"
  # reserved for the chart's claim: no other claim can bind it
  claimRef:
    apiVersion: "v1"
    kind: "PersistentVolumeClaim"
    namespace: {{ .Release.Namespace | quote }}
    name: {{ include "${chart}.fullname" . }}-${suffix}
  csi:
    driver: ${yaml(disk.driver)}
    volumeHandle: {{ required "persistence.${valuesKey}.disk.volumeHandle: the disk's ID" .Values.persistence.${valuesKey}.disk.volumeHandle | quote }}
    fsType: ${yaml(disk.fsType)}
  {{- with .Values.persistence.${valuesKey}.disk.zone }}
  nodeAffinity:
    required:
      nodeSelectorTerms:
        - matchExpressions:
            - key: "topology.kubernetes.io/zone"
              operator: "In"
              values:
                - {{ . | quote }}
  {{- end }}
