package kz.aimaq.core.scenario;

import kz.aimaq.core.group.Group;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.stats.SpatialWeights;
import org.junit.jupiter.api.Test;

import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/** The properties listed at the end of docs/scenario-model.md, on the bundled 2025 data. */
class ScenarioModelTest {
    private final Calibration cal = Calibration.bundled();
    private final ScenarioParameters defaults = cal.defaultParameters();
    private final SpatialWeights weights = TestWeights.enclaves(cal.codes());

    /** A grouping of the 20 regions into five macro-regions (the "five" convention of domain.md). */
    static Grouping five() {
        return new Grouping("five", "Five macro-regions", List.of(
                new Group("north", "North", "Север", "Солтүстік", "#1f77b4", List.of("11", "39", "59", "55", "71")),
                new Group("central", "Central", "Центр", "Орталық", "#ff7f0e", List.of("35", "62")),
                new Group("east", "East", "Восток", "Шығыс", "#2ca02c", List.of("63", "10")),
                new Group("west", "West", "Запад", "Батыс", "#d62728", List.of("15", "23", "27", "47")),
                new Group("south", "South", "Юг", "Оңтүстік", "#9467bd", List.of("19", "33", "31", "61", "43", "79", "75"))));
    }

    @Test
    void withoutPolicyOrMigrationTheLogGapHalvesInLn2OverBetaYears() {
        // b = 0, d = 0, μ = 0: every pairwise gap in ln y shrinks by e^(−β) a year, so sd(ln y) does too.
        ScenarioParameters p = defaults.withMigrationRate(0);
        Trajectory t = new Simulator(cal, weights, five()).run(Scenario.of(Preset.INERTIAL, p).withHorizon(30));
        double sd0 = t.base().inequality().sdLog(), sd30 = t.end().inequality().sdLog();
        double halfLife = 30 * Math.log(2) / Math.log(sd0 / sd30);
        double expected = Math.log(2) / kz.aimaq.core.scenario.Calibration.bundled().estimation().beta(); // 34.66 years
        assertEquals(expected, halfLife, 1.0, "sd(ln y) " + sd0 + " → " + sd30 + " in 30 years: half-life "
                + halfLife + " years, expected ln2/β = " + expected + " ± 1");
    }

    @Test
    void migrationMovesPeopleNotTheEstimatedConvergence() {
        // β was estimated on per-capita growth, which already holds migration's effect, so migration
        // changes where people and output are, not the pace at which per-capita gaps close (revision 2;
        // the first model let μ = 0.01 shorten the half-life below 30 years on top of β).
        Trajectory t = new Simulator(cal, weights, five()).run(Scenario.of(Preset.INERTIAL, defaults).withHorizon(30));
        double halfLife = 30 * Math.log(2) / Math.log(t.base().inequality().sdLog() / t.end().inequality().sdLog());
        assertEquals(Math.log(2) / defaults.beta(), halfLife, 1.0, "half-life ln2/β = 51.4 years with the estimated β = 0.0135");
        double moved = Arrays.stream(t.end().migrants()).map(Math::abs).sum();
        assertTrue(moved > 1000, "people do move as gaps change: " + moved);
    }

    @Test
    void inertialNationalGrowthIsTheCalibratedTrend() {
        Trajectory t = new Simulator(cal, weights, five()).run(Scenario.of(Preset.INERTIAL, defaults));
        for (int k = 1; k < t.years().size(); k++) {
            double g = t.years().get(k).nationalGrp() / t.years().get(k - 1).nationalGrp() - 1;
            assertEquals(cal.nationalGrowth(), g, 1e-12, "national growth in " + t.years().get(k).year());
        }
    }

    @Test
    void migrationConservesPopulationEveryYear() {
        for (Preset preset : List.of(Preset.INERTIAL, Preset.GROWTH_POLES, Preset.REDISTRIBUTION)) {
            Trajectory t = new Simulator(cal, weights, five()).run(Scenario.of(preset, defaults).withHorizon(30));
            // year 1 has no migration: it responds to changes in income gaps since the base year
            for (int k = 2; k < t.years().size(); k++) {
                YearState s = t.years().get(k);
                double sum = Arrays.stream(s.migrants()).sum();
                double moved = Arrays.stream(s.migrants()).map(Math::abs).sum();
                assertTrue(moved > 1000, "people do move (" + moved + " in " + s.year() + ")");
                assertEquals(0, sum, 1e-6 * moved, preset + " " + s.year() + ": Σ migrants = " + sum);
                // so the nation grows only by each region's own trend (n plus its deviation from the data)
                double expected = 0;
                YearState prev = t.years().get(k - 1);
                for (int i = 0; i < cal.size(); i++) {
                    expected += prev.population()[i] * (1 + defaults.naturalIncrease() + cal.populationDeviation()[i]);
                }
                assertEquals(expected, s.nationalPopulation(), 1e-6 * expected, preset + " " + s.year() + " national population");
            }
        }
    }

    @Test
    void redistributionLowersTheilAndPolesRaiseGrp() {
        for (SpatialWeights w : Arrays.asList(null, weights)) {
            Simulator sim = new Simulator(cal, w, five());
            YearState inertial = sim.run(Scenario.of(Preset.INERTIAL, defaults)).end();
            YearState poles = sim.run(Scenario.of(Preset.GROWTH_POLES, defaults)).end();
            YearState redistribution = sim.run(Scenario.of(Preset.REDISTRIBUTION, defaults)).end();
            String spill = w == null ? "no spillover" : "test borders";
            // 2050, no spillover: Theil 0.0816 (redistribution) < 0.0898 (inertial);
            // GRP 428.6 (poles) > 420.4 (redistribution) trillion KZT at 2025 prices. The first model gave
            // 0.0333 < 0.0423 and 575.9 > 548.6: textbook β = 0.02, μ speeding convergence, 4.94 % growth
            // from 2022-2025 only, linear pole returns and free money; the estimated defaults replace them.
            assertTrue(redistribution.inequality().theil() < inertial.inequality().theil(),
                    spill + ": Theil in " + inertial.year() + " redistribution " + redistribution.inequality().theil()
                            + " < inertial " + inertial.inequality().theil());
            assertTrue(poles.nationalGrp() > redistribution.nationalGrp(),
                    spill + ": national GRP in " + poles.year() + " growth poles " + poles.nationalGrp()
                            + " > redistribution " + redistribution.nationalGrp() + " million KZT");
            assertTrue(poles.inequality().theil() > inertial.inequality().theil(),
                    spill + ": poles widen the gap: Theil " + poles.inequality().theil() + " > " + inertial.inequality().theil());
        }
        Simulator plain = new Simulator(cal, null, five());
        assertEquals(0.0816, plain.run(Scenario.of(Preset.REDISTRIBUTION, defaults)).end().inequality().theil(), 5e-4);
        assertEquals(0.0898, plain.run(Scenario.of(Preset.INERTIAL, defaults)).end().inequality().theil(), 5e-4);
        assertEquals(428.6e6, plain.run(Scenario.of(Preset.GROWTH_POLES, defaults)).end().nationalGrp(), 0.1e6);
        assertEquals(420.4e6, plain.run(Scenario.of(Preset.REDISTRIBUTION, defaults)).end().nationalGrp(), 0.1e6);
    }

    @Test
    void spilloversFollowTheSignOfSpreadMinusBackwash() {
        int akmola = cal.indexOf("11");
        double none = new Simulator(cal, null, null).run(Scenario.of(Preset.GROWTH_POLES, defaults)).end().grp()[akmola];
        double trickle = new Simulator(cal, weights, null).run(Scenario.of(Preset.GROWTH_POLES, defaults)).end().grp()[akmola];
        double drain = new Simulator(cal, weights, null).run(Scenario.of(Preset.GROWTH_POLES,
                defaults.withSpreadAndBackwash(0.1, 0.4))).end().grp()[akmola];
        assertTrue(trickle > none, "Akmola, beside Astana, gains with s > w_b: " + trickle + " > " + none);
        assertTrue(drain < none, "and loses with s < w_b: " + drain + " < " + none);
    }

    @Test
    void selectiveSupportGoesToTheTargetOnly() {
        Simulator sim = new Simulator(cal, null, null);
        Trajectory inertial = sim.run(Scenario.of(Preset.INERTIAL, defaults));
        Trajectory selective = sim.run(Scenario.of(Preset.SELECTIVE, defaults));
        int kyzylorda = cal.indexOf("43");
        YearState a = inertial.years().get(1), b = selective.years().get(1);
        // first year: Kyzylorda receives 0.06 % of 2025 national GRP (3.1 % of its own, under the 4 % cap),
        // c = 0.5 of it shows as income
        double transfer = Preset.SELECTIVE_BUDGET * Arrays.stream(cal.grp()).sum();
        assertEquals(transfer, b.transfer()[kyzylorda], 1e-6);
        assertEquals(a.income()[kyzylorda] + 0.5 * transfer, b.income()[kyzylorda] - (b.grp()[kyzylorda] - a.grp()[kyzylorda]), 1e-3);
        for (int i = 0; i < cal.size(); i++) {
            // the others only pay: national taxes ∝ GRP, whose excess burden (λ − 1 = 0.3 per tenge) they lose that year
            if (i != kyzylorda) {
                assertEquals(a.grp()[i] - (defaults.marginalCostOfFunds() - 1) * b.levy()[i], b.grp()[i], 1e-6,
                        "region " + cal.codes().get(i) + " pays only its share in year 1");
                assertEquals(0, b.transfer()[i]);
            }
        }
        assertTrue(selective.end().grpPerCapita(kyzylorda) > inertial.end().grpPerCapita(kyzylorda));
        // the map view of a result: base year = BNS 2025 GRP per capita, Kyzylorda 3,605.5 thousand KZT
        assertEquals(3605.5, selective.grpPerCapita(2025).get("43"), 0.05);
        assertEquals(20, selective.grpPerCapita(2050).size());
        assertThrows(IllegalArgumentException.class, () -> selective.grpPerCapita(2051));
    }

    @Test
    void regionOrderDoesNotChangeResults() {
        List<String> shuffled = new ArrayList<>(cal.codes());
        Collections.shuffle(shuffled, new Random(3));
        Calibration other = cal.reorder(shuffled);
        for (Preset preset : List.of(Preset.GROWTH_POLES, Preset.MIX)) {
            Scenario s = Scenario.of(preset, defaults).withUseHistory(true);
            Trajectory a = new Simulator(cal, weights, five()).run(s);
            Trajectory b = new Simulator(other, weights.reorder(shuffled), five()).run(s);
            for (int k = 0; k < a.years().size(); k++) {
                YearState x = a.years().get(k), y = b.years().get(k);
                assertEquals(x.nationalGrp(), y.nationalGrp(), 1e-9 * x.nationalGrp());
                assertEquals(x.inequality().theil(), y.inequality().theil(), 1e-12);
                assertEquals(x.inequality().theilBetween(), y.inequality().theilBetween(), 1e-12);
                assertEquals(x.inequality().giniWeighted(), y.inequality().giniWeighted(), 1e-12);
                for (String code : cal.codes()) {
                    assertEquals(x.grp()[a.indexOf(code)], y.grp()[b.indexOf(code)], 1e-9 * x.grp()[a.indexOf(code)],
                            preset + " " + code + " " + x.year());
                }
            }
        }
    }

    @Test
    void theilSplitAddsUpEveryYear() {
        Trajectory t = new Simulator(cal, weights, five()).run(Scenario.of(Preset.MIX, defaults));
        for (YearState s : t.years()) {
            assertEquals(s.inequality().theil(), s.inequality().theilBetween() + s.inequality().theilWithin(), 1e-12);
            assertTrue(s.inequality().theilBetween() > 0);
        }
    }

    @Test
    void unknownRegionsAndBadRangesAreRefusedWithTheirValue() {
        Scenario bad = Scenario.of(Preset.SELECTIVE, defaults).withTargets(List.of("99"));
        var e = assertThrows(IllegalArgumentException.class, () -> new Simulator(cal, null, null).run(bad));
        assertTrue(e.getMessage().contains("'99'"), e.getMessage());
        var h = assertThrows(IllegalArgumentException.class, () -> Scenario.of(Preset.MIX, defaults).withHorizon(40));
        assertTrue(h.getMessage().contains("40"), h.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Scenario.of(Preset.MIX, defaults).withAlpha(1.5));
    }
}
