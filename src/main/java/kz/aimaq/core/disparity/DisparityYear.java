package kz.aimaq.core.disparity;

import kz.aimaq.core.stats.InequalityMeasures;
import kz.aimaq.core.territory.Territory;

import java.util.List;

/**
 * The disparity measures of one year.
 *
 * @param territory the configuration whose units were compared
 * @param units     the units with a value (and a population) that year, the order of the measures' inputs
 * @param missing   units of that territory without a value that year (left out, listed so the reader knows)
 * @param measures  every measure, weights = average annual population of the same units
 */
public record DisparityYear(int year, Territory territory, List<String> units, List<String> missing,
                            InequalityMeasures measures) {

    public DisparityYear {
        units = List.copyOf(units);
        missing = List.copyOf(missing);
    }

    public int unitCount() { return units.size(); }
}
