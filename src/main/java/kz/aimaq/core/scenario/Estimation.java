package kz.aimaq.core.scenario;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.territory.ConsistentPanel;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * β-convergence estimated on Kazakhstan's own history, on a consistent territory (every year on
 * the same units: the 2018 parents, South Kazakhstan whole), as docs/scenario-model.md
 * ("Estimation") describes.
 *
 * <p>Each observation is one unit and one growth year t: the dependent variable is the unit's real
 * per-capita growth minus the nation's, ln(v_i,t·N_i,t−1/N_i,t) − ln(v_t·N_t−1/N_t) with v the
 * volume index; the regressor is last year's log relative GRP per capita ln(y_i,t−1/ȳ_t−1) (current
 * prices, so the relative level is right whatever the price base). The slope b is negative when
 * poorer units grow faster; the engine closes the log gap by the factor 1 + b a year, so the
 * continuous-time rate is β = −ln(1 + b).
 *
 * @param from             first growth year (its lag is from − 1)
 * @param to               last growth year
 * @param units            the panel's units
 * @param observations     number of (unit, year) pairs used
 * @param beta             pooled OLS β (per year)
 * @param betaSe           its standard error (classical OLS, by the delta method through −ln(1 + b))
 * @param betaRegionEffects the within (region-effects) estimate; biased upwards in short panels (Nickell 1981)
 * @param betaRegionEffectsSe its standard error
 * @param residualSd       standard deviation of the pooled residuals: the size of region-specific growth shocks
 * @param nationalGrowth   geometric mean of the national volume index over the growth years
 * @param nationalGrowthSd standard deviation of national real growth over those years
 */
public record Estimation(int from, int to, List<String> units, int observations, double beta, double betaSe,
                         double betaRegionEffects, double betaRegionEffectsSe, double residualSd,
                         double nationalGrowth, double nationalGrowthSd) {

    public Estimation { units = List.copyOf(units); }

    /** The first and last growth years of the default estimation: the longest consistent period in the data. */
    public static final int DEFAULT_FROM = 2011, DEFAULT_TO = 2025;

    private static volatile Estimation bundled;

    /** Estimated on the bundled data, 2011–2025 (computed once). */
    public static Estimation bundled() {
        Estimation e = bundled;
        if (e == null) e = bundled = of(IndicatorData.bundled(), DEFAULT_FROM, DEFAULT_TO);
        return e;
    }

    /** Estimates on the growth years {@code from}..{@code to} (lags from {@code from − 1}). */
    public static Estimation of(IndicatorData data, int from, int to) {
        if (to - from < 2) throw new IllegalArgumentException("the estimation needs at least 3 growth years, got " + from + "–" + to);
        ConsistentPanel panel = ConsistentPanel.of(data, from - 1, to);
        List<String> units = panel.units();
        List<double[]> obs = new ArrayList<>(); // {unit index, x, dy}
        for (int t = from; t <= to; t++) {
            double sumY = 0, sumN = 0;
            boolean complete = true;
            for (String u : units) {
                OptionalDouble y = panel.value("grp", t - 1, u), n = panel.value("population_avg", t - 1, u);
                if (y.isEmpty() || n.isEmpty()) { complete = false; break; }
                sumY += y.getAsDouble();
                sumN += n.getAsDouble();
            }
            OptionalDouble vNat = data.current("grp_volume_index", t, Region.NATIONAL);
            OptionalDouble n0Nat = data.current("population_avg", t - 1, Region.NATIONAL), n1Nat = data.current("population_avg", t, Region.NATIONAL);
            if (!complete || vNat.isEmpty() || n0Nat.isEmpty() || n1Nat.isEmpty()) continue;
            double gNat = Math.log(vNat.getAsDouble() / 100 * n0Nat.getAsDouble() / n1Nat.getAsDouble());
            double lnYbar = Math.log(sumY / sumN);
            for (int k = 0; k < units.size(); k++) {
                String u = units.get(k);
                OptionalDouble v = panel.value("grp_volume_index", t, u), n1 = panel.value("population_avg", t, u);
                if (v.isEmpty() || n1.isEmpty()) continue; // e.g. Karaganda 2021: no index on the old territory
                double y0 = panel.value("grp", t - 1, u).getAsDouble(), n0 = panel.value("population_avg", t - 1, u).getAsDouble();
                double x = Math.log(y0 / n0) - lnYbar;
                double dy = Math.log(v.getAsDouble() / 100 * n0 / n1.getAsDouble()) - gNat;
                obs.add(new double[]{k, x, dy});
            }
        }
        int n = obs.size();
        if (n < 10) throw new IllegalArgumentException("too few observations (" + n + ") to estimate convergence in " + from + "–" + to);

        // pooled OLS with an intercept
        double mx = 0, my = 0;
        for (double[] o : obs) { mx += o[1]; my += o[2]; }
        mx /= n; my /= n;
        double sxx = 0, sxy = 0;
        for (double[] o : obs) { sxx += (o[1] - mx) * (o[1] - mx); sxy += (o[1] - mx) * (o[2] - my); }
        double b = sxy / sxx, a = my - b * mx, ssr = 0;
        for (double[] o : obs) { double r = o[2] - a - b * o[1]; ssr += r * r; }
        double s2 = ssr / (n - 2), seB = Math.sqrt(s2 / sxx);

        // within estimator: deviations from each unit's means
        int k = units.size();
        double[] ux = new double[k], uy = new double[k];
        int[] cnt = new int[k];
        for (double[] o : obs) { int u = (int) o[0]; ux[u] += o[1]; uy[u] += o[2]; cnt[u]++; }
        int groups = 0;
        for (int u = 0; u < k; u++) if (cnt[u] > 0) { ux[u] /= cnt[u]; uy[u] /= cnt[u]; groups++; }
        double wxx = 0, wxy = 0;
        for (double[] o : obs) { int u = (int) o[0]; wxx += (o[1] - ux[u]) * (o[1] - ux[u]); wxy += (o[1] - ux[u]) * (o[2] - uy[u]); }
        double bw = wxy / wxx, wssr = 0;
        for (double[] o : obs) { int u = (int) o[0]; double r = (o[2] - uy[u]) - bw * (o[1] - ux[u]); wssr += r * r; }
        double seW = Math.sqrt(wssr / (n - groups - 1) / wxx);

        double logSum = 0, sq = 0;
        int years = 0;
        for (int t = from; t <= to; t++) {
            OptionalDouble v = data.current("grp_volume_index", t, Region.NATIONAL);
            if (v.isEmpty()) continue;
            double g = v.getAsDouble() / 100;
            logSum += Math.log(g);
            years++;
        }
        double gNat = Math.exp(logSum / years) - 1, mean = 0;
        for (int t = from; t <= to; t++) {
            OptionalDouble v = data.current("grp_volume_index", t, Region.NATIONAL);
            if (v.isPresent()) mean += v.getAsDouble() / 100 - 1;
        }
        mean /= years;
        for (int t = from; t <= to; t++) {
            OptionalDouble v = data.current("grp_volume_index", t, Region.NATIONAL);
            if (v.isPresent()) sq += Math.pow(v.getAsDouble() / 100 - 1 - mean, 2);
        }
        double gSd = Math.sqrt(sq / (years - 1));
        return new Estimation(from, to, units, n, -Math.log(1 + b), seB / (1 + b),
                -Math.log(1 + bw), seW / (1 + bw), Math.sqrt(s2), gNat, gSd);
    }
}
