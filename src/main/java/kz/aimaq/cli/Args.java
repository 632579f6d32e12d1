package kz.aimaq.cli;

import java.util.*;

/**
 * Command-line options of the form {@code --name value} or {@code --flag}, plus positional
 * arguments. Every option a command reads is marked used; unknown ones are reported, so a typo
 * such as {@code --indicatr} is an error rather than silently ignored.
 */
public final class Args {
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final Set<String> used = new HashSet<>();

    public Args(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    options.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (i + 1 < raw.size() && !raw.get(i + 1).startsWith("--")) {
                    options.put(name, raw.get(++i));
                } else {
                    options.put(name, "true");
                }
            } else {
                positional.add(a);
            }
        }
    }

    public Optional<String> opt(String name) {
        used.add(name);
        return Optional.ofNullable(options.get(name));
    }

    public String get(String name, String dflt) { return opt(name).orElse(dflt); }

    public String require(String name) {
        return opt(name).orElseThrow(() -> new CliException("missing --" + name));
    }

    public boolean flag(String name) { return opt(name).map(v -> !v.equals("false")).orElse(false); }

    public int intOpt(String name, int dflt) {
        return opt(name).map(v -> parseInt(name, v)).orElse(dflt);
    }

    public double doubleOpt(String name, double dflt) {
        return opt(name).map(v -> {
            try { return Double.parseDouble(v); }
            catch (NumberFormatException e) { throw new CliException("--" + name + " must be a number, got '" + v + "'"); }
        }).orElse(dflt);
    }

    /** One of the allowed values (case-insensitive), or the default. */
    public String choice(String name, String dflt, String... allowed) {
        String v = get(name, dflt);
        for (String a : allowed) if (a.equalsIgnoreCase(v)) return a;
        throw new CliException("--" + name + " must be one of " + String.join("|", allowed) + ", got '" + v + "'");
    }

    public List<String> positional() { return positional; }

    /** Call after reading every option: fails on options the command does not know. */
    public void rejectUnknown() {
        for (String k : options.keySet()) {
            if (!used.contains(k)) throw new CliException("unknown option --" + k);
        }
    }

    private static int parseInt(String name, String v) {
        try { return Integer.parseInt(v.trim()); }
        catch (NumberFormatException e) { throw new CliException("--" + name + " must be a whole number, got '" + v + "'"); }
    }
}
