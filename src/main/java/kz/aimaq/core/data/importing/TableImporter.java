package kz.aimaq.core.data.importing;

import kz.aimaq.core.i18n.Text;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Observation;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds an accepted join to indicator data. Call it on {@link IndicatorData#copy()} and swap the
 * copy in only when it returns: if it refuses, the target is untouched (every observation is
 * built before the first is added).
 */
public final class TableImporter {

    /** What was added, and the notes on old-configuration rows to show the user. */
    public record Result(Indicator indicator, int observations, List<String> notes) {}

    private TableImporter() {}

    public static Result apply(JoinReport report, IndicatorData target, Indicator newIndicator) throws ImportException {
        if (newIndicator.id() == null || newIndicator.id().isBlank()) throw new ImportException(Text.of("core.import.noName"));
        if (target.catalog().byId(newIndicator.id()).isPresent()) {
            throw new ImportException(Text.of("core.import.exists", newIndicator.id()));
        }
        if (report.layout().kind() == TableLayout.Kind.WIDE && report.layout().yearColumns().containsValue(-1)) {
            throw new ImportException(Text.of("core.import.noYear"));
        }
        TerritoryRules.Filed filed = TerritoryRules.file(report);
        if (filed.values().isEmpty()) {
            throw new ImportException(Text.of("core.import.nothingJoined", report.source()));
        }
        String unit = newIndicator.unitEn() == null ? "" : newIndicator.unitEn();
        List<Observation> obs = new ArrayList<>();
        for (TerritoryRules.FiledValue v : filed.values()) {
            String note = "row " + v.row() + (v.note().isEmpty() ? "" : "; " + v.note());
            obs.add(new Observation(v.kato(), v.year(), newIndicator.id(), v.value(), unit, v.boundary(), report.source(), note));
        }
        target.catalog().add(newIndicator);
        obs.forEach(target::put);
        return new Result(newIndicator, obs.size(), filed.notes());
    }

    /** An indicator record for an imported table: names and unit as the user gave them, source = the file and sheet. */
    public static Indicator indicatorFor(String id, String name, String unit, JoinReport report) {
        return new Indicator(id, name, name, name, unit, unit, unit, Indicator.Kind.INTENSIVE, Indicator.Aggregation.NONE,
                Indicator.Direction.NEUTRAL, 1, "Imported from " + report.source(), report.source());
    }
}
