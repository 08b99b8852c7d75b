package dev.chartgen.core.render;

import dev.chartgen.core.problem.OutputException;
import dev.chartgen.core.problem.TemplateException;
import dev.chartgen.core.text.YamlWriter;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The one FreeMarker configuration: built-in templates from the core jar, optionally overridden
 * file by file from a user folder; strict (a missing value is an error), no logging of errors that
 * are rethrown, no class instantiation from templates.
 *
 * <p>Templates receive one immutable view record as their data model. Every {@code ${...}} is
 * escaped for the file it lands in, so that a user's string is never evaluated by Helm nor read as
 * markup: {@link MarkdownFormat} in {@code *.md.ftl}, {@link HelmTextFormat} everywhere else (Helm
 * reads every other file as a Go template). Functions: {@code yaml(x)} writes a scalar as YAML
 * (strings double-quoted, Helm's <code>{{</code> escaped); {@code helmText(x)} writes a string into
 * a Helm template's plain text, such as NOTES.txt (<code>{{</code> escaped, nothing else changed;
 * the same as a bare {@code ${x}}, kept to say so where it matters); in Markdown templates {@code
 * code(x)} writes an inline code span showing {@code x} verbatim.
 */
public final class TemplateEngine {

  /** Where the built-in templates live inside the core jar. */
  public static final String TEMPLATE_ROOT = "/dev/chartgen/templates";

  private final Configuration configuration;

  private static volatile TemplateEngine builtIn;

  /**
   * The engine for {@code overrides}: with none, one engine per JVM, shared (a FreeMarker
   * configuration is thread-safe once set up and caches parsed templates).
   */
  public static TemplateEngine of(Path overrides) {
    if (overrides != null) {
      return new TemplateEngine(overrides);
    }
    TemplateEngine engine = builtIn;
    if (engine == null) {
      engine = new TemplateEngine(null);
      builtIn = engine;
    }
    return engine;
  }

  /**
   * @param overrides a folder whose files replace built-in templates of the same name, or null
   */
  public TemplateEngine(Path overrides) {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    config.setDefaultEncoding("UTF-8");
    config.setOutputEncoding("UTF-8");
    config.setLocale(Locale.ROOT);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setNumberFormat("c");
    config.setBooleanFormat("c");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setAPIBuiltinEnabled(false);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    config.setTemplateLoader(loader(overrides));
    // an engine lives for one run (overrides) or holds the jar's templates: a template, once
    // parsed, is never looked up again on disk (by default FreeMarker checks every 5 seconds)
    config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    config.setRegisteredCustomOutputFormats(
        List.of(HelmTextFormat.INSTANCE, MarkdownFormat.INSTANCE));
    // the one rule for user text: every ${...} is escaped for the file it lands in
    config.setTemplateConfigurations(
        new FirstMatchTemplateConfigurationFactory(
            outputFormat("*.md.ftl", MarkdownFormat.INSTANCE),
            outputFormat("*", HelmTextFormat.INSTANCE)));
    config.setSharedVariable("yaml", (TemplateMethodModelEx) TemplateEngine::yaml);
    config.setSharedVariable("code", (TemplateMethodModelEx) TemplateEngine::code);
    config.setSharedVariable("helmText", (TemplateMethodModelEx) TemplateEngine::helmText);
    this.configuration = config;
  }

  private static ConditionalTemplateConfigurationFactory outputFormat(
      String glob, freemarker.core.OutputFormat format) {
    TemplateConfiguration configuration = new TemplateConfiguration();
    configuration.setOutputFormat(format);
    configuration.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
    return new ConditionalTemplateConfigurationFactory(
        new FileNameGlobMatcher(glob), configuration);
  }

  private static TemplateLoader loader(Path overrides) {
    ClassTemplateLoader builtIn = new ClassTemplateLoader(TemplateEngine.class, TEMPLATE_ROOT);
    if (overrides == null) {
      return builtIn;
    }
    if (!Files.isDirectory(overrides)) {
      throw new OutputException(
          "the template override folder " + overrides + " does not exist", null);
    }
    try {
      return new MultiTemplateLoader(
          new TemplateLoader[] {new FileTemplateLoader(overrides.toFile()), builtIn});
    } catch (IOException e) {
      throw new OutputException("cannot read template overrides in " + overrides, e);
    }
  }

  /** Renders {@code template} with {@code view} as its data model. */
  public String render(String template, Object view) {
    try {
      Template t = configuration.getTemplate(template);
      StringWriter out = new StringWriter();
      t.process(view, out);
      return out.toString().replace("\r\n", "\n");
    } catch (freemarker.template.TemplateException e) {
      throw new TemplateException(
          "template " + template + " failed: " + e.getMessageWithoutStackTop(), e);
    } catch (IOException e) {
      throw new TemplateException("cannot load template " + template + ": " + e.getMessage(), e);
    }
  }

  private static Object yaml(List<?> arguments) throws TemplateModelException {
    String scalar = YamlWriter.scalar(argument("yaml", arguments));
    return HelmTextFormat.INSTANCE.fromMarkup(HelmTextFormat.escape(scalar));
  }

  private static Object helmText(List<?> arguments) throws TemplateModelException {
    return HelmTextFormat.INSTANCE.fromMarkup(
        HelmTextFormat.escape(String.valueOf(argument("helmText", arguments))));
  }

  private static Object code(List<?> arguments) throws TemplateModelException {
    return MarkdownFormat.INSTANCE.fromMarkup(
        MarkdownFormat.code(String.valueOf(argument("code", arguments))));
  }

  private static Object argument(String function, List<?> arguments) throws TemplateModelException {
    if (arguments.size() != 1) {
      throw new TemplateModelException(function + "(value) takes one argument");
    }
    return DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0));
  }
}
