package kz.aimaq.core.passport;

import java.util.List;

/**
 * Everything one region's passport shows, already worded in {@link #lang()}.
 *
 * @param kato        today's code of the region (one of the 20)
 * @param name        its full name ("Кызылординская область")
 * @param macroRegion its group in the default grouping with the grouping's name ("Юг (пять макрорегионов)")
 * @param typology    its typology class with the period ("Отстающий (проблемный), 2022–2025")
 * @param neighbours  names of the regions sharing a border with it (queen contiguity of today's map)
 * @param neighbourCodes their codes, for the locator map
 * @param figures     key figures, each for the latest year with a value
 * @param trends      2010–2025 series against the national line
 * @param notes       what the reader must know to read the page (rank rule, when a line starts, old borders)
 * @param sources     every figure's source, deduplicated, in the order of their numbers (1 = first)
 */
public record RegionPassport(String kato, String lang, String name, String shortName, String macroRegion, String typology,
                             List<String> neighbours, List<String> neighbourCodes, List<KeyFigure> figures,
                             List<Trend> trends, List<String> notes, List<String> sources) {

    public RegionPassport {
        neighbours = List.copyOf(neighbours);
        neighbourCodes = List.copyOf(neighbourCodes);
        figures = List.copyOf(figures);
        trends = List.copyOf(trends);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }

    /**
     * One key figure.
     *
     * @param value         formatted in the language's number format ("3 641,9")
     * @param national      the national figure of the same year, formatted, or "—" where none is published
     * @param rank          1 = highest value among the regions with a value that year on that year's territory
     * @param of            how many regions had a value
     * @param rankText      "11 из 20"
     * @param sourceNumbers numbers into {@link RegionPassport#sources()} (1-based)
     */
    public record KeyFigure(String indicator, String name, String unit, int year, double rawValue, String value,
                            String national, int rank, int of, String rankText, List<Integer> sourceNumbers) {
        public KeyFigure { sourceNumbers = List.copyOf(sourceNumbers); }
    }

    /**
     * A trend: the region's and the country's values per year (NaN where the region did not exist
     * or no value is published; the national line is empty for totals, where it would dwarf the region).
     *
     * @param firstYear the first year the region's line has a value
     */
    public record Trend(String indicator, String title, int decimals, double[] years, double[] region, double[] national,
                        int firstYear, List<Integer> sourceNumbers) {
        public Trend { sourceNumbers = List.copyOf(sourceNumbers); }

        public boolean hasNational() {
            for (double v : national) if (Double.isFinite(v)) return true;
            return false;
        }
    }
}
