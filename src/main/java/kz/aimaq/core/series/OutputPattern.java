package kz.aimaq.core.series;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file name pattern of a batch, e.g. {@code maps/{indicator}-{year}.png}: {@code {indicator}}
 * becomes the indicator's id, {@code {year}} the year. Checked before any map is drawn, so a
 * batch never overwrites its own maps: several years need {@code {year}} in the pattern, several
 * indicators need {@code {indicator}}, and any other {@code {…}} is refused as a typo.
 */
public record OutputPattern(String pattern) {
    public static final String INDICATOR = "{indicator}", YEAR = "{year}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    /** Why a pattern cannot serve the batch asked. */
    public enum Problem { NEEDS_YEAR, NEEDS_INDICATOR, UNKNOWN_PLACEHOLDER }

    /** The problem and the placeholder it is about. */
    public record Refusal(Problem problem, String placeholder) {}

    /** What is wrong with the pattern for this many indicators and years; empty when it will do. */
    public List<Refusal> check(int indicators, int years) {
        List<Refusal> r = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        Set<String> unknown = new LinkedHashSet<>();
        while (m.find()) {
            String p = m.group();
            if (!p.equals(INDICATOR) && !p.equals(YEAR)) unknown.add(p);
        }
        for (String u : unknown) r.add(new Refusal(Problem.UNKNOWN_PLACEHOLDER, u));
        if (years > 1 && !pattern.contains(YEAR)) r.add(new Refusal(Problem.NEEDS_YEAR, YEAR));
        if (indicators > 1 && !pattern.contains(INDICATOR)) r.add(new Refusal(Problem.NEEDS_INDICATOR, INDICATOR));
        return r;
    }

    /** The file of one map. */
    public Path file(String indicatorId, int year) {
        return Path.of(pattern.replace(INDICATOR, indicatorId).replace(YEAR, Integer.toString(year)));
    }
}
