package dev.chartgen.core.model;

/** Requests and limits of a container. */
public record Resources(ResourceList requests, ResourceList limits) {

  public static final Resources EMPTY = new Resources(ResourceList.EMPTY, ResourceList.EMPTY);

  public Resources {
    requests = requests == null ? ResourceList.EMPTY : requests;
    limits = limits == null ? ResourceList.EMPTY : limits;
  }

  /** These resources with every unset quantity taken from {@code defaults}. */
  public Resources orElse(Resources defaults) {
    if (defaults == null) {
      return this;
    }
    return new Resources(requests.orElse(defaults.requests), limits.orElse(defaults.limits));
  }
}
