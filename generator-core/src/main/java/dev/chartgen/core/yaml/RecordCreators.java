package dev.chartgen.core.yaml;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.module.SimpleValueInstantiators;

/**
 * Start-up: Jackson calls a record's canonical constructor through a method handle ({@code
 * MethodHandle.invokeWithArguments}), which spins new bytecode for every distinct constructor
 * signature the first time it is called: a third of the time of the first binding of a descriptor
 * in a fresh JVM (each descriptor record has its own signature). This module has Jackson call the
 * same constructor through reflection instead, which costs nothing to set up; everything else
 * (which constructor, the arguments, how a failure is reported) stays Jackson's own. Hand-written
 * because Jackson has no option for it; it uses Jackson's extension point for creators ({@link
 * tools.jackson.databind.deser.ValueInstantiators}).
 */
public final class RecordCreators extends SimpleValueInstantiators {

  private static final long serialVersionUID = 1L;

  private RecordCreators() {}

  /** The module to add to a mapper that binds trees to records. */
  public static SimpleModule module() {
    return new SimpleModule("chartgen-record-creators").setValueInstantiators(new RecordCreators());
  }

  @Override
  public ValueInstantiator modifyValueInstantiator(
      DeserializationConfig config, BeanDescription.Supplier bean, ValueInstantiator instantiator) {
    ValueInstantiator found = super.modifyValueInstantiator(config, bean, instantiator);
    if (found.getClass() == StdValueInstantiator.class
        && found.getWithArgsCreator() != null
        && found.getWithArgsCreator().getAnnotated() instanceof Constructor<?> constructor
        && constructor.getDeclaringClass().isRecord()) {
      return new Reflective((StdValueInstantiator) found, constructor);
    }
    return found;
  }

  /** Jackson's instantiator of a record, calling its constructor by reflection. */
  private static final class Reflective extends StdValueInstantiator {

    private static final long serialVersionUID = 1L;

    // Jackson made it accessible when it chose it
    private final transient Constructor<?> constructor;

    Reflective(StdValueInstantiator base, Constructor<?> constructor) {
      super(base);
      this.constructor = constructor;
    }

    @Override
    public Object createFromObjectWith(DeserializationContext context, Object[] arguments) {
      try {
        return constructor.newInstance(arguments);
      } catch (InvocationTargetException e) {
        // as Jackson's method handle: the constructor's exception is reported, its error thrown
        if (e.getCause() instanceof Exception thrown) {
          return context.handleInstantiationProblem(
              _valueClass, arguments, rewrapCtorProblem(context, thrown));
        }
        throw (Error) e.getCause();
      } catch (ReflectiveOperationException | IllegalArgumentException e) {
        return context.handleInstantiationProblem(
            _valueClass, arguments, rewrapCtorProblem(context, e));
      }
    }
  }
}
