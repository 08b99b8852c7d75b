package dev.chartgen.core.policy;

import dev.chartgen.core.pointer.JsonPointer;
import dev.chartgen.core.verify.RenderedObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules about who objects are: ServiceAccounts, labels, namespaces. */
final class IdentityRules {

  private static final Pattern LABEL_VALUE =
      Pattern.compile("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$");
  private static final Pattern LABEL_KEY =
      Pattern.compile(
          "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$");
  private static final Set<String> CLUSTER_SCOPED =
      Set.of(
          "ClusterRole",
          "ClusterRoleBinding",
          "Namespace",
          "PersistentVolume",
          "StorageClass",
          "PriorityClass",
          "CustomResourceDefinition",
          "IngressClass",
          "ValidatingWebhookConfiguration",
          "MutatingWebhookConfiguration",
          "ValidatingAdmissionPolicy",
          "ValidatingAdmissionPolicyBinding",
          "APIService",
          "RuntimeClass",
          "CSIDriver",
          "CSINode",
          "VolumeAttachment",
          "CertificateSigningRequest",
          "FlowSchema",
          "PriorityLevelConfiguration");

  private IdentityRules() {}

  static List<ChartRule> all() {
    return List.of(
        new DedicatedServiceAccount(), new Labels(), new ReleaseNamespace(), new ClusterWide());
  }

  /** CG013. */
  static final class DedicatedServiceAccount extends JavaRule {
    DedicatedServiceAccount() {
      super("CG013");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (Workload w : chart.workloads()) {
        String account = Json.text(w.podSpec().get("serviceAccountName"));
        boolean own =
            account != null
                && !account.equals("default")
                && chart.ofKind("ServiceAccount").stream().anyMatch(s -> s.name().equals(account));
        if (!own) {
          report(
              findings,
              chart,
              w.object(),
              w.podSpecPath() + "/serviceAccountName",
              account == null ? "none set" : account);
        }
      }
    }
  }

  /** CG037. */
  static final class Labels extends JavaRule {
    Labels() {
      super("CG037");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (RenderedObject object : chart.objects()) {
        check(chart, findings, object, "/metadata/labels", true);
        Workload w = Workload.of(object);
        if (w != null) {
          check(chart, findings, object, w.podLabelsPath(), false);
        }
      }
    }

    private void check(
        ChartObjects chart,
        List<Finding> findings,
        RenderedObject object,
        String path,
        boolean named) {
      Map<String, String> labels = Json.strings(Json.at(object.content(), path));
      for (Map.Entry<String, String> label : labels.entrySet()) {
        if (!validKey(label.getKey())) {
          report(findings, chart, object, path, "key " + label.getKey());
        }
        if (label.getValue().length() > 63 || !LABEL_VALUE.matcher(label.getValue()).matches()) {
          report(
              findings,
              chart,
              object,
              JsonPointer.child(path, label.getKey()),
              "value " + label.getValue());
        }
      }
      String instance = labels.get("app.kubernetes.io/instance");
      if (labels.get("app.kubernetes.io/name") == null || instance == null) {
        report(
            findings,
            chart,
            object,
            path,
            "app.kubernetes.io/name or app.kubernetes.io/instance missing");
      } else if (named
          && !object.name().startsWith(instance)
          && !instance.startsWith(chart.chart())) {
        report(
            findings,
            chart,
            object,
            path + "/app.kubernetes.io~1instance",
            "instance " + instance + " for " + object.name());
      }
    }

    /** A qualified name: an optional DNS subdomain prefix (≤ 253) and a name (≤ 63). */
    static boolean validKey(String key) {
      int slash = key.lastIndexOf('/');
      return LABEL_KEY.matcher(key).matches()
          && key.length() - slash - 1 <= 63
          && (slash < 0 || slash <= 253);
    }
  }

  /** CG048: every cluster-wide grant is a finding unless the descriptor opts in with a reason. */
  static final class ClusterWide extends JavaRule {
    ClusterWide() {
      super("CG048");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (RenderedObject object : chart.objects()) {
        if (object.kind().equals("ClusterRole") || object.kind().equals("ClusterRoleBinding")) {
          report(findings, chart, object, "/kind", object.kind());
        }
      }
    }
  }

  /** CG038. */
  static final class ReleaseNamespace extends JavaRule {
    ReleaseNamespace() {
      super("CG038");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (RenderedObject object : chart.objects()) {
        if (!CLUSTER_SCOPED.contains(object.kind())
            && !chart.namespace().equals(object.namespace())) {
          report(
              findings,
              chart,
              object,
              "/metadata/namespace",
              object.namespace().isEmpty() ? "none set" : object.namespace());
        }
      }
    }
  }
}
