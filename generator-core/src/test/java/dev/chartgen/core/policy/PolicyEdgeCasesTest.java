package dev.chartgen.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.chartgen.core.verify.Manifests;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corners of single rules beyond their policy case: each test pins down one decision (what fires,
 * where, and what must not), most of them found wrong once.
 */
class PolicyEdgeCasesTest {

  private static final PolicyEngine ENGINE = PolicyEngine.load(null);

  private static final String POD =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: app, namespace: policy-test, labels: {app.kubernetes.io/name: app, app.kubernetes.io/instance: app}}
      spec:
        replicas: %s
        selector: {matchLabels: {app.kubernetes.io/name: app, app.kubernetes.io/instance: app}}
        template:
          metadata: {labels: {app.kubernetes.io/name: app, app.kubernetes.io/instance: app}}
          spec:
            containers:
              - name: app
                image: registry.example.org/app:1.0.0
                %s
      """;

  /** The findings of {@code rule} on the objects of a multi-document YAML text. */
  private static List<Finding> findings(String rule, String yaml) {
    return ENGINE
        .check(
            new ChartObjects(
                Fixtures.CHART, null, Fixtures.NAMESPACE, Manifests.parse(yaml), Fixtures.GATEWAY))
        .stream()
        .filter(f -> f.ruleId().equals(rule))
        .toList();
  }

  private static String deployment(String replicas, String containerFields) {
    return POD.formatted(replicas, containerFields);
  }

  @Test
  void cg033IngressBackendThatIsAResourceNotAServiceFiresInsteadOfCrashing() {
    String yaml =
        """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: app, namespace: policy-test}
        spec:
          rules:
            - http:
                paths:
                  - path: /static
                    pathType: Prefix
                    backend:
                      resource: {apiGroup: k8s.example.org, kind: StorageBucket, name: static-assets}
        """;

    assertThat(findings("CG033", yaml))
        .extracting(Finding::object, Finding::path)
        .containsExactly(tuple("Ingress/app", "/spec/rules/0/http/paths/0/backend/service/name"));
  }

  @Test
  void cg020ContainerWhosePortsRenderedEmptyIsNotServing() {
    assertThat(findings("CG020", deployment("1", "ports: null"))).isEmpty();
    assertThat(findings("CG020", deployment("1", "ports: []"))).isEmpty();
    assertThat(findings("CG020", deployment("1", "ports: [{containerPort: 8080}]"))).hasSize(1);
  }

  @Test
  void cg041WildcardSubresourcesAreWildcards() {
    String role =
        """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: app, namespace: policy-test}
        rules:
          - apiGroups: [""]
            resources: [%s]
            verbs: [get]
        """;

    assertThat(findings("CG041", role.formatted("pods/*")))
        .extracting(Finding::path)
        .containsExactly("/rules/0/resources/0");
    assertThat(findings("CG041", role.formatted("services, '*/scale'"))).hasSize(1);
    assertThat(findings("CG041", role.formatted("services, pods/log"))).isEmpty();
  }

  @Test
  void cg041ClusterAdminBindingFires() {
    String binding =
        """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: app}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
        subjects: [{kind: ServiceAccount, name: app, namespace: policy-test}]
        """;

    assertThat(findings("CG041", binding))
        .extracting(Finding::object, Finding::path)
        .containsExactly(tuple("ClusterRoleBinding/app", "/roleRef/name"));
  }

  @Test
  void cg037LabelKeyWhoseNameIsLongerThan63CharactersIsInvalid() {
    String configMap =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: app
          namespace: policy-test
          labels: {app.kubernetes.io/name: app, app.kubernetes.io/instance: app, %s: x}
        """;

    assertThat(findings("CG037", configMap.formatted("example.org/" + "a".repeat(64))))
        .extracting(Finding::path)
        .containsExactly("/metadata/labels");
    assertThat(findings("CG037", configMap.formatted("a".repeat(64)))).hasSize(1);
    assertThat(findings("CG037", configMap.formatted("example.org/" + "a".repeat(63)))).isEmpty();
    assertThat(findings("CG037", configMap.formatted("a".repeat(250) + ".org/" + "a".repeat(63))))
        .as("a prefix longer than 253 characters")
        .hasSize(1);
  }

  @Test
  void cg034ServicePortNamesAreDnsLabelsContainerPortNamesIanaServiceNames() {
    String service =
        """
        apiVersion: v1
        kind: Service
        metadata: {name: app, namespace: policy-test}
        spec:
          ports: [{name: %s, port: 8080}]
        """;

    assertThat(findings("CG034", service.formatted("http-management-api"))).isEmpty();
    assertThat(findings("CG034", service.formatted("Http"))).hasSize(1);
    assertThat(findings("CG034", service.formatted("a" + "b".repeat(63)))).hasSize(1);
    assertThat(
            findings(
                "CG034",
                deployment("1", "ports: [{name: http-management-api, containerPort: 8080}]")))
        .extracting(Finding::path)
        .containsExactly("/spec/template/spec/containers/0/ports/0/name");
  }

  @Test
  void cg034Port22AndRepeatedNamesFire() {
    assertThat(
            findings(
                "CG034",
                deployment(
                    "1",
                    "ports: [{name: ssh, containerPort: 22}, {name: ssh, containerPort: 2222}]")))
        .extracting(Finding::path)
        .containsExactly(
            "/spec/template/spec/containers/0/ports/0/containerPort",
            "/spec/template/spec/containers/0/ports/1/name");
  }

  @Test
  void cg029EmptyPodSelectorSelectsEveryPodOfTheNamespace() {
    String policy =
        """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: app, namespace: policy-test}
        spec:
          podSelector: %s
          policyTypes: [Ingress, Egress]
        ---
        """;

    assertThat(findings("CG029", policy.formatted("{}") + deployment("1", ""))).isEmpty();
    assertThat(
            findings(
                "CG029",
                policy.formatted("{matchLabels: {app.kubernetes.io/name: other}}")
                    + deployment("1", "")))
        .extracting(Finding::path)
        .containsExactly("/spec/podSelector");
  }

  @Test
  void cg025MinAvailableAtTheAutoscalersMinimumAllowsNoDisruption() {
    String objects =
        """
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: app, namespace: policy-test}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: app}
          minReplicas: 2
          maxReplicas: 5
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: app, namespace: policy-test}
        spec:
          minAvailable: %s
          unhealthyPodEvictionPolicy: AlwaysAllow
          selector: {matchLabels: {app.kubernetes.io/name: app}}
        ---
        """;
    String autoscaled = deployment("null", "");

    assertThat(findings("CG025", objects.formatted("2") + autoscaled))
        .extracting(Finding::object, Finding::path)
        .containsExactly(tuple("Deployment/app", ""));
    assertThat(findings("CG025", objects.formatted("1") + autoscaled)).isEmpty();
    assertThat(findings("CG025", objects.formatted("1") + deployment("1", "")))
        .as("one replica needs no budget")
        .isEmpty();
    assertThat(findings("CG025", objects.formatted("3") + deployment("3", ""))).hasSize(1);
  }

  @Test
  void cg038ClusterScopedKindsHaveNoNamespace() {
    String webhook =
        """
        apiVersion: admissionregistration.k8s.io/v1
        kind: ValidatingWebhookConfiguration
        metadata: {name: app}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: app}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: app}
        """;

    assertThat(findings("CG038", webhook))
        .extracting(Finding::object, Finding::message)
        .containsExactly(
            tuple(
                "ConfigMap/app",
                "the object's namespace is hard-coded instead of taken from the release: none set"));
  }

  @Test
  void cg023And024AutoscalerInsteadOfReplicas() {
    String hpa =
        """
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: app, namespace: policy-test}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: %s}
          minReplicas: 2
          maxReplicas: %s
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: app, namespace: policy-test}
        spec:
          selector: {app.kubernetes.io/name: app}
          ports: [{name: http, port: 80}]
        ---
        """;

    assertThat(findings("CG023", hpa.formatted("app", 4) + deployment("null", ""))).isEmpty();
    assertThat(findings("CG024", hpa.formatted("app", 4) + deployment("null", ""))).isEmpty();
    assertThat(findings("CG023", deployment("null", "") + "---\n" + hpa.split("---")[1]))
        .as("no autoscaler: one pod")
        .hasSize(1);
    assertThat(findings("CG024", hpa.formatted("app", 2) + deployment("3", "")))
        .extracting(Finding::object, Finding::path)
        .containsExactly(
            tuple("Deployment/app", "/spec/replicas"),
            tuple("HorizontalPodAutoscaler/app", "/spec/maxReplicas"));
    assertThat(findings("CG024", hpa.formatted("gone", 4) + deployment("null", "")))
        .extracting(Finding::path)
        .containsExactly("/spec/scaleTargetRef");
  }

  @Test
  void cg019NeverIsRefusedEvenWithADigest() {
    String digest = "@sha256:" + "ab".repeat(32);
    assertThat(
            findings(
                "CG019",
                deployment("1", "imagePullPolicy: Never").replace(":1.0.0", ":1.0.0" + digest)))
        .hasSize(1);
    assertThat(findings("CG019", deployment("1", ""))).hasSize(1);
  }

  @Test
  void cg001RootUidOnThePodFiresEvenWhenTheContainerOverridesIt() {
    String pod =
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: app, namespace: policy-test}
        spec:
          securityContext: {runAsNonRoot: true, runAsUser: %s}
          containers:
            - name: app
              image: registry.example.org/app:1.0.0
              securityContext: {runAsUser: 10001}
        """;

    // a failing "not" points at the object it applies to: the pod spec
    assertThat(findings("CG001", pod.formatted("0")))
        .extracting(Finding::path)
        .containsExactly("/spec");
    assertThat(findings("CG001", pod.formatted("10001"))).isEmpty();
  }
}
