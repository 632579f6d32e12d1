package kz.aimaq.core.workspace;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.Observation;

import java.util.List;

/**
 * An indicator the user imported from a table, with its values. Saved whole (not as a link to
 * the source spreadsheet) so the workspace opens on another computer without the original file.
 */
public record ImportedTable(Indicator indicator, List<Observation> observations) {
    public ImportedTable {
        observations = observations == null ? List.of() : List.copyOf(observations);
    }
}
