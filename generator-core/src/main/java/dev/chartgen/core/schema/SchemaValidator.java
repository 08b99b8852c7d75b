package dev.chartgen.core.schema;

import com.networknt.schema.Error;
import dev.chartgen.core.pointer.JsonPointer;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Validates a {@link YamlDocument} against a schema of the {@link SchemaCatalog} and turns every
 * error into a located, readable {@link Problem}: every problem, not only the first.
 *
 * <p>Errors inside {@code oneOf}/{@code anyOf} are reduced to the alternative the author most
 * likely meant (the one whose type matches with the fewest errors), so a missing {@code key} next
 * to {@code secret} reads as such instead of one complaint per alternative.
 */
public final class SchemaValidator {

  /** Evaluation path of a "required" inside one branch of an anyOf. */
  private static final Pattern ANY_OF_REQUIRED = Pattern.compile("(.*/anyOf)/[0-9]+/required");

  private final SchemaCatalog catalog;

  public SchemaValidator(SchemaCatalog catalog) {
    this.catalog = catalog;
  }

  /** Every problem of {@code document} against the schema with {@code schemaId}. */
  public List<Problem> validate(YamlDocument document, String schemaId) {
    return validate(document, document.root(), schemaId);
  }

  /** Every problem of {@code node} (a part of {@code document}) against {@code schemaId}. */
  public List<Problem> validate(YamlDocument document, JsonNode node, String schemaId) {
    List<Error> errors = new ArrayList<>(catalog.schema(schemaId).validate(node));
    List<Problem> problems = new ArrayList<>();
    for (List<Error> branches : unmetAnyOfs(errors)) {
      errors.removeAll(branches);
      problems.add(ErrorMessage.noAlternative(catalog, document, branches.get(0)));
    }
    for (Error error : reduceAlternatives(errors)) {
      problems.add(new ErrorMessage(catalog, document, error).toProblem());
    }
    return problems.stream().distinct().sorted(Problem.ORDER).toList();
  }

  /**
   * The validator reports a failed {@code anyOf} only through the errors of its branches, with no
   * error of its own. When every branch only lacks its distinguishing property at the same place
   * (an image with neither tag nor digest), the branches are grouped so that one problem with the
   * {@code anyOf}'s message replaces one "required property is missing" per branch.
   */
  static List<List<Error>> unmetAnyOfs(List<Error> errors) {
    Map<List<String>, List<Error>> groups = new LinkedHashMap<>();
    for (Error error : errors) {
      Matcher branch = ANY_OF_REQUIRED.matcher(error.getEvaluationPath().toString());
      if (branch.matches()) {
        List<String> key = List.of(branch.group(1), error.getInstanceLocation().toString());
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(error);
      }
    }
    List<List<Error>> unmet = new ArrayList<>();
    groups.forEach(
        (key, group) -> {
          String anyOf = key.get(0);
          String at = key.get(1);
          boolean onlyMissing =
              errors.stream()
                  .filter(e -> e.getEvaluationPath().toString().startsWith(anyOf + "/"))
                  .filter(e -> isAtOrBelow(e.getInstanceLocation().toString(), at))
                  .allMatch(group::contains);
          if (group.size() > 1 && onlyMissing) {
            unmet.add(group);
          }
        });
    return unmet;
  }

  private static boolean isAtOrBelow(String pointer, String base) {
    return pointer.equals(base) || pointer.startsWith(base + "/");
  }

  /** Replaces each failed union by the errors of its most plausible alternative, recursively. */
  static List<Error> reduceAlternatives(List<Error> errors) {
    List<Error> unions =
        errors.stream()
            .filter(SchemaValidator::isUnion)
            .filter(u -> errors.stream().noneMatch(o -> o != u && isUnion(o) && isBranchOf(u, o)))
            .toList();
    List<Error> result = new ArrayList<>();
    for (Error error : errors) {
      boolean insideUnion = unions.stream().anyMatch(u -> isBranchOf(error, u));
      if (!isUnion(error) && !insideUnion) {
        result.add(error);
      }
    }
    for (Error union : unions) {
      result.addAll(resolveUnion(union, errors));
    }
    return result;
  }

  private static List<Error> resolveUnion(Error union, List<Error> errors) {
    String base = union.getEvaluationPath().toString() + "/";
    Map<String, List<Error>> branches = new LinkedHashMap<>();
    for (Error error : errors) {
      String path = error.getEvaluationPath().toString();
      if (path.startsWith(base)) {
        String index = path.substring(base.length()).split("/", 2)[0];
        branches.computeIfAbsent(index, k -> new ArrayList<>()).add(error);
      }
    }
    if (branches.isEmpty()) {
      return List.of(union); // e.g. oneOf matched more than one alternative
    }
    String at = union.getInstanceLocation().toString();
    List<List<Error>> plausible =
        branches.values().stream()
            .filter(
                branch ->
                    branch.stream()
                        .noneMatch(
                            e ->
                                e.getKeyword().equals("type")
                                    && e.getInstanceLocation().toString().equals(at)))
            .toList();
    if (plausible.isEmpty() || plausible.stream().allMatch(b -> onlyMissing(b, at))) {
      // no alternative has the right type, or each only lacks its distinguishing property:
      // the union's own message says what is expected
      return List.of(union);
    }
    List<Error> best =
        plausible.stream()
            .min(Comparator.comparingInt((List<Error> branch) -> reduceAlternatives(branch).size()))
            .orElseThrow();
    return reduceAlternatives(best);
  }

  private static boolean onlyMissing(List<Error> branch, String at) {
    return branch.stream()
        .allMatch(
            e ->
                e.getKeyword().equals("required") && e.getInstanceLocation().toString().equals(at));
  }

  private static boolean isUnion(Error error) {
    return error.getKeyword().equals("oneOf") || error.getKeyword().equals("anyOf");
  }

  private static boolean isBranchOf(Error error, Error union) {
    return error != union
        && error
            .getEvaluationPath()
            .toString()
            .startsWith(union.getEvaluationPath().toString() + "/");
  }

  /** Joins names as 'a', 'b' or 'c'. */
  static String quotedList(List<String> names) {
    return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
  }

  static String child(String pointer, String property) {
    return JsonPointer.child(pointer, property);
  }
}
