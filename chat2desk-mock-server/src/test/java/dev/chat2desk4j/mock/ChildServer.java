package dev.chat2desk4j.mock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line in a child JVM on this test classpath, as the runnable jar runs it: started with
 * JVM options, an environment and arguments; its stdout and stderr are collected line by line.
 */
final class ChildServer implements AutoCloseable {

  private static final Pattern URL = Pattern.compile("listening on (http://\\S+) ");

  private final Process process;
  private final List<String> output = new CopyOnWriteArrayList<>();
  private final CompletableFuture<String> startLine = new CompletableFuture<>();

  private ChildServer(Process process) {
    this.process = process;
    Thread reader = new Thread(this::readOutput, "child-server-output");
    reader.setDaemon(true);
    reader.start();
  }

  static ChildServer start(List<String> jvmOptions, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add(MockServerCommand.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("CHAT2DESK_MOCK_ADMIN_TOKEN"); // only what the test gives
    builder.environment().putAll(env);
    try {
      return new ChildServer(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line that announces the URL, waiting at most 30 s for it. */
  String startLine() throws Exception {
    return startLine.get(30, TimeUnit.SECONDS);
  }

  /** The URL from the start line. */
  URI baseUrl() throws Exception {
    Matcher url = URL.matcher(startLine());
    if (!url.find()) {
      throw new IllegalStateException("No URL in the start line: " + startLine());
    }
    return URI.create(url.group(1));
  }

  /** Every line the child printed so far, stdout and stderr interleaved. */
  List<String> output() {
    return List.copyOf(output);
  }

  Process process() {
    return process;
  }

  private void readOutput() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        output.add(line);
        if (line.contains("listening on")) {
          startLine.complete(line);
        }
      }
    } catch (IOException e) {
      // The child is gone; what it printed stays in output.
    }
    startLine.complete("");
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
