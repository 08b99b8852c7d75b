package dev.chartgen.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records bound with {@link RecordCreators} come out exactly as Jackson's own binding makes them,
 * and a constructor that refuses its arguments fails the same way, with the same message and path;
 * only the way the constructor is called differs (reflection instead of a method handle).
 */
class RecordCreatorsTest {

  private static final JsonMapper JACKSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private static final JsonMapper WITH_MODULE =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addModule(RecordCreators.module())
          .build();

  /** Whether the last constructor of {@link Port} was called through reflection. */
  private static final ThreadLocal<Boolean> REFLECTION = new ThreadLocal<>();

  record Port(String name, int port) {
    Port {
      REFLECTION.set(
          StackWalker.getInstance(StackWalker.Option.SHOW_REFLECT_FRAMES)
              .walk(
                  frames ->
                      frames
                          .skip(1)
                          .findFirst()
                          .map(f -> f.getClassName().startsWith("jdk.internal.reflect."))
                          .orElse(false)));
      if (port < 0) {
        throw new IllegalArgumentException("port " + port + " is negative");
      }
      if (port == 1) {
        throw new AssertionError("port 1");
      }
    }
  }

  record Service(String name, List<Port> ports, Map<String, String> labels, Integer replicas) {}

  @Test
  void bindsRecordsAsJacksonDoesThroughReflection() {
    JsonNode tree =
        JACKSON.readTree(
            "{\"name\": \"web\", \"ports\": [{\"name\": \"http\", \"port\": 8080}],"
                + " \"labels\": {\"a\": \"b\"}}");

    Service jackson = JACKSON.treeToValue(tree, Service.class);
    assertThat(REFLECTION.get()).as("Jackson alone calls a method handle").isFalse();
    Service bound = WITH_MODULE.treeToValue(tree, Service.class);
    assertThat(REFLECTION.get()).as("the module calls the constructor by reflection").isTrue();

    assertThat(bound).isEqualTo(jackson);
    assertThat(bound.replicas()).isNull();
    assertThat(bound.ports()).containsExactly(new Port("http", 8080));
  }

  @Test
  void aConstructorThatRefusesItsArgumentsFailsAsWithJackson() {
    JsonNode tree =
        JACKSON.readTree("{\"name\": \"web\", \"ports\": [{\"name\": \"http\", \"port\": -1}]}");

    Throwable jackson = catchThrowable(() -> JACKSON.treeToValue(tree, Service.class));
    Throwable bound = catchThrowable(() -> WITH_MODULE.treeToValue(tree, Service.class));

    assertThat(jackson).isNotNull();
    assertThat(bound).isExactlyInstanceOf(jackson.getClass()).hasMessage(jackson.getMessage());
    assertThat(bound.getCause())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("port -1 is negative");
  }

  @Test
  void anErrorInAConstructorIsThrownAsWithJackson() {
    JsonNode tree = JACKSON.readTree("{\"name\": \"http\", \"port\": 1}");

    Throwable jackson = catchThrowable(() -> JACKSON.treeToValue(tree, Port.class));
    Throwable bound = catchThrowable(() -> WITH_MODULE.treeToValue(tree, Port.class));

    assertThat(jackson).isExactlyInstanceOf(AssertionError.class).hasMessage("port 1");
    assertThat(bound).isExactlyInstanceOf(AssertionError.class).hasMessage("port 1");
  }

  @Test
  void unknownPropertiesAndWrongTypesFailAsWithJackson() {
    for (String json :
        List.of(
            "{\"name\": \"web\", \"port\": 80}",
            "{\"name\": \"web\", \"ports\": [{\"name\": \"http\", \"port\": \"x\"}]}",
            "{\"name\": \"web\", \"ports\": {}}")) {
      JsonNode tree = JACKSON.readTree(json);
      Throwable jackson = catchThrowable(() -> JACKSON.treeToValue(tree, Service.class));
      Throwable bound = catchThrowable(() -> WITH_MODULE.treeToValue(tree, Service.class));
      assertThat(jackson).as(json).isNotNull();
      assertThat(bound)
          .as(json)
          .isExactlyInstanceOf(jackson.getClass())
          .hasMessage(jackson.getMessage());
    }
  }
}
