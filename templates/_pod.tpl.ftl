<#-- The pod spec every workload of the chart shares, as Helm defines. -->
<#macro probe name p>
    ${name}:
<#switch p.kind>
<#case "HTTP_GET">
      httpGet:
        path: ${yaml(p.path)}
        port: ${yaml(p.port)}
        scheme: ${yaml(p.scheme)}
<#break>
<#case "TCP_SOCKET">
      tcpSocket:
        port: ${yaml(p.port)}
<#break>
<#case "EXEC">
      exec:
        command:
<#list p.exec as arg>
          - ${yaml(arg)}
</#list>
<#break>
</#switch>
      initialDelaySeconds: ${p.initialDelaySeconds}
      periodSeconds: ${p.periodSeconds}
      timeoutSeconds: ${p.timeoutSeconds}
      failureThreshold: ${p.failureThreshold}
      successThreshold: ${p.successThreshold}
</#macro>
<#macro keyRef kind ref>
        valueFrom:
          ${kind}:
            name: ${yaml(ref.name)}
            key: ${yaml(ref.key)}
<#if ref.optional>
            optional: true
</#if>
</#macro>
<#macro container c>
  - name: ${yaml(c.name)}
    image: {{ include "${chart}.image" (merge (dict "globalRegistry" ((.Values.global).registry | default "")) ${c.values}.image) | quote }}
    imagePullPolicy: {{ ${c.values}.image.pullPolicy | quote }}
<#if c.command?has_content>
    command:
<#list c.command as arg>
      - ${yaml(arg)}
</#list>
</#if>
<#if c.args?has_content>
    args:
<#list c.args as arg>
      - ${yaml(arg)}
</#list>
</#if>
<#if c.ports?has_content>
    ports:
<#list c.ports as port>
      - name: ${yaml(port.name)}
        containerPort: ${port.containerPort}
        protocol: ${yaml(port.protocol)}
</#list>
</#if>
<#switch c.envKey>
<#case "WRITTEN">
    env:
<#list c.env as e>
<#if e.when??>
      {{- if .Values.flags.${e.when} }}
</#if>
      - name: ${yaml(e.name)}
<#switch e.kind>
<#case "LITERAL">
        value: ${yaml(e.value)}
<#break>
<#case "VALUES">
        value: {{ ${e.valuesPath} | toString | quote }}
<#break>
<#case "CONFIG_MAP_KEY">
<@keyRef "configMapKeyRef" e.configMapKey/>
<#break>
<#case "SECRET_KEY">
<@keyRef "secretKeyRef" e.secretKey/>
<#break>
<#case "FIELD">
        valueFrom:
          fieldRef:
            fieldPath: ${yaml(e.fieldPath)}
<#break>
<#case "RESOURCE_FIELD">
        valueFrom:
          resourceFieldRef:
            containerName: ${yaml(c.name)}
            resource: ${yaml(e.resource)}
<#if e.divisor??>
            divisor: ${yaml(e.divisor)}
</#if>
<#break>
</#switch>
<#if e.when??>
      {{- end }}
</#if>
</#list>
<#if c.literalEnv??>
      {{- range $name, $value := ${c.literalEnv} }}
      - name: {{ $name | quote }}
        value: {{ $value | toString | quote }}
      {{- end }}
</#if>
<#break>
<#case "BY_HELM">
    {{- with ${c.literalEnv} }}
    env:
      {{- range $name, $value := . }}
      - name: {{ $name | quote }}
        value: {{ $value | toString | quote }}
      {{- end }}
    {{- end }}
<#break>
<#case "NONE">
<#break>
</#switch>
    securityContext:
      runAsNonRoot: true
      runAsUser: ${pod.runAsUser}
      runAsGroup: ${pod.runAsGroup}
      allowPrivilegeEscalation: false
      privileged: false
      readOnlyRootFilesystem: true
      capabilities:
        drop:
          - "ALL"
      seccompProfile:
        type: "RuntimeDefault"
    resources:
      {{- include "${chart}.resources" ${c.values}.resources | nindent 6 }}
<#if c.startup??>
<@probe "startupProbe" c.startup/>
</#if>
<#if c.liveness??>
<@probe "livenessProbe" c.liveness/>
</#if>
<#if c.readiness??>
<@probe "readinessProbe" c.readiness/>
</#if>
<#if c.preStopSleepSeconds??>
    lifecycle:
      preStop:
        sleep:
          seconds: ${c.preStopSleepSeconds}
<#elseif c.preStopExec?has_content>
    lifecycle:
      preStop:
        exec:
          command:
<#list c.preStopExec as arg>
            - ${yaml(arg)}
</#list>
</#if>
<#if c.volumeMounts?has_content>
    volumeMounts:
<#list c.volumeMounts as m>
      - name: ${yaml(m.name)}
        mountPath: ${yaml(m.mountPath)}
<#if m.subPath??>
        subPath: ${yaml(m.subPath)}
</#if>
        readOnly: ${m.readOnly?c}
</#list>
</#if>
</#macro>
<#macro files f>
<#if f.items?has_content>
      items:
<#list f.items as item>
        - key: ${yaml(item.key)}
          path: ${yaml(item.path)}
</#list>
</#if>
<#if f.defaultMode??>
      defaultMode: ${f.defaultMode}
</#if>
<#if f.optional??>
      optional: ${f.optional?c}
</#if>
</#macro>
<#macro volume v>
  - name: ${yaml(v.name)}
<#switch v.kind>
<#case "EMPTY_DIR">
<#if v.emptyDir.plain>
    emptyDir: {}
<#else>
    emptyDir:
<#if v.emptyDir.medium??>
      medium: ${yaml(v.emptyDir.medium)}
</#if>
<#if v.emptyDir.sizeLimit??>
      sizeLimit: ${yaml(v.emptyDir.sizeLimit)}
</#if>
</#if>
<#break>
<#case "CONFIG_MAP">
    configMap:
      name: ${yaml(v.configMap.name)}
<@files v.configMap/>
<#break>
<#case "OWN_CONFIG_MAP">
    configMap:
      name: {{ include "${chart}.fullname" . }}-${v.ownConfigMap.name}
<@files v.ownConfigMap/>
<#break>
<#case "SECRET">
    secret:
      secretName: ${yaml(v.secret.name)}
<@files v.secret/>
<#break>
<#case "CHART_CLAIM">
    persistentVolumeClaim:
      claimName: {{ include "${chart}.fullname" . }}-${v.claimSuffix}
<#break>
<#case "EXISTING_CLAIM">
    persistentVolumeClaim:
      claimName: ${yaml(v.existingClaim)}
<#break>
<#case "HOST_PATH">
    hostPath:
      path: ${yaml(v.hostPath.path)}
      type: ${yaml(v.hostPath.type)}
<#break>
<#case "SERVICE_ACCOUNT_TOKEN">
    projected:
      defaultMode: 292
      sources:
        - serviceAccountToken:
            path: "token"
            expirationSeconds: ${v.token.expirationSeconds}
        - configMap:
            name: "kube-root-ca.crt"
            items:
              - key: "ca.crt"
                path: "ca.crt"
        - downwardAPI:
            items:
              - path: "namespace"
                fieldRef:
                  fieldPath: "metadata.namespace"
<#break>
</#switch>
</#macro>
<#macro podSpec p>
serviceAccountName: {{ include "${chart}.serviceAccountName" . }}
automountServiceAccountToken: false
enableServiceLinks: false
<#if p.restartPolicy??>
restartPolicy: ${yaml(p.restartPolicy)}
</#if>
terminationGracePeriodSeconds: ${p.terminationGracePeriodSeconds}
{{- with concat .Values.imagePullSecrets ((.Values.global).imagePullSecrets | default list) | uniq }}
imagePullSecrets:
  {{- range . }}
  - name: {{ . | quote }}
  {{- end }}
{{- end }}
{{- with .Values.priorityClassName }}
priorityClassName: {{ . | quote }}
{{- end }}
securityContext:
  runAsNonRoot: true
  runAsUser: ${p.runAsUser}
  runAsGroup: ${p.runAsGroup}
  fsGroup: ${p.fsGroup}
  fsGroupChangePolicy: "OnRootMismatch"
  seccompProfile:
    type: "RuntimeDefault"
<#if p.sysctls?has_content>
  sysctls:
<#list p.sysctls as s>
    - name: ${yaml(s.name)}
      value: ${yaml(s.value)}
</#list>
</#if>
<#if p.initContainers?has_content>
initContainers:
<#list p.initContainers as c>
<@container c/>
</#list>
</#if>
containers:
<#list p.containers as c>
<@container c/>
</#list>
volumes:
<#list p.volumes as v>
<@volume v/>
</#list>
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
<#if p.everyNode>
tolerations:
  - operator: "Exists"
  {{- with .Values.tolerations }}
  {{- toYaml . | nindent 2 }}
  {{- end }}
<#else>
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
</#if>
<#if p.antiAffinity>
affinity:
  {{- if .Values.affinity }}
  {{- toYaml .Values.affinity | nindent 2 }}
  {{- else }}
  podAntiAffinity:
    preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 100
        podAffinityTerm:
          topologyKey: "kubernetes.io/hostname"
          labelSelector:
            matchLabels:
              {{- include "${chart}.selectorLabels" . | nindent 14 }}
  {{- end }}
<#else>
{{- with .Values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
</#if>
<#if p.topologyKey??>
topologySpreadConstraints:
  - maxSkew: 1
    topologyKey: ${yaml(p.topologyKey)}
    whenUnsatisfiable: "ScheduleAnyway"
    labelSelector:
      matchLabels:
        {{- include "${chart}.selectorLabels" . | nindent 8 }}
</#if>
</#macro>
{{/*
Pod spec of the ${chart} chart. Generated by chartgen: change the descriptor, not this file.
*/}}
{{- define "${chart}.podSpec" -}}
<@podSpec pod/>
{{- end }}
<#if migrationPod??>

{{/* Pod spec of the database migration Job. */}}
{{- define "${chart}.migrationPodSpec" -}}
<@podSpec migrationPod/>
{{- end }}
</#if>
