package kz.aimaq.core.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Observation;

import java.util.ArrayList;
import java.util.List;

/** Workspaces built from the bundled data, as a planner's session would leave them. */
final class WorkspaceSamples {
    private WorkspaceSamples() {}

    static JsonNode json(String s) {
        try {
            return new ObjectMapper().readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Map on unemployment 2023 with manual breaks, one imported table (real GRP per capita rows), a grouping, a scenario. */
    static Workspace full() {
        IndicatorData data = IndicatorData.bundled();
        Indicator grppc = data.catalog().require("grp_per_capita");
        Indicator imported = new Indicator("my_grp_pc", "GRP per capita (ministry)", "ВРП на душу (министерство)",
                "Жан басына ЖӨӨ (министрлік)", grppc.unitEn(), grppc.unitRu(), grppc.unitKk(), grppc.kind(),
                grppc.aggregation(), grppc.direction(), grppc.decimals(), "imported from ministry.xlsx", "ministry.xlsx");
        List<Observation> rows = new ArrayList<>();
        for (Observation o : data.year("grp_per_capita", 2023).values()) {
            rows.add(new Observation(o.kato(), o.year(), "my_grp_pc", o.value(), o.unit(), o.boundary(), o.source(), o.note()));
        }
        MapSettings map = new MapSettings("district", "unemployment_rate", 2023, "manual", 4, "YlOrRd", true,
                List.of(4.5, 4.8, 5.0, 5.5), false, "kk");
        return Workspace.of(map)
                .withBoundaryFile("/home/planner/maps/kaz_adm2.shp")
                .withImportedTables(List.of(new ImportedTable(imported, rows)))
                .withImportMappings(json("[{\"file\":\"ministry.xlsx\",\"sheet\":\"2023\",\"codeColumn\":\"A\",\"valueColumn\":\"D\"}]"))
                .withGroupings(json("[{\"id\":\"macro5\",\"name\":\"Five macro-regions\",\"groups\":[{\"name\":\"West\",\"members\":[\"15\",\"23\",\"27\",\"47\"]}]}]"))
                .withScenarios(json("[{\"name\":\"Growth poles\",\"poles\":[\"71\",\"75\"],\"transfer\":0.15}]"))
                .withCompositeIndices(json("[{\"id\":\"wellbeing\",\"parts\":[{\"indicator\":\"grp_per_capita\",\"weight\":0.6},{\"indicator\":\"unemployment_rate\",\"weight\":0.4}]}]"));
    }

    static Workspace simple() {
        return Workspace.of(MapSettings.defaults("ru"));
    }
}
