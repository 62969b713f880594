package dev.chat2desk4j.mock;

import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * The runnable jar's failures as one {@code error: ...} line on stderr, never a stack trace: a bad
 * command line or seed exits 2 ({@link CommandLine.ExitCode#USAGE}), a server that cannot start
 * (such as a port in use) exits 1 ({@link CommandLine.ExitCode#SOFTWARE} is 1 in picocli too).
 */
final class CommandErrors {

  /** The status for a server that could not start or failed while serving. */
  static final int FAILURE = 1;

  private CommandErrors() {}

  /** The command line with these handlers installed. */
  static CommandLine configure(CommandLine commandLine) {
    return commandLine
        .setParameterExceptionHandler(
            (problem, args) -> {
              problem
                  .getCommandLine()
                  .getErr()
                  .println("error: " + problem.getMessage() + " (see --help)");
              return CommandLine.ExitCode.USAGE;
            })
        .setExecutionExceptionHandler(
            (problem, failed, parseResult) -> {
              failed.getErr().println("error: " + describe(problem));
              return FAILURE;
            });
  }

  /** A failure in a few words: a port in use, a missing file, else the innermost message. */
  static String describe(Throwable problem) {
    Throwable cause = problem;
    while (cause != null) {
      if (cause instanceof BindException) {
        return "cannot listen: the port is in use or not allowed (" + cause.getMessage() + ")";
      }
      if (cause instanceof NoSuchFileException) {
        return "no such file " + cause.getMessage();
      }
      if (cause instanceof AccessDeniedException) {
        return "access denied to " + cause.getMessage();
      }
      if (cause.getCause() == null) {
        break;
      }
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }
}
