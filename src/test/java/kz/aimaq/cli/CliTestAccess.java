package kz.aimaq.cli;

/** Runs a command in process for tests outside this package. */
public final class CliTestAccess {
    private CliTestAccess() {}

    public static CliRun run(String... args) { return CliRun.of(args); }
}
