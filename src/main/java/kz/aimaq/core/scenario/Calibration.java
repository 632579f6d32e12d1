package kz.aimaq.core.scenario;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;

import java.util.*;

/**
 * The starting point of every scenario, read from the data: base-year GRP and population of each
 * region, and the three rates the data can tell us (national trend growth, natural increase and
 * each region's recent growth relative to the nation). How each is derived is documented in
 * docs/scenario-model.md ("Calibration").
 *
 * @param baseYear           latest year in which all regions have current-territory GRP and population
 * @param codes              region codes (two-digit KATO), the order of every array here
 * @param grp                base-year GRP, million KZT (current prices of the base year = the model's constant prices)
 * @param population         base-year average annual population, persons
 * @param nationalGrowth     g_nat: geometric mean of national real growth over the history window
 * @param naturalIncrease    n: annual national population growth over the population window
 * @param historyDeviation   d(i) for the "use history" option: mean of (regional − national) real
 *                           growth over the history window, centred so that Σ s_i d_i = 0 (base-year GRP shares)
 * @param historyFrom        first year of the history window (grp_volume_index)
 * @param historyTo          last year of the history window
 * @param populationFrom     first year of the population-growth window
 * @param populationDeviation each region's population trend minus the national one over the population
 *                           window (Astana gains, the North loses); the model adds it to n
 * @param estimation         β and the national trend estimated on the consistent-territory history
 */
public record Calibration(int baseYear, List<String> codes, double[] grp, double[] population,
                          double nationalGrowth, double naturalIncrease, double[] historyDeviation,
                          int historyFrom, int historyTo, int populationFrom, double[] populationDeviation,
                          Estimation estimation) {

    public Calibration {
        codes = List.copyOf(codes);
        Objects.requireNonNull(estimation, "estimation");
        if (grp.length != codes.size() || population.length != codes.size() || historyDeviation.length != codes.size()
                || populationDeviation.length != codes.size()) {
            throw new IllegalArgumentException("calibration arrays must have one value per region");
        }
        if (new HashSet<>(codes).size() != codes.size()) throw new IllegalArgumentException("duplicate region code");
    }

    /**
     * First year of the population-growth window: 2022, the first average-population year after the
     * 2021 census (the series jumps 19.00 → 19.63 million between 2021 and 2022 because of the census,
     * not because of growth).
     */
    public static final int POPULATION_FROM = 2022;

    private static volatile Calibration bundled;

    /** Calibrated on the bundled datasets for the 20 current regions (computed once). */
    public static Calibration bundled() {
        Calibration c = bundled;
        if (c == null) c = bundled = fromData(IndicatorData.bundled(), RegionCatalog.bundled());
        return c;
    }

    public static Calibration fromData(IndicatorData data, RegionCatalog regions) {
        List<String> codes = regions.current().stream().map(Region::kato).toList();
        int grpYear = data.latestCompleteYear("grp", codes).orElseThrow(
                () -> new IllegalStateException("no year with GRP for all " + codes.size() + " regions"));
        int popYear = data.latestCompleteYear("population_avg", codes).orElseThrow(
                () -> new IllegalStateException("no year with population for all " + codes.size() + " regions"));
        int base = Math.min(grpYear, popYear);
        while (!complete(data, "grp", base, codes) || !complete(data, "population_avg", base, codes)) base--;
        int n = codes.size();
        double[] grp = new double[n], pop = new double[n];
        for (int i = 0; i < n; i++) {
            grp[i] = data.current("grp", base, codes.get(i)).getAsDouble();
            pop[i] = data.current("population_avg", base, codes.get(i)).getAsDouble();
        }

        // History window: the run of years up to the base year in which the nation and every
        // region have a real growth index on today's territory (2022-2025 in the bundled data:
        // Ulytau's index starts in 2022).
        List<String> withNation = new ArrayList<>(codes);
        withNation.add(Region.NATIONAL);
        int to = base;
        while (to > 0 && !complete(data, "grp_volume_index", to, withNation)) to--;
        if (to == 0) throw new IllegalStateException("no year with a real growth index for every region");
        int from = to;
        while (complete(data, "grp_volume_index", from - 1, withNation)) from--;

        // d(i) for "use history": mean relative real per-capita growth over the window. Population
        // trends are modelled separately, so the deviation is per capita, not of GRP volume.
        double[] d = new double[n];
        double total = Arrays.stream(grp).sum(), weighted = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int y = from; y <= to; y++) {
                s += Math.log(index(data, y, codes.get(i)) * pop(data, y - 1, codes.get(i)) / pop(data, y, codes.get(i)))
                        - Math.log(index(data, y, Region.NATIONAL) * pop(data, y - 1, Region.NATIONAL) / pop(data, y, Region.NATIONAL));
            }
            d[i] = s / (to - from + 1);
            weighted += grp[i] / total * d[i];
        }
        for (int i = 0; i < n; i++) d[i] -= weighted;

        // Population: each region keeps its own trend since the census (the North loses people,
        // Astana gains several per cent a year); the national rate is n, the regions' deviations
        // from it are data. Migration in the model responds only to changes in income gaps.
        int popFrom = Math.min(POPULATION_FROM, base - 1);
        double nat = ScenarioParameters.NATURAL_INCREASE_FALLBACK;
        double[] popDev = new double[n];
        var p0 = data.current("population_avg", popFrom, Region.NATIONAL);
        var p1 = data.current("population_avg", base, Region.NATIONAL);
        if (p0.isPresent() && p1.isPresent() && base > popFrom) {
            nat = Math.pow(p1.getAsDouble() / p0.getAsDouble(), 1.0 / (base - popFrom)) - 1;
            for (int i = 0; i < n; i++) {
                var r0 = data.current("population_avg", popFrom, codes.get(i));
                if (r0.isPresent()) popDev[i] = Math.pow(pop[i] / r0.getAsDouble(), 1.0 / (base - popFrom)) - 1 - nat;
            }
        }
        // β and national trend growth: estimated on the longest consistent-territory period
        Estimation est = Estimation.of(data, Estimation.DEFAULT_FROM, base);
        double gNat = est.nationalGrowth();
        return new Calibration(base, codes, grp, pop, gNat, nat, d, from, to, popFrom, popDev, est);
    }

    private static boolean complete(IndicatorData data, String indicator, int year, List<String> codes) {
        for (String k : codes) if (data.current(indicator, year, k).isEmpty()) return false;
        return true;
    }

    /** The index as a growth factor: 105.1 % of the previous year → 1.051. */
    private static double index(IndicatorData data, int year, String kato) {
        return data.current("grp_volume_index", year, kato).getAsDouble() / 100;
    }

    private static double pop(IndicatorData data, int year, String kato) {
        return data.current("population_avg", year, kato).getAsDouble();
    }

    /** The documented defaults with this calibration's estimated β, national growth and natural increase. */
    public ScenarioParameters defaultParameters() {
        return ScenarioParameters.defaults(nationalGrowth, estimation.beta(), naturalIncrease);
    }

    public int size() { return codes.size(); }

    public int indexOf(String code) { return codes.indexOf(code); }

    /** The same calibration with regions in another order (used to check that order does not matter). */
    public Calibration reorder(List<String> order) {
        if (order.size() != codes.size() || !new HashSet<>(order).equals(new HashSet<>(codes))) {
            throw new IllegalArgumentException("a new order must list the same region codes");
        }
        int n = order.size();
        double[] g = new double[n], p = new double[n], d = new double[n], m = new double[n];
        for (int i = 0; i < n; i++) {
            int k = indexOf(order.get(i));
            g[i] = grp[k]; p[i] = population[k]; d[i] = historyDeviation[k]; m[i] = populationDeviation[k];
        }
        return new Calibration(baseYear, order, g, p, nationalGrowth, naturalIncrease, d, historyFrom, historyTo,
                populationFrom, m, estimation);
    }
}
