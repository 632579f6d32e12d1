package kz.aimaq.core.territory;

import java.util.*;

/**
 * One of the three first-level configurations of Kazakhstan that the data describe.
 *
 * <p>Every unit of a territory is a union of today's units (its <em>components</em>): in
 * {@link #BEFORE_2018} South Kazakhstan (51) = Turkistan (61) + Shymkent (79), and in both older
 * configurations East Kazakhstan (63) = 63 + Abai (10), Almaty Region (19) = 19 + Zhetisu (33),
 * Karaganda (35) = 35 + Ulytau (62). The splits are those of the {@code parent_pre_2022} column of
 * {@code datasets/regions.csv} (61 is South Kazakhstan's successor, stated in its notes);
 * {@code TerritoryTest} keeps the two in step.
 */
public enum Territory {
    /** Until June 2018: 16 units, South Kazakhstan (51) still whole. */
    BEFORE_2018(Integer.MIN_VALUE, 2017),
    /** June 2018 to June 2022: 17 units (Turkistan and Shymkent apart; Abai, Zhetisu, Ulytau not yet). */
    FROM_2018(2018, 2021),
    /** Since June 2022: today's 20 units. */
    FROM_2022(2022, Integer.MAX_VALUE);

    /** Today's 20 units in KATO order. */
    public static final List<String> TODAY = List.of("10", "11", "15", "19", "23", "27", "31", "33", "35", "39",
            "43", "47", "55", "59", "61", "62", "63", "71", "75", "79");

    /** New unit → the unit it belonged to before it was split off, and the year it first existed. */
    private record Split(String child, String parent, int firstYear) {}

    private static final List<Split> SPLITS = List.of(
            new Split("61", "51", 2018), new Split("79", "51", 2018),
            new Split("10", "63", 2022), new Split("33", "19", 2022), new Split("62", "35", 2022));

    private final int firstYear;
    private final int lastYear;
    /** {@link #units()}, computed on first use (an immutable list, so a racy first use is harmless). */
    private List<String> units;
    /**
     * The units larger than today's unit of the same code, for {@link #isMerged}, computed on
     * first use as {@link #units}: every recolour asks it of every region, and working it out
     * each time was a tenth of the map model's allocations per recolour (JFR of the probe).
     */
    private Set<String> merged;

    Territory(int firstYear, int lastYear) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /**
     * The configuration in force for a calendar year's statistics. The changes took effect in June
     * (2018-06-19, 2022-06-08), but BNS publishes the whole change year on the new units, so the
     * change year belongs to the new configuration.
     */
    public static Territory forYear(int year) {
        for (Territory t : values()) if (year >= t.firstYear && year <= t.lastYear) return t;
        throw new AssertionError(year);
    }

    /** The territory whose units are exactly these codes (a region layer's), if any. */
    public static Optional<Territory> ofUnits(Collection<String> codes) {
        Set<String> c = new HashSet<>(codes);
        for (Territory t : values()) if (c.size() == t.units().size() && c.containsAll(t.units())) return Optional.of(t);
        return Optional.empty();
    }

    /** The older of two territories: the finer one's units can be merged into the coarser one's. */
    public static Territory coarser(Territory a, Territory b) { return a.ordinal() <= b.ordinal() ? a : b; }

    public int firstYear() { return firstYear; }

    public int lastYear() { return lastYear; }

    /** The unit codes of this territory in KATO order (16, 17 or 20). */
    public List<String> units() {
        List<String> cached = units;
        if (cached == null) {
            Set<String> u = new TreeSet<>();
            for (String today : TODAY) u.add(unitOf(today));
            cached = units = List.copyOf(u);
        }
        return cached;
    }

    /**
     * The unit of this territory that contains a unit of today (or of any finer territory):
     * {@code BEFORE_2018.unitOf("79")} = "51", {@code FROM_2018.unitOf("10")} = "63",
     * {@code FROM_2022.unitOf("10")} = "10". Codes of this territory map to themselves.
     */
    public String unitOf(String code) {
        String c = code;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Split s : SPLITS) {
                if (s.child.equals(c) && s.firstYear > lastYear) { c = s.parent; changed = true; }
            }
        }
        return c;
    }

    /** Today's units that make up a unit of this territory ({@code BEFORE_2018.components("51")} = [61, 79]). */
    public List<String> components(String unit) {
        List<String> c = new ArrayList<>();
        for (String today : TODAY) if (unitOf(today).equals(unit)) c.add(today);
        return c;
    }

    /** True when the unit is larger here than today's unit of the same code (or has no code today, as 51). */
    public boolean isMerged(String unit) {
        Set<String> m = merged;
        if (m == null) {
            m = new HashSet<>();
            for (String u : units()) {
                List<String> c = components(u);
                if (c.size() > 1 || (c.size() == 1 && !c.getFirst().equals(u))) m.add(u);
            }
            merged = m = Set.copyOf(m);
        }
        return m.contains(unit);
    }

    /** The mapping new unit → old unit of all splits (10→63, 33→19, 62→35, 61→51, 79→51). */
    public static Map<String, String> parents() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Split s : SPLITS) m.put(s.child, s.parent);
        return Collections.unmodifiableMap(m);
    }

    /** The year a new unit first appears in the statistics (2018 for 61/79, 2022 for 10/33/62), or empty. */
    public static OptionalInt splitYear(String child) {
        for (Split s : SPLITS) if (s.child.equals(child)) return OptionalInt.of(s.firstYear);
        return OptionalInt.empty();
    }

    /** A stable id for files and the CLI: "before-2018", "from-2018", "from-2022". */
    public String id() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** The bundle key of the territory's description for maps, legends and the UI ("territory.before-2018"). */
    public String messageKey() { return "territory." + id(); }
}
