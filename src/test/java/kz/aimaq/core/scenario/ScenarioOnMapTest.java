package kz.aimaq.core.scenario;

import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.stats.Contiguity;
import kz.aimaq.core.stats.SpatialWeights;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The scenario model with the defaults the app uses: queen contiguity of the 2024 map and the "five" grouping. */
class ScenarioOnMapTest {

    @Test
    void presetsKeepTheirOrderingWithRealNeighbours() throws Exception {
        Calibration cal = Calibration.bundled();
        SpatialWeights queen = Contiguity.queen(RegionLayers.load(MapLevel.OBLAST));
        assertTrue(queen.neighbours("71").contains("11"), "Astana lies inside Akmola");
        Simulator sim = new Simulator(cal, queen, Groupings.preset("five"));
        ScenarioParameters p = cal.defaultParameters();
        YearState inertial = sim.run(Scenario.of(Preset.INERTIAL, p)).end();
        YearState poles = sim.run(Scenario.of(Preset.GROWTH_POLES, p)).end();
        YearState redistribution = sim.run(Scenario.of(Preset.REDISTRIBUTION, p)).end();
        assertTrue(redistribution.inequality().theil() < inertial.inequality().theil(),
                "2050 Theil: redistribution " + redistribution.inequality().theil() + " < inertial " + inertial.inequality().theil());
        assertTrue(poles.nationalGrp() > redistribution.nationalGrp(),
                "2050 GRP: poles " + poles.nationalGrp() + " > redistribution " + redistribution.nationalGrp());

        int akmola = cal.indexOf("11");
        double without = new Simulator(cal, null, null).run(Scenario.of(Preset.GROWTH_POLES, p)).end().grp()[akmola];
        assertTrue(poles.grp()[akmola] > without, "Akmola gains from Astana's spread (s 0.3 > w_b 0.2): "
                + poles.grp()[akmola] + " > " + without);
    }
}
