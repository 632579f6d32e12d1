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
}
