package dev.chartgen.core.load;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A platform file and a folder of descriptors in a temporary folder, loaded through {@link
 * Chartgen#validate}. File names in problems are relative to the temporary folder: {@code
 * platform.yaml}, {@code descriptors/<file>}.
 *
 * <p>Tests start from the minimal valid {@link #PLATFORM} and {@link #MODULE} and change one thing
 * with {@link #edit}, which fails when the text to change is not there exactly once, so that a
 * mutation can never silently miss.
 */
public final class DescriptorFixture {

  /** The file {@link #MODULE} is written to by {@link #module(String)}, as shown in problems. */
  public static final String MODULE_FILE = "descriptors/egov-user.yaml";

  /** A minimal valid platform; it lists one module without a descriptor: egov-otp. */
  public static final String PLATFORM =
      """
      apiVersion: chartgen/v1
      kind: Platform
      metadata:
        name: digit
      spec:
        registry: docker.io/egovio
        domain: digit.example.org
        namespace: egov
        services:
          egov-otp: http://egov-otp.egov:8080/
      """;

  /**
   * A minimal valid java-spring module. Line numbers, as problems report them:
   *
   * <pre>
   *  1 apiVersion: chartgen/v1
   *  2 kind: Module
   *  3 metadata:
   *  4   name: egov-user
   *  5   group: core
   *  6 spec:
   *  7   appType: java-spring
   *  8   image:
   *  9     repository: egov-user
   * 10     tag: v1.2.8
   * 11   ports:
   * 12     - name: http
   * 13       port: 8080
   * 14   health:
   * 15     liveness: { path: /user/health }
   * 16     readiness: { path: /user/health }
   * 17   resources:
   * 18     requests: { memory: 512Mi }
   * 19     limits: { memory: 512Mi }
   * 20   java:
   * 21     heap: "-Xmx256m -Xms256m"
   * 22   env:
   * 23     SERVER_PORT: "8080"
   * 24     EGOV_OTP_HOST: { serviceHost: egov-otp }
   * </pre>
   */
  public static final String MODULE =
      """
      apiVersion: chartgen/v1
      kind: Module
      metadata:
        name: egov-user
        group: core
      spec:
        appType: java-spring
        image:
          repository: egov-user
          tag: v1.2.8
        ports:
          - name: http
            port: 8080
        health:
          liveness: { path: /user/health }
          readiness: { path: /user/health }
        resources:
          requests: { memory: 512Mi }
          limits: { memory: 512Mi }
        java:
          heap: "-Xmx256m -Xms256m"
        env:
          SERVER_PORT: "8080"
          EGOV_OTP_HOST: { serviceHost: egov-otp }
      """;

  private final Path root;

  /** A fixture in {@code root} holding {@link #PLATFORM} and an empty descriptor folder. */
  public DescriptorFixture(Path root) {
    this.root = root;
    platform(PLATFORM);
    try {
      Files.createDirectories(root.resolve("descriptors"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the platform file. */
  public DescriptorFixture platform(String yaml) {
    write(root.resolve("platform.yaml"), yaml);
    return this;
  }

  /** Writes {@code yaml} to {@link #MODULE_FILE}. */
  public DescriptorFixture module(String yaml) {
    return descriptor("egov-user.yaml", yaml);
  }

  /** Writes {@code yaml} to {@code descriptors/<relativePath>}. */
  public DescriptorFixture descriptor(String relativePath, String yaml) {
    write(root.resolve("descriptors").resolve(relativePath), yaml);
    return this;
  }

  /** Writes {@code yaml} to {@code environments/<fileName>} beside the platform file. */
  public DescriptorFixture environment(String fileName, String yaml) {
    write(root.resolve("environments").resolve(fileName), yaml);
    return this;
  }

  /** Loads everything, failing the test with every problem when the descriptors are invalid. */
  public Descriptors load() {
    try {
      return Chartgen.create().validate(request());
    } catch (DescriptorException e) {
      throw new AssertionError("expected valid descriptors, but:\n" + formatted(e), e);
    }
  }

  /** Loads everything, expecting a refusal: every problem, formatted one per line, in order. */
  public List<String> problems() {
    try {
      Chartgen.create().validate(request());
    } catch (DescriptorException e) {
      return e.problems().stream().map(Problem::format).toList();
    }
    throw new AssertionError("expected problems, but the descriptors are valid");
  }

  /**
   * {@code yaml} with {@code from} replaced by {@code to}; {@code from} must occur exactly once.
   */
  public static String edit(String yaml, String from, String to) {
    int first = yaml.indexOf(from);
    if (first < 0 || yaml.indexOf(from, first + 1) >= 0) {
      throw new IllegalArgumentException(
          "'" + from + "' must occur exactly once in:\n" + yaml.stripTrailing());
    }
    return yaml.substring(0, first) + to + yaml.substring(first + from.length());
  }

  private Request request() {
    return Request.of(
            root.resolve("platform.yaml"), root.resolve("descriptors"), root.resolve("charts"))
        .withDisplayRoot(root);
  }

  private static String formatted(DescriptorException e) {
    return e.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
  }

  private static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
