package kz.aimaq.cli;

/** Runs a command in process for tests outside this package. */
public final class CliTestAccess {
    private CliTestAccess() {}

    public record Result(int code, String out, String err) {}

    public static Result run(String... args) {
        var r = RenderCommandTest.run(args);
        return new Result(r.code(), r.out(), r.err());
    }
}
