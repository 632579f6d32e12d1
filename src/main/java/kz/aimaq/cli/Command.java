package kz.aimaq.cli;

import java.io.PrintStream;

/** One headless sub-command of {@code aimaq}. */
public interface Command {
    /** The word after {@code aimaq}, e.g. "table". */
    String name();

    /** One line: the synopsis shown by {@code aimaq help}. */
    String usage();

    /**
     * Runs the command. Writes results to {@code out}; throws {@link CliException} for user
     * mistakes (printed as one line, exit code 2).
     * @return the process exit code (0 for success)
     */
    int run(Args args, PrintStream out) throws Exception;

    /**
     * Runs the command with a stream for warnings (things the user should know although the
     * command succeeded). Commands that have none need not override it.
     */
    default int run(Args args, PrintStream out, PrintStream err) throws Exception { return run(args, out); }
}
