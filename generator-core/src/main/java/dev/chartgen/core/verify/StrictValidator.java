package dev.chartgen.core.verify;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.chartgen.core.quantity.Quantities;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.util.ModelMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses rendered objects with the official Kubernetes client models, strictly: an unknown field, a
 * missing required field, a wrong type or a bad quantity is a problem. After parsing, the model is
 * written back and compared with what was rendered, so that lenient coercions ("3" read as 3,
 * "true" as true) are caught too. Custom resources chartgen renders (the ServiceMonitor) have no
 * model there and are checked by {@link CustomResources} instead.
 */
public final class StrictValidator {

  private static final Gson GSON = JSON.getGson();

  private StrictValidator() {}

  /** Every problem of {@code object}; empty when Kubernetes would accept it as written. */
  public static List<String> validate(RenderedObject object) {
    if (CustomResources.knows(object)) {
      return CustomResources.validate(object);
    }
    List<String> problems = new ArrayList<>();
    Class<?> model;
    try {
      model = ModelMapper.getApiTypeClass(object.apiVersion(), object.kind());
    } catch (RuntimeException e) {
      model = null;
    }
    Method validate = null;
    try {
      // an apiVersion/kind without a model maps to DynamicKubernetesObject, which cannot validate
      validate = model == null ? null : model.getMethod("validateJsonElement", JsonElement.class);
    } catch (NoSuchMethodException e) {
      validate = null;
    }
    if (validate == null) {
      problems.add("unknown apiVersion/kind " + object.apiVersion() + "/" + object.kind());
      return problems;
    }
    JsonElement rendered = GSON.toJsonTree(object.content());
    try {
      validate.invoke(null, rendered);
    } catch (InvocationTargetException e) {
      problems.add(e.getCause().getMessage().replaceAll("\\s*JSON: .*", ""));
      return problems;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot validate with " + model, e);
    }
    Object parsed;
    try {
      parsed = GSON.fromJson(rendered, model);
    } catch (RuntimeException e) {
      List<String> quantities = new ArrayList<>();
      badQuantities("", rendered, quantities);
      if (quantities.isEmpty()) {
        problems.add("cannot be read as " + model.getSimpleName() + ": " + e.getMessage());
      } else {
        problems.addAll(quantities);
      }
      return problems;
    }
    compare("", rendered, GSON.toJsonTree(parsed), problems);
    return problems;
  }

  /** Names every field whose quantity Kubernetes cannot parse (the model's error names none). */
  private static void badQuantities(String path, JsonElement element, List<String> out) {
    if (element.isJsonObject()) {
      for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
        String at = path + "/" + entry.getKey();
        JsonElement value = entry.getValue();
        if (QUANTITY_FIELDS.contains(entry.getKey()) && value.isJsonPrimitive()) {
          try {
            new io.kubernetes.client.custom.Quantity(value.getAsString());
          } catch (RuntimeException e) {
            out.add(at + ": '" + value.getAsString() + "' is not a Kubernetes quantity");
          }
        } else {
          badQuantities(at, value, out);
        }
      }
    } else if (element.isJsonArray()) {
      for (int i = 0; i < element.getAsJsonArray().size(); i++) {
        badQuantities(path + "/" + i, element.getAsJsonArray().get(i), out);
      }
    }
  }

  private static final java.util.Set<String> QUANTITY_FIELDS =
      java.util.Set.of("cpu", "memory", "ephemeral-storage", "storage", "sizeLimit", "divisor");

  private static void compare(
      String path, JsonElement written, JsonElement read, List<String> out) {
    boolean writtenAbsent = written == null || written.isJsonNull();
    boolean readAbsent = read == null || read.isJsonNull();
    if (writtenAbsent || readAbsent) {
      if (writtenAbsent != readAbsent && !(writtenAbsent && isEmpty(read))) {
        out.add(at(path) + (readAbsent ? "is not a field Kubernetes knows" : "was lost"));
      }
      return;
    }
    if (written.isJsonObject() && read.isJsonObject()) {
      JsonObject w = written.getAsJsonObject();
      JsonObject r = read.getAsJsonObject();
      for (Map.Entry<String, JsonElement> entry : w.entrySet()) {
        compare(path + "/" + entry.getKey(), entry.getValue(), r.get(entry.getKey()), out);
      }
      return;
    }
    if (written.isJsonArray() && read.isJsonArray()) {
      JsonArray w = written.getAsJsonArray();
      JsonArray r = read.getAsJsonArray();
      for (int i = 0; i < Math.max(w.size(), r.size()); i++) {
        compare(
            path + "/" + i, i < w.size() ? w.get(i) : null, i < r.size() ? r.get(i) : null, out);
      }
      return;
    }
    if (written.isJsonPrimitive() && read.isJsonPrimitive()) {
      JsonPrimitive w = written.getAsJsonPrimitive();
      JsonPrimitive r = read.getAsJsonPrimitive();
      if (w.equals(r) || sameQuantity(w, r)) {
        return;
      }
      out.add(at(path) + "expected " + kind(r) + ", found " + kind(w) + " " + w);
      return;
    }
    out.add(at(path) + "expected " + shape(read) + ", found " + shape(written));
  }

  private static boolean isEmpty(JsonElement element) {
    return element == null
        || element.isJsonNull()
        || (element.isJsonArray() && element.getAsJsonArray().isEmpty())
        || (element.isJsonObject() && element.getAsJsonObject().isEmpty());
  }

  private static boolean sameQuantity(JsonPrimitive written, JsonPrimitive read) {
    if (!read.isString()) {
      return false;
    }
    Optional<java.math.BigDecimal> a = Quantities.parse(written.getAsString());
    Optional<java.math.BigDecimal> b = Quantities.parse(read.getAsString());
    return written.isString() && a.isPresent() && b.isPresent() && a.get().compareTo(b.get()) == 0;
  }

  private static String kind(JsonPrimitive primitive) {
    return primitive.isString() ? "a string" : primitive.isNumber() ? "a number" : "a boolean";
  }

  private static String shape(JsonElement element) {
    return element.isJsonObject() ? "an object" : element.isJsonArray() ? "a list" : "a value";
  }

  private static String at(String path) {
    return (path.isEmpty() ? "/" : path) + ": ";
  }
}
