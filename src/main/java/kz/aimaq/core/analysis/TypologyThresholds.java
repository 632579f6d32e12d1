package kz.aimaq.core.analysis;

import kz.aimaq.core.i18n.InvalidInputException;

/**
 * The editable thresholds of the region typology.
 *
 * @param levelRatio     GRP per capita relative to the national value at or above which a region
 *                       counts as developed (1.0 = the national average)
 * @param stagnationPct  average annual real growth of GRP per capita (% per year) below which a
 *                       region is stagnant
 * @param declinePct     growth below which a region is depressed (0 = any decline); must not exceed
 *                       {@code stagnationPct}
 * @param marginPp       how many percentage points above national growth a region must grow to count
 *                       as fast (0 = at least the national rate)
 */
public record TypologyThresholds(double levelRatio, double stagnationPct, double declinePct, double marginPp) {

    public static final TypologyThresholds DEFAULT = new TypologyThresholds(1.0, 1.0, 0.0, 0.0);

    public TypologyThresholds {
        if (!(levelRatio > 0)) throw new InvalidInputException("core.typology.level", levelRatio);
        if (declinePct > stagnationPct)
            throw new InvalidInputException("core.typology.decline", declinePct, stagnationPct);
    }

    public TypologyThresholds withLevelRatio(double v) { return new TypologyThresholds(v, stagnationPct, declinePct, marginPp); }
    public TypologyThresholds withStagnationPct(double v) { return new TypologyThresholds(levelRatio, v, declinePct, marginPp); }
    public TypologyThresholds withDeclinePct(double v) { return new TypologyThresholds(levelRatio, stagnationPct, v, marginPp); }
    public TypologyThresholds withMarginPp(double v) { return new TypologyThresholds(levelRatio, stagnationPct, declinePct, v); }
}
