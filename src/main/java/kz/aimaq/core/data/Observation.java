package kz.aimaq.core.data;

/**
 * One published (or derived) figure: a region's value of an indicator in a year, with the
 * territory it describes and where it comes from.
 *
 * @param kato     two-digit KATO code ("00" = national total)
 * @param boundary which territory: current, pre-2022 (parent oblast before the 2022 split), pre-2018
 *                 (South Kazakhstan), or unstated (the source does not say: drawn on no map)
 */
public record Observation(String kato, int year, String indicator, double value, String unit,
                          Boundary boundary, String source, String note) {

    public enum Boundary {
        CURRENT, PRE_2022, PRE_2018, UNSTATED;

        public static Boundary parse(String s) {
            return switch (s == null ? "" : s.trim()) {
                case "pre-2022" -> PRE_2022;
                case "pre-2018" -> PRE_2018;
                case "unstated" -> UNSTATED;
                default -> CURRENT;
            };
        }
    }

    /**
     * True for a value computed from two published ones (datasets/make_datasets.py marks its note
     * "derived: ..."), e.g. GRP per capita 2023-2025 = GRP / population, rounded to 0.1.
     */
    public boolean isDerived() { return note != null && note.startsWith("derived:"); }

    /** True when the value describes an older unit's territory (the parent before 2022, South Kazakhstan). */
    public boolean onOldTerritory() { return boundary == Boundary.PRE_2022 || boundary == Boundary.PRE_2018; }

    /** True when the value describes today's territory of that code, so it may be drawn on the 2024 map. */
    public boolean onCurrentTerritory() { return boundary == Boundary.CURRENT; }
}
