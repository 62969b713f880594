package dev.chat2desk4j.feign;

import feign.Request;
import feign.RequestTemplate;
import feign.Target;

/**
 * Feign's target for one fixed base URL, building each request's URL once. Feign's own target first
 * builds the whole URL, query included, only to see whether the request line is already absolute,
 * and then builds it again; every request line of {@link Chat2DeskApi} is relative, so the base URL
 * always applies.
 *
 * @param <T> the Feign interface
 */
final class BaseUrlTarget<T> extends Target.HardCodedTarget<T> {

  BaseUrlTarget(Class<T> type, String url) {
    super(type, url);
  }

  @Override
  public Request apply(RequestTemplate input) {
    return input.target(url()).request();
  }
}
