package kz.aimaq.core.analysis;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorCatalog;
import kz.aimaq.core.data.Ratio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Warns when a composite index uses a total (an extensive indicator such as emissions or
 * doctors): a region then scores well or badly mostly for its size. Where the catalogue has a
 * per-capita form of that total ({@code datasets/indicator_ratios.csv}: e.g. emissions →
 * {@code air_emissions_per_capita_t}), the warning names it.
 *
 * @param indicator   the total in the index
 * @param alternative the rate to use instead, if the catalogue has one
 */
public record TotalsWarning(String indicator, Optional<String> alternative) {

    public static List<TotalsWarning> of(IndexSpec spec, IndicatorCatalog catalog) {
        List<TotalsWarning> out = new ArrayList<>();
        for (String id : spec.indicators()) {
            Optional<Indicator> i = catalog.byId(id);
            if (i.isEmpty() || !i.get().isExtensive()) continue;
            Optional<String> rate = catalog.ratios().stream()
                    .filter(r -> r.numerator().equals(id) && r.denominator().equals("population_avg"))
                    .map(Ratio::indicator).findFirst();
            out.add(new TotalsWarning(id, rate));
        }
        return out;
    }

    /** One line in English for the command line. */
    public String message() {
        return indicator + " is a total: regions score by their size"
                + alternative.map(a -> "; use its per-capita form " + a).orElse("; use a per-capita or rate indicator");
    }
}
