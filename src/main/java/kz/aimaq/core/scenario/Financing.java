package kz.aimaq.core.scenario;

import java.util.Locale;

/**
 * Who pays for the policy budget. Either way public money has a cost (docs/scenario-model.md, "Financing").
 */
public enum Financing {
    /**
     * National taxes, paid in proportion to each region's GRP. Each tenge raised costs the economy
     * λ − 1 tenge of output in the year it is raised (the excess burden of taxation, Dahlby 2008).
     */
    NATIONAL("national"),
    /**
     * A levy on the regions above the national average, in proportion to their GRP above it (like
     * the budget withdrawals from Kazakhstan's donor oblasts). On top of the excess burden, the donor
     * loses the public investment it would have made with that money: r0 per tenge, every year after.
     */
    LEVY("levy");

    public final String id;

    Financing(String id) { this.id = id; }

    public static Financing byId(String id) {
        String k = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (Financing f : values()) if (f.id.equals(k)) return f;
        throw new IllegalArgumentException("unknown financing '" + id + "'; use national or levy");
    }
}
