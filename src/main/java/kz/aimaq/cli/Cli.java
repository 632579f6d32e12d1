package kz.aimaq.cli;

import kz.aimaq.core.io.Phases;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.i18n.Localized;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.*;

/**
 * The headless entry point: {@code aimaq COMMAND [options]}. Planners batch maps with it and the
 * tests drive the core through it, so its output is stable and machine-readable.
 */
public final class Cli {

    /** Every command, in the order {@code aimaq help} lists them. Add new commands here. */
    static List<Command> commands() {
        return List.of(
                new TableCommand(),
                new ClassifyCommand(),
                new RenderCommand(),
                new ExportLayerCommand(),
                new IndexCommand(),
                new TypologyCommand(),
                new MoranCommand(),
                new HotspotsCommand(),
                new GearyCommand(),
                new RegionalizeCommand(),
                new GroupsCommand(),
                new SimulateCommand(),
                new DisparitiesCommand(),
                new FrontierCommand(),
                new BacktestCommand(),
                new ImportCheckCommand(),
                new DeckCommand(),
                new PassportCommand(),
                new AtlasCommand()
        );
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs one command and returns its exit code; never throws. Used by the tests as well. */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        if (argv.length == 0 || argv[0].equals("help") || argv[0].equals("--help") || argv[0].equals("-h")) {
            printHelp(out);
            return 0;
        }
        Map<String, Command> byName = new LinkedHashMap<>();
        commands().forEach(c -> byName.put(c.name(), c));
        Command c = byName.get(argv[0]);
        if (c == null) {
            err.println("aimaq: unknown command '" + argv[0] + "'. Commands: " + String.join(", ", byName.keySet()));
            return 2;
        }
        try {
            Phases.mark("command-start");
            Args args = new Args(Arrays.asList(argv).subList(1, argv.length));
            return c.run(args, out, err);
        } catch (CliException e) {
            err.println("aimaq " + c.name() + ": " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException | UncheckedIOException | java.io.IOException e) {
            err.println("aimaq " + c.name() + ": " + Localized.message(e, Messages.of(language(argv))));
            return 2;
        } catch (kz.aimaq.core.data.importing.ImportException e) {
            err.println("aimaq " + c.name() + ": " + e.getMessage());
            return 2;
        } catch (OutOfMemoryError e) {
            // caused by the size of what the user asked for, not a bug: say so in one line
            err.println("aimaq " + c.name() + ": not enough memory to finish; ask for less (fewer runs, a smaller file) "
                    + "or give Java more memory, e.g. AIMAQ_JAVA_OPTS=-Xmx4g");
            return 2;
        } catch (Exception e) {
            err.println("aimaq " + c.name() + ": internal error: " + e);
            return 1;
        } finally {
            Phases.mark("command-end");
            Phases.print(err);
        }
    }

    /**
     * The language of a command's messages: its {@code --lang} if it has one (render, deck),
     * else English, the language of the options and of scripts that read the messages.
     */
    static String language(String[] argv) {
        for (int i = 1; i + 1 < argv.length; i++) if (argv[i].equals("--lang")) return Messages.normalise(argv[i + 1]);
        return "en";
    }

    static void printHelp(PrintStream out) {
        out.println("Usage: aimaq [COMMAND [OPTIONS]]   (no command starts the desktop app)");
        for (Command c : commands()) out.println("  " + c.usage());
        out.println(kz.aimaq.core.geo.BoundarySource.current().message(kz.aimaq.core.i18n.Messages.of("en")));
    }
}
