package kz.aimaq.core.data;

import java.util.Locale;

/**
 * What an indicator is: its names, unit and how it aggregates over several regions.
 * Ids are those of ../shared/data/indicators (population_avg, grp, grp_per_capita, ...), so that
 * planners' scripts stay stable.
 */
public record Indicator(String id, String nameEn, String nameRu, String nameKk,
                        String unitEn, String unitRu, String unitKk,
                        Kind kind, Aggregation aggregation, Direction direction, int decimals,
                        String description, String source) {

    /** Extensive values add up over regions (population, GRP); intensive ones do not (rates, per-capita). */
    public enum Kind { EXTENSIVE, INTENSIVE }

    /** How a group of regions gets one value. */
    public enum Aggregation { SUM, POPULATION_WEIGHTED_MEAN, GRP_WEIGHTED_MEAN, AREA_WEIGHTED_MEAN, NONE }

    /** Whether more is better: drives palette direction and composite indices. */
    public enum Direction { HIGHER, LOWER, NEUTRAL }

    public String name(String lang) {
        return switch (norm(lang)) { case "kk" -> nameKk; case "ru" -> nameRu; default -> nameEn; };
    }

    public String unit(String lang) {
        return switch (norm(lang)) { case "kk" -> unitKk; case "ru" -> unitRu; default -> unitEn; };
    }

    public boolean isExtensive() { return kind == Kind.EXTENSIVE; }

    private static String norm(String lang) { return lang == null ? "en" : lang.toLowerCase(Locale.ROOT); }
}
