package kz.aimaq.core.data.importing;

import kz.aimaq.core.data.Observation;
import kz.aimaq.core.region.Region;

import java.util.*;

/**
 * Files each joined value under the territory it describes, following
 * ../shared/data/indicators/README.md ("Time-series breaks"), using only what the table itself shows:
 * <ul>
 *   <li>South Kazakhstan (51) is the pre-2018 unit: boundary {@code PRE_2018}.</li>
 *   <li>A Turkistan (61) value for a year before 2018 in which the table has no separate Shymkent
 *       (79) value must include Shymkent, so it describes South Kazakhstan: it is filed under 51.
 *       (BNS life-expectancy tables label South Kazakhstan's 1999-2016 values "Туркестанская*".)</li>
 *   <li>Almaty Region, Karaganda and East Kazakhstan (19, 35, 63) before 2022, in a year in which
 *       the table has no value for the unit split off from them in 2022 (Zhetisu 33, Ulytau 62,
 *       Abai 10), describe the larger pre-2022 territory: boundary {@code PRE_2022}.</li>
 * </ul>
 * Old names of the same territory (Nur-Sultan, Alma-Ata...) need no rule: the matcher maps them
 * to the current code. Only the first row of a duplicated region is used.
 */
public final class TerritoryRules {

    /** One value ready to become an {@link Observation}. */
    public record FiledValue(int row, String kato, int year, double value, Observation.Boundary boundary, String note) {}

    public record Filed(List<FiledValue> values, List<String> notes) {}

    private static final Map<String, String> SPLIT_2022 = Map.of("19", "33", "35", "62", "63", "10");
    private static final Map<String, String> NAMES = Map.of("19", "Almaty Region", "35", "Karaganda Region", "63", "East Kazakhstan Region",
            "33", "Zhetisu", "62", "Ulytau", "10", "Abai");

    private TerritoryRules() {}

    public static Filed file(JoinReport report) {
        // kato -> year -> (row, value), first row wins
        Map<String, SortedMap<Integer, double[]>> byRegion = new LinkedHashMap<>();
        for (JoinReport.DataRow d : report.rows()) {
            Optional<Region> r = report.regionOf(d.row());
            if (r.isEmpty()) continue;
            SortedMap<Integer, double[]> years = byRegion.computeIfAbsent(r.get().kato(), k -> new TreeMap<>());
            d.values().forEach((y, v) -> years.putIfAbsent(y, new double[]{d.row(), v}));
        }
        List<FiledValue> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        SortedMap<Integer, double[]> shymkent = byRegion.getOrDefault("79", new TreeMap<>());
        SortedMap<Integer, double[]> southKz = byRegion.getOrDefault("51", new TreeMap<>());
        List<Integer> refiled = new ArrayList<>();
        Map<String, List<Integer>> pre2022 = new TreeMap<>();
        for (var e : byRegion.entrySet()) {
            String kato = e.getKey();
            for (var y : e.getValue().entrySet()) {
                int year = y.getKey(), row = (int) y.getValue()[0];
                double v = y.getValue()[1];
                if (kato.equals("61") && year < 2018 && !shymkent.containsKey(year)) {
                    if (southKz.containsKey(year)) continue;   // the table's own South Kazakhstan row wins
                    refiled.add(year);
                    out.add(new FiledValue(row, "51", year, v, Observation.Boundary.PRE_2018,
                            "labelled Turkistan in the table; before 2018 and without a separate Shymkent value it is South Kazakhstan (51)"));
                } else if (kato.equals("51")) {
                    out.add(new FiledValue(row, kato, year, v, Observation.Boundary.PRE_2018, "South Kazakhstan before the 2018 split"));
                } else if (SPLIT_2022.containsKey(kato) && year < 2022
                        && !byRegion.getOrDefault(SPLIT_2022.get(kato), new TreeMap<>()).containsKey(year)) {
                    pre2022.computeIfAbsent(kato, k -> new ArrayList<>()).add(year);
                    out.add(new FiledValue(row, kato, year, v, Observation.Boundary.PRE_2022,
                            "pre-2022 boundaries: includes the present " + NAMES.get(SPLIT_2022.get(kato))));
                } else {
                    out.add(new FiledValue(row, kato, year, v, Observation.Boundary.CURRENT, ""));
                }
            }
        }
        if (!refiled.isEmpty()) {
            notes.add("Turkistan values for " + span(refiled) + " are filed under South Kazakhstan (51): the table has no "
                    + "separate Shymkent value for those years, so they cover the old oblast.");
        }
        pre2022.forEach((k, ys) -> notes.add(NAMES.get(k) + " values for " + span(ys) + " describe the pre-2022 territory "
                + "(including " + NAMES.get(SPLIT_2022.get(k)) + "); they are kept but not drawn on today's map."));
        if (!southKz.isEmpty()) notes.add("South Kazakhstan values (" + span(new ArrayList<>(southKz.keySet()))
                + ") are kept as the historical unit 51.");
        return new Filed(out, notes);
    }

    private static String span(List<Integer> years) {
        Collections.sort(years);
        return years.size() == 1 ? years.getFirst().toString() : years.getFirst() + "-" + years.getLast();
    }
}
