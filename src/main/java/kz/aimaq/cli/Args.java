package kz.aimaq.cli;

import java.util.*;

/**
 * Command-line options of the form {@code --name value} or {@code --flag}, plus positional
 * arguments. Every option a command reads is marked used; unknown ones are reported, so a typo
 * such as {@code --indicatr} is an error rather than silently ignored.
 *
 * <p>Values: the word after {@code --name} is its value unless it is another option
 * ({@code --x}); a negative number ({@code --year -5}) is a value. An option given without a
 * value ({@code --indicator --year 2024}) is a flag to {@link #flag} and an error "--indicator
 * needs a value" to every other reader, never the text "true". Year options ({@code --year},
 * {@code --from}, {@code --to}) must be a calendar year, so "-5" is refused as such instead of
 * looking like a missing option.
 */
public final class Args {
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final Set<String> used = new HashSet<>();
    /** Options given with no value after them. */
    private final Set<String> bare = new HashSet<>();
    /** Options whose value is a calendar year. */
    static final Set<String> YEAR_OPTIONS = Set.of("year", "from", "to");
    static final int MIN_YEAR = 1900, MAX_YEAR = 2100;

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
                    bare.add(name);
                }
            } else {
                positional.add(a);
            }
        }
    }

    public Optional<String> opt(String name) {
        used.add(name);
        if (bare.contains(name)) {
            throw new CliException("--" + name + " needs a value (--" + name + " VALUE); it was followed by "
                    + "another option or nothing");
        }
        return Optional.ofNullable(options.get(name));
    }

    public String get(String name, String dflt) { return opt(name).orElse(dflt); }

    public String require(String name) {
        return opt(name).orElseThrow(() -> new CliException("missing --" + name));
    }

    public boolean flag(String name) {
        used.add(name);
        String v = options.get(name);
        return v != null && !v.equals("false");
    }

    public int intOpt(String name, int dflt) {
        return opt(name).map(v -> parseInt(name, v)).orElse(dflt);
    }

    public double doubleOpt(String name, double dflt) {
        return opt(name).map(v -> {
            double d;
            try { d = Double.parseDouble(v.trim()); }
            catch (NumberFormatException e) { throw new CliException("--" + name + " must be a number, got '" + v + "'"); }
            // "1e400" parses as Infinity, "NaN" as NaN: neither is a setting anyone means
            if (!Double.isFinite(d)) throw new CliException("--" + name + " must be a finite number, got '" + v + "'");
            return d;
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
        int n;
        try { n = Integer.parseInt(v.trim()); }
        catch (NumberFormatException e) { throw new CliException("--" + name + " must be a whole number, got '" + v + "'"); }
        if (YEAR_OPTIONS.contains(name) && (n < MIN_YEAR || n > MAX_YEAR)) {
            throw new CliException("--" + name + " must be a year between " + MIN_YEAR + " and " + MAX_YEAR + ", got '" + v + "'");
        }
        return n;
    }
}
