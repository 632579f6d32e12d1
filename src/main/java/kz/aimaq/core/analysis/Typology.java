package kz.aimaq.core.analysis;

import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.region.Region;

import java.util.*;

/**
 * Classifies regions by level (GRP per capita relative to the national value in the last year)
 * and dynamics (average annual real growth of GRP per capita over the period) into
 * {@link RegionType}s. The rules, in order:
 * <ol>
 *   <li>growth below {@code declinePct} → depressed;</li>
 *   <li>growth below {@code stagnationPct} → stagnant;</li>
 *   <li>otherwise by the 2×2 of level (≥ {@code levelRatio}) and pace (≥ national growth +
 *       {@code marginPp}): leading, catching up, slowing, lagging.</li>
 * </ol>
 * Real growth of GRP per capita over [from, to] chains the published real GRP growth
 * (volume index) of the years from+1..to and divides by population growth:
 * g = (Π V_t/100 · N_from/N_to)^(1/(to−from)) − 1.
 */
public final class Typology {
    private Typology() {}

    public static final String GRP_PER_CAPITA = "grp_per_capita";
    public static final String VOLUME_INDEX = "grp_volume_index";
    public static final String POPULATION = "population_avg";

    /**
     * One region's place in the typology.
     *
     * @param levelRatio GRP per capita in the last year / national (NaN when missing)
     * @param growthPct  average annual real growth of GRP per capita, % (NaN when missing)
     * @param reason     why a region has no type (empty otherwise)
     */
    public record Entry(String code, double levelRatio, double growthPct, RegionType type, String reason) {}

    /**
     * @param nationalGrowthPct the country's growth by the same formula (kato "00")
     * @param notes             caveats about the period the user should see (e.g. the census break)
     */
    public record Result(int from, int to, double nationalGrowthPct, TypologyThresholds thresholds,
                         List<Entry> entries, List<String> notes) {
        public Result { entries = List.copyOf(entries); notes = List.copyOf(notes); }

        /** Type per region code, for the categorical map. */
        public Map<String, RegionType> types() {
            Map<String, RegionType> m = new LinkedHashMap<>();
            for (Entry e : entries) m.put(e.code(), e.type());
            return m;
        }

        /** Regions per type, every type listed, for the legend's counts. */
        public Map<RegionType, Integer> counts() {
            Map<RegionType, Integer> m = new EnumMap<>(RegionType.class);
            for (RegionType t : RegionType.values()) m.put(t, 0);
            for (Entry e : entries) m.merge(e.type(), 1, Integer::sum);
            return m;
        }
    }

    /** The rule itself, on already computed figures. */
    public static RegionType classify(double levelRatio, double growthPct, double nationalGrowthPct, TypologyThresholds t) {
        if (!Double.isFinite(levelRatio) || !Double.isFinite(growthPct) || !Double.isFinite(nationalGrowthPct)) return RegionType.NO_DATA;
        if (growthPct < t.declinePct()) return RegionType.DEPRESSED;
        if (growthPct < t.stagnationPct()) return RegionType.STAGNANT;
        boolean developed = levelRatio >= t.levelRatio();
        boolean fast = growthPct >= nationalGrowthPct + t.marginPp();
        if (developed) return fast ? RegionType.LEADING : RegionType.SLOWING;
        return fast ? RegionType.CATCHING_UP : RegionType.LAGGING;
    }

    /** The default period: the last three years of growth (from 2022, after the census break), ending in the latest year with data. */
    public static int[] defaultPeriod(IndicatorData data, Collection<String> codes) {
        int to = data.latestCompleteYear(VOLUME_INDEX, codes).orElseThrow(() ->
                new InvalidInputException("core.typology.noGrowthYear"));
        return new int[]{to - 3, to};
    }

    public static Result compute(IndicatorData data, int from, int to, List<String> codes, TypologyThresholds t) {
        if (to <= from) throw new InvalidInputException("core.typology.period", from, to);
        List<String> notes = new ArrayList<>();
        if (from < 2022 && to >= 2022)
            notes.add("the period spans the 2021 census: average population jumps in 2022 (national +3.3%), "
                    + "which lowers per-capita growth of every region; prefer --from 2022 or later");
        Growth national = growth(data, Region.NATIONAL, from, to);
        if (national.reason != null)
            throw new InvalidInputException("core.typology.noNationalGrowth", from, to, national.reason, data.years(VOLUME_INDEX));
        OptionalDouble nationalLevel = data.current(GRP_PER_CAPITA, to, Region.NATIONAL);
        if (nationalLevel.isEmpty())
            throw new InvalidInputException("core.typology.noNational", to, data.years(GRP_PER_CAPITA));

        List<Entry> entries = new ArrayList<>();
        for (String code : codes) {
            Growth g = growth(data, code, from, to);
            OptionalDouble level = data.current(GRP_PER_CAPITA, to, code);
            String reason = g.reason != null ? g.reason
                    : level.isEmpty() ? "no GRP per capita in " + to + " on today's territory" : "";
            double ratio = level.isPresent() ? level.getAsDouble() / nationalLevel.getAsDouble() : Double.NaN;
            RegionType type = reason.isEmpty() ? classify(ratio, g.pct, national.pct, t) : RegionType.NO_DATA;
            entries.add(new Entry(code, ratio, g.pct, type, reason));
        }
        return new Result(from, to, national.pct, t, entries, notes);
    }

    private record Growth(double pct, String reason) {}

    private static Growth growth(IndicatorData data, String code, int from, int to) {
        double chain = 1;
        for (int y = from + 1; y <= to; y++) {
            OptionalDouble v = data.current(VOLUME_INDEX, y, code);
            if (v.isEmpty()) return new Growth(Double.NaN, "no real GRP growth for " + y + " on today's territory");
            chain *= v.getAsDouble() / 100;
        }
        OptionalDouble n0 = data.current(POPULATION, from, code), n1 = data.current(POPULATION, to, code);
        if (n0.isEmpty() || n1.isEmpty()) return new Growth(Double.NaN, "no population for " + (n0.isEmpty() ? from : to));
        double perCapita = chain * n0.getAsDouble() / n1.getAsDouble();
        return new Growth(100 * (Math.pow(perCapita, 1.0 / (to - from)) - 1), null);
    }
}
