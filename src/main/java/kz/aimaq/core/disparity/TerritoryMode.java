package kz.aimaq.core.disparity;

import java.util.Locale;

/** Which units a disparity series compares each year. */
public enum TerritoryMode {
    /** Each year on the territory that existed then: 16 units before 2018, 17 in 2018–2021, 20 since 2022. */
    BY_YEAR,
    /**
     * The same units every year: those of the oldest configuration in the period
     * ({@link kz.aimaq.core.territory.ConsistentPanel}), so a jump in a measure is not a border change.
     */
    CONSISTENT;

    /** "by-year" / "consistent", as the CLI spells it. */
    public String id() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public static TerritoryMode byId(String id) {
        for (TerritoryMode m : values()) if (m.id().equalsIgnoreCase(id)) return m;
        throw new IllegalArgumentException("Unknown territory mode '" + id + "'; use by-year or consistent");
    }
}
