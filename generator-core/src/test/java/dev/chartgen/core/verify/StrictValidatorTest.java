package dev.chartgen.core.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrictValidatorTest {

  private static final String DEPLOYMENT =
      """
      # Source: app/templates/deployment.yaml
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: app
        namespace: policy-test
        labels: {app.kubernetes.io/name: app}
      spec:
        replicas: 2
        selector:
          matchLabels: {app.kubernetes.io/name: app}
        template:
          metadata:
            labels: {app.kubernetes.io/name: app}
          spec:
            automountServiceAccountToken: false
            containers:
              - name: app
                image: registry.example.org/app:1.0.0
                ports: [{name: http, containerPort: 8080}]
                resources:
                  requests: {cpu: 100m, memory: 128Mi, ephemeral-storage: 1Gi}
                  limits: {cpu: "1", memory: 256Mi}
      """;

  private static List<String> problems(String yaml) {
    List<RenderedObject> objects = Manifests.parse(yaml);
    assertThat(objects).hasSize(1);
    return StrictValidator.validate(objects.get(0));
  }

  /** The valid Deployment with {@code from} (which must be there) replaced by {@code to}. */
  private static String edit(String from, String to) {
    assertThat(DEPLOYMENT).contains(from);
    return DEPLOYMENT.replace(from, to);
  }

  @Test
  void aValidDeploymentHasNoProblem() {
    assertThat(problems(DEPLOYMENT)).isEmpty();
  }

  @Test
  void anUnknownFieldIsAProblem() {
    List<String> problems =
        problems(edit("image: registry", "imagePullPolicyy: Always\n          image: registry"));

    assertThat(problems).singleElement().asString().contains("imagePullPolicyy");
  }

  @Test
  void anUnknownTopLevelFieldIsAProblem() {
    assertThat(problems(DEPLOYMENT + "status2: {}\n"))
        .singleElement()
        .asString()
        .contains("status2");
  }

  @Test
  void aStringWhereAnIntegerIsRequiredIsAProblem() {
    assertThat(problems(edit("replicas: 2", "replicas: \"2\"")))
        .singleElement()
        .asString()
        .isEqualTo("/spec/replicas: expected a number, found a string \"2\"");
    assertThat(problems(edit("containerPort: 8080", "containerPort: \"8080\"")))
        .singleElement()
        .asString()
        .startsWith("/spec/template/spec/containers/0/ports/0/containerPort: expected a number");
  }

  @Test
  void aStringWhereABooleanIsRequiredIsAProblem() {
    assertThat(
            problems(
                edit(
                    "automountServiceAccountToken: false",
                    "automountServiceAccountToken: \"false\"")))
        .singleElement()
        .asString()
        .isEqualTo(
            "/spec/template/spec/automountServiceAccountToken: expected a boolean, found a string \"false\"");
  }

  @Test
  void aBadQuantityIsAProblemNamingItsField() {
    assertThat(problems(edit("memory: 256Mi", "memory: 256MB")))
        .containsExactly(
            "/spec/template/spec/containers/0/resources/limits/memory: '256MB' is not a"
                + " Kubernetes quantity");
    assertThat(problems(edit("cpu: 100m", "cpu: lots")))
        .containsExactly(
            "/spec/template/spec/containers/0/resources/requests/cpu: 'lots' is not a Kubernetes"
                + " quantity");
  }

  @Test
  void anEquivalentQuantityWrittenDifferentlyIsNoProblem() {
    assertThat(problems(edit("cpu: \"1\"", "cpu: 1000m"))).isEmpty();
  }

  @Test
  void aMissingRequiredFieldIsAProblem() {
    List<String> problems = problems(edit("- name: app\n          image:", "- image:"));

    assertThat(problems).singleElement().asString().contains("name");
    assertThat(problems(edit("  selector:\n    matchLabels: {app.kubernetes.io/name: app}\n", "")))
        .singleElement()
        .asString()
        .contains("selector");
  }

  @Test
  void aRemovedApiVersionIsAProblemNotACrash() {
    String budget =
        """
        apiVersion: policy/v1beta1
        kind: PodDisruptionBudget
        metadata: {name: app}
        spec: {maxUnavailable: 1}
        """;

    assertThat(problems(budget))
        .containsExactly("unknown apiVersion/kind policy/v1beta1/PodDisruptionBudget");
  }

  @Test
  void anUnknownKindIsAProblem() {
    assertThat(problems(edit("apps/v1", "apps/v1beta9")))
        .containsExactly("unknown apiVersion/kind apps/v1beta9/Deployment");
  }
}
