package dev.chat2desk4j.mock;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Turns SIGTERM and SIGINT into a callback, so that the runnable jar stops cleanly with status 0:
 * with only a shutdown hook the JVM ends a SIGTERM with 143, which CI systems report as a failure.
 * The JDK has no supported API for this; {@code sun.misc.Signal} (module {@code jdk.unsupported},
 * exported for exactly such uses) is the one every JDK keeps. It is reached reflectively because
 * naming it in source is a compiler and Javadoc warning, and the release build fails on Javadoc
 * warnings.
 */
final class StopSignals {

  private StopSignals() {}

  /**
   * Calls {@code onStop} on SIGTERM and SIGINT instead of the JVM's shutdown.
   *
   * @return false when the platform refuses a handler (the JVM then shuts down as usual)
   */
  static boolean onStop(Runnable onStop) {
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
      Object handler =
          Proxy.newProxyInstance(
              StopSignals.class.getClassLoader(),
              new Class<?>[] {handlerType},
              (proxy, method, args) -> answer(proxy, method, args, onStop));
      Method handle = signal.getMethod("handle", signal, handlerType);
      for (String name : new String[] {"TERM", "INT"}) {
        handle.invoke(null, signal.getConstructor(String.class).newInstance(name), handler);
      }
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  private static Object answer(Object proxy, Method method, Object[] args, Runnable onStop) {
    switch (method.getName()) {
      case "handle":
        onStop.run();
        return null;
      case "equals":
        return proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      default:
        return "StopSignals handler";
    }
  }
}
