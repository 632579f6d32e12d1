package kz.aimaq.core.scenario;

import java.util.Locale;

/**
 * The families of selective regional policy a budget can be split into, each with its own return
 * (relative to r0), lag before the return starts and share consumed at once. The numbers and their
 * sources are in docs/scenario-model.md ("Instruments"); they are ranked as the literature ranks
 * them, the exact values are assumptions a planner can see and change in a scenario file.
 */
public enum Instrument {
    /** Roads, utilities, connectivity: the public-capital return, after construction. */
    INFRASTRUCTURE("infrastructure", 1.0, 3, 0.0),
    /** Schools, training, health: slow, the largest long-run return. */
    HUMAN_CAPITAL("human-capital", 1.5, 5, 0.2),
    /** Grants and credit to firms: fast, smaller, about half crowds out investment firms would have made anyway. */
    BUSINESS_SUPPORT("business", 0.5, 1, 0.0),
    /** Social transfers to households: spent at once, little growth. */
    SOCIAL_TRANSFERS("social", 0.1, 0, 0.9);

    public final String id;
    /** Return relative to r0 (1 = the public-capital return). */
    public final double relativeReturn;
    /** Years between spending and the first growth it brings. */
    public final int lag;
    /** Share raising the recipient's income in the year paid (transfers to lagging regions only). */
    public final double consumption;

    Instrument(String id, double relativeReturn, int lag, double consumption) {
        this.id = id;
        this.relativeReturn = relativeReturn;
        this.lag = lag;
        this.consumption = consumption;
    }

    public static Instrument byId(String id) {
        String k = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (Instrument i : values()) if (i.id.equals(k)) return i;
        throw new IllegalArgumentException("unknown instrument '" + id + "'; use infrastructure, human-capital, business or social");
    }
}
