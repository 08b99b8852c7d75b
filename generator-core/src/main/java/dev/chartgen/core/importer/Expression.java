package dev.chartgen.core.importer;

import dev.chartgen.core.text.YamlWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the Go template expressions DIGIT's values files use: {@code .Values.a.b}, {@code index
 * .Values "a" "b"}, {@code quote}, {@code default}, {@code printf}, {@code int}, {@code eq}, {@code
 * ne}, {@code not}, {@code and}, {@code or}, {@code .Chart.Name}, {@code template "name" .},
 * pipelines and parentheses. Anything else is a {@link TemplateException}.
 */
final class Expression {

  private final String text;
  private final Scope scope;
  private final int line;
  private final List<String> tokens;
  private int pos;

  private Expression(String text, Scope scope, int line) {
    this.text = text;
    this.scope = scope;
    this.line = line;
    this.tokens = tokenize(text);
  }

  /** The value of {@code text} (inside {{ }}, without the braces and trim markers). */
  static Object evaluate(String text, Scope scope, int line) {
    Expression expression = new Expression(text, scope, line);
    Object value = expression.pipeline();
    if (expression.pos < expression.tokens.size()) {
      throw expression.unknown("unexpected '" + expression.tokens.get(expression.pos) + "'");
    }
    return value;
  }

  /** Go's truthiness: false, 0, nil and empty strings and collections are false. */
  static boolean truthy(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof BigDecimal d) {
      return d.signum() != 0;
    }
    if (value instanceof String s) {
      return !s.isEmpty();
    }
    if (value instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (value instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    return true;
  }

  /** How Go's template prints a value (Helm prints a missing value as nothing). */
  static String print(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().scale() <= 0
          ? d.toBigInteger().toString()
          : d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof String || value instanceof Boolean) {
      return value.toString();
    }
    throw new IllegalArgumentException("a map or list cannot be printed inline");
  }

  private Object pipeline() {
    Object value = command(null, false);
    while (pos < tokens.size() && tokens.get(pos).equals("|")) {
      pos++;
      value = command(value, true);
    }
    return value;
  }

  private Object command(Object piped, boolean hasPiped) {
    if (pos >= tokens.size()) {
      throw unknown("an expression is missing");
    }
    String first = tokens.get(pos);
    if (isFunction(first)) {
      pos++;
      List<Object> args = new ArrayList<>();
      while (pos < tokens.size() && !tokens.get(pos).equals("|") && !tokens.get(pos).equals(")")) {
        args.add(operand());
      }
      if (hasPiped) {
        args.add(piped);
      }
      return call(first, args);
    }
    if (hasPiped) {
      throw unknown("'" + first + "' after '|' is not a function");
    }
    return operand();
  }

  private Object operand() {
    String token = tokens.get(pos++);
    if (token.equals("(")) {
      Object value = pipeline();
      if (pos >= tokens.size() || !tokens.get(pos).equals(")")) {
        throw unknown("a ')' is missing");
      }
      pos++;
      return value;
    }
    if (token.startsWith("\"")) {
      return unquote(token);
    }
    if (token.matches("-?[0-9]+")) {
      return new BigDecimal(token);
    }
    if (token.equals("true") || token.equals("false")) {
      return Boolean.valueOf(token);
    }
    if (token.equals(".") || token.equals("$")) {
      return scope;
    }
    if (token.equals(".Chart.Name") || token.equals("$.Chart.Name")) {
      return scope.chartName();
    }
    String field = token.startsWith("$") ? token.substring(1) : token;
    if (field.equals(".Values") || field.startsWith(".Values.")) {
      List<String> path =
          field.equals(".Values")
              ? List.of()
              : Arrays.asList(field.substring(".Values.".length()).split("\\."));
      return scope.lookup(path);
    }
    throw unknown("'" + token + "' is not understood");
  }

  private static boolean isFunction(String token) {
    return switch (token) {
      case "index",
          "quote",
          "default",
          "printf",
          "int",
          "eq",
          "ne",
          "not",
          "and",
          "or",
          "template" ->
          true;
      default -> false;
    };
  }

  private Object call(String function, List<Object> args) {
    return switch (function) {
      case "index" -> index(args);
      case "quote" -> {
        arity(function, args, 1);
        yield YamlWriter.quote(print(args.get(0)));
      }
      case "default" -> {
        arity(function, args, 2);
        yield truthy(args.get(1)) ? args.get(1) : args.get(0);
      }
      case "int" -> {
        arity(function, args, 1);
        yield new BigDecimal(print(args.get(0)).isEmpty() ? "0" : print(args.get(0)))
            .setScale(0, java.math.RoundingMode.DOWN);
      }
      case "eq" -> {
        arity(function, args, 2);
        yield print(args.get(0)).equals(print(args.get(1)));
      }
      case "ne" -> {
        arity(function, args, 2);
        yield !print(args.get(0)).equals(print(args.get(1)));
      }
      case "not" -> {
        arity(function, args, 1);
        yield !truthy(args.get(0));
      }
      case "and" -> args.stream().allMatch(Expression::truthy);
      case "or" -> args.stream().anyMatch(Expression::truthy);
      case "template" -> {
        arity(function, args, 2);
        String name = print(args.get(0));
        if (!name.equals("name") && !name.equals("common.name") && !name.equals("fullname")) {
          throw unknown("template \"" + name + "\" is not one of common's (name, common.name)");
        }
        yield scope.chartName();
      }
      default -> printf(args);
    };
  }

  private Object index(List<Object> args) {
    if (args.isEmpty()) {
      throw unknown("index needs a value");
    }
    Object target = args.get(0);
    List<String> keys = new ArrayList<>();
    for (Object key : args.subList(1, args.size())) {
      keys.add(print(key));
    }
    if (target == Scope.ValuesRoot.INSTANCE) {
      return scope.lookup(keys);
    }
    Object value = target;
    for (String key : keys) {
      value = value instanceof Map<?, ?> map ? map.get(key) : null;
    }
    return value;
  }

  private Object printf(List<Object> args) {
    if (args.isEmpty()) {
      throw unknown("printf needs a format");
    }
    String format = print(args.get(0));
    StringBuilder out = new StringBuilder();
    int next = 1;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%' || i + 1 >= format.length()) {
        out.append(c);
        continue;
      }
      char verb = format.charAt(++i);
      switch (verb) {
        case '%' -> out.append('%');
        case 's', 'd', 'v' -> {
          if (next >= args.size()) {
            throw unknown("printf has fewer arguments than its format needs");
          }
          out.append(print(args.get(next++)));
        }
        default -> throw unknown("printf verb %" + verb + " is not understood");
      }
    }
    return out.toString();
  }

  private void arity(String function, List<Object> args, int count) {
    if (args.size() != count) {
      throw unknown(function + " takes " + count + " argument(s), got " + args.size());
    }
  }

  private TemplateException unknown(String what) {
    return new TemplateException(line, "template expression {{ " + text.strip() + " }}: " + what);
  }

  private static String unquote(String token) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < token.length() - 1; i++) {
      char c = token.charAt(i);
      if (c == '\\' && i + 1 < token.length() - 1) {
        char n = token.charAt(++i);
        out.append(
            switch (n) {
              case 'n' -> '\n';
              case 't' -> '\t';
              default -> n;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private List<String> tokenize(String source) {
    List<String> list = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')' || c == '|') {
        list.add(String.valueOf(c));
        i++;
      } else if (c == '"') {
        int end = i + 1;
        while (end < source.length() && source.charAt(end) != '"') {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        if (end >= source.length()) {
          throw new TemplateException(
              line, "template expression {{ " + source.strip() + " }}: unterminated string");
        }
        list.add(source.substring(i, end + 1));
        i = end + 1;
      } else {
        int end = i;
        while (end < source.length()
            && !Character.isWhitespace(source.charAt(end))
            && "()|\"".indexOf(source.charAt(end)) < 0) {
          end++;
        }
        list.add(source.substring(i, end));
        i = end;
      }
    }
    return list;
  }
}
