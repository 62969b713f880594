package dev.chat2desk4j.benchmarks;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The servers compared: the project's fake, WireMock standalone twice, with its defaults and with
 * its request journal off (WireMock's own advice for load tests), so that the fake is measured
 * against the faster of the two as well, {@link BareJavalinServer}, the floor of the fake's own
 * stack (every request of the fake goes through Javalin), and {@link BareJettyServer} twice, the
 * Jetty under it, with a non-blocking handler and with a blocking one as servlets have.
 */
enum ServerKind {
  FAKE("chat2desk fake"),
  WIREMOCK("WireMock"),
  WIREMOCK_NO_JOURNAL("WireMock, no journal"),
  BARE_JAVALIN("bare Javalin 7 (floor)"),
  BARE_JETTY("bare Jetty 12"),
  BARE_JETTY_BLOCKING("bare Jetty, blocking");

  private final String label;

  ServerKind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /**
   * The command that starts this server from its runnable jar with the JVM's default settings.
   *
   * @param seed the fake's seed file
   * @param wireMockRoot WireMock's root directory holding the stubs
   */
  List<String> command(int port, Path seed, Path wireMockRoot) {
    if (this == BARE_JAVALIN) {
      return floor(BareJavalinServer.class, port, wireMockRoot);
    }
    if (this == BARE_JETTY || this == BARE_JETTY_BLOCKING) {
      List<String> command = new ArrayList<>(floor(BareJettyServer.class, port, wireMockRoot));
      command.add(this == BARE_JETTY ? "non-blocking" : "blocking");
      return command;
    }
    List<String> command = new ArrayList<>(List.of(Jars.java().toString(), "-jar"));
    if (this == FAKE) {
      command.addAll(
          List.of(
              Jars.fakeServer().toString(),
              "--port",
              Integer.toString(port),
              "--token",
              BenchSeed.TOKEN,
              "--seed",
              seed.toString()));
      return command;
    }
    command.addAll(
        List.of(
            Jars.wireMock().toString(),
            "--port",
            Integer.toString(port),
            "--bind-address",
            "127.0.0.1",
            "--root-dir",
            wireMockRoot.toString(),
            "--disable-banner"));
    if (this == WIREMOCK_NO_JOURNAL) {
      command.add("--no-request-journal");
    }
    return command;
  }

  /** A floor server of this module, run on the fake's {@code -all} jar, which holds its stack. */
  private static List<String> floor(Class<?> main, int port, Path wireMockRoot) {
    return List.of(
        Jars.java().toString(),
        "-cp",
        Jars.fakeServer() + File.pathSeparator + Jars.benchmarkClasses(),
        main.getName(),
        Integer.toString(port),
        wireMockRoot.toString());
  }
}
