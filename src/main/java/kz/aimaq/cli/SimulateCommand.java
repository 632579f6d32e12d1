package kz.aimaq.cli;

import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.scenario.*;
import kz.aimaq.core.stats.Contiguity;
import kz.aimaq.core.stats.DistanceBand;
import kz.aimaq.core.stats.SpatialWeights;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aimaq simulate}: one row per year of a policy scenario (national GRP and every disparity
 * measure), with P5/P50/P95 columns when {@code --runs} asks for a Monte Carlo, and per-region rows
 * with {@code --regions}. The model is documented in docs/scenario-model.md.
 */
final class SimulateCommand implements Command {
    @Override public String name() { return "simulate"; }

    @Override public String usage() {
        return "simulate --scenario inertial|growth-poles|redistribution|selective|mix|oil-poles|FILE [--alpha A] [--budget B] "
                + "[--financing national|levy] [--instruments infrastructure=S,human-capital=S,business=S,social=S] [--years N] [--history] [--runs N] [--seed S] [--grouping five|five-plus-cities|FILE] "
                + "[--weights queen|distance|none] [--gamma G] [--regions] " + Output.TARGET_OPTIONS
                + " | simulate --explain " + Output.TARGET_OPTIONS;
    }

    /** The most runs accepted on the command line, whatever the memory (and memory may allow fewer). */
    static final int MAX_RUNS = 1_000_000;

    @Override public int run(Args args, PrintStream out) throws Exception {
        if (args.flag("explain")) {
            Output.Target target = Output.target(args);
            args.rejectUnknown();
            explain(out, target);
            return 0;
        }
        ScenarioOptions opts = ScenarioOptions.read(args, null);
        int runs = args.intOpt("runs", 1);
        long seed = args.intOpt("seed", 42);
        boolean regions = args.flag("regions");
        Output.Target target = Output.target(args);
        args.rejectUnknown();
        if (runs < 1 || runs > MAX_RUNS) throw new CliException("--runs must be 1 to " + MAX_RUNS + ", got " + runs);
        int years = opts.scenario().horizon() + 1, regionCount = Calibration.bundled().size();
        if (runs > 1 && runs > MonteCarlo.maxRuns(years, regionCount)) {
            throw new CliException("--runs " + runs + " needs more memory than this Java has: at most "
                    + MonteCarlo.maxRuns(years, regionCount) + " runs over " + (years - 1) + " years (raise -Xmx in AIMAQ_JAVA_OPTS)");
        }

        Simulator sim = opts.simulator();
        Trajectory t = sim.run(opts.scenario());
        MonteCarloResult mc = runs > 1 ? sim.monteCarlo(opts.scenario(), runs, seed, Uncertainty.DEFAULT, null, null) : null;
        warnIfNotAbsorbed(t);

        List<String> header = new ArrayList<>();
        if (regions) header.addAll(List.of("kato", "year", "grp", "population", "grp_per_capita", "investment", "transfer",
                "transfer_pct_grp", "levy"));
        else header.add("year");
        for (Metric m : Metric.values()) header.add(m.column);
        if (mc != null) {
            for (Metric m : Metric.values()) for (String p : List.of("p5", "p50", "p95")) header.add(m.column + "_" + p);
            if (regions) for (String p : List.of("p5", "p50", "p95")) header.add("grp_per_capita_" + p);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int k = 0; k < t.years().size(); k++) {
            YearState s = t.years().get(k);
            List<Object> row = new ArrayList<>();
            if (regions) {
                double inv = 0, tr = 0, levy = 0;
                for (int i = 0; i < t.codes().size(); i++) { inv += s.investment()[i]; tr += s.transfer()[i]; levy += s.levy()[i]; }
                row.addAll(List.of("00", s.year(), round(s.nationalGrp(), 1), round(s.nationalPopulation(), 0),
                        round(s.nationalGrpPerCapita(), 1), round(inv, 1), round(tr, 1), round(100 * tr / s.nationalGrp(), 3),
                        round(levy, 1)));
            } else {
                row.add(s.year());
            }
            for (Metric m : Metric.values()) row.add(value(m, m.of(s)));
            if (mc != null) {
                for (Metric m : Metric.values()) {
                    Band b = mc.band(m);
                    row.add(value(m, b.p5()[k])); row.add(value(m, b.p50()[k])); row.add(value(m, b.p95()[k]));
                }
                if (regions) { row.add(null); row.add(null); row.add(null); }
            }
            rows.add(row);
        }
        if (regions) {
            int metricCells = Metric.values().length * (mc == null ? 1 : 4);
            for (int i = 0; i < t.codes().size(); i++) {
                for (int k = 0; k < t.years().size(); k++) {
                    YearState s = t.years().get(k);
                    List<Object> row = new ArrayList<>(List.of(t.codes().get(i), s.year(), round(s.grp()[i], 1),
                            round(s.population()[i], 0), round(s.grpPerCapita(i), 1), round(s.investment()[i], 1),
                            round(s.transfer()[i], 1), round(100 * s.transfer()[i] / s.grp()[i], 3), round(s.levy()[i], 1)));
                    for (int c = 0; c < metricCells; c++) row.add(null);
                    if (mc != null) {
                        Band b = mc.regionGrpPerCapita().get(i);
                        row.add(round(b.p5()[k], 1)); row.add(round(b.p50()[k], 1)); row.add(round(b.p95()[k], 1));
                    }
                    rows.add(row);
                }
            }
        }
        Scenario sc = opts.scenario();
        TableNotes notes = new TableNotes(target.lang()).period(t.years().getFirst().year(), t.years().getLast().year())
                .sourceKey("map.source.scenario", sc.name()).grouping(opts.grouping())
                .line("table.note.simulate", opts.weights(), runs, seed);
        Output.table(out, target, notes.text("table.title.simulate", sc.name()), header, rows, notes.build());
        return 0;
    }

    /** A visible warning (stderr, so the table stays machine-readable) when recipients cannot absorb the budget. */
    static void warnIfNotAbsorbed(Trajectory t) {
        double unabsorbed = 0, transferred = 0;
        int years = 0;
        for (YearState s : t.years()) {
            unabsorbed += s.unabsorbed();
            for (double v : s.transfer()) transferred += v;
            if (s.unabsorbed() > 0) years++;
        }
        if (unabsorbed > 0) {
            System.err.printf(java.util.Locale.ROOT, "aimaq: warning: the recipients cannot absorb the whole redistributive budget: "
                    + "%.1f trillion KZT (%.0f %% of what was asked) stays unspent in %d of %d years, because no region takes more "
                    + "than %.1f %% of its GRP a year (absorption cap)%n", unabsorbed / 1e6,
                    100 * unabsorbed / (unabsorbed + transferred), years, t.years().size() - 1,
                    100 * t.scenario().parameters().absorptionCap());
        }
    }

    /** {@code simulate --explain}: where the default β and national growth come from, with their uncertainty. */
    static void explain(PrintStream out, Output.Target target) throws IOException {
        Calibration cal = Calibration.bundled();
        Estimation e = cal.estimation();
        List<String> header = List.of("quantity", "value", "standard_error", "sample", "source");
        String sample = e.units().size() + " consistent-territory units (2018 parents, South Kazakhstan whole), growth years "
                + e.from() + "-" + e.to();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("beta_pooled", round(e.beta(), 5), round(e.betaSe(), 5), e.observations() + " unit-years; " + sample,
                "pooled OLS of relative real per-capita growth (grp_volume_index, population_avg) on last year's log relative GRP per capita (grp); the default"));
        rows.add(List.of("beta_region_effects", round(e.betaRegionEffects(), 5), round(e.betaRegionEffectsSe(), 5),
                e.observations() + " unit-years; " + sample,
                "within (region-effects) estimator; biased upwards in a panel this short (Nickell 1981), so not the default"));
        rows.add(List.of("half_life_years", round(Math.log(2) / e.beta(), 1), "", "", "ln 2 / beta_pooled"));
        rows.add(List.of("residual_sd", round(e.residualSd(), 5), "", e.observations() + " unit-years",
                "spread of regional growth around the pooled fit; the Monte Carlo's yearly region-specific shock"));
        rows.add(List.of("national_growth", round(e.nationalGrowth(), 5), round(e.nationalGrowthSd() / Math.sqrt(e.to() - e.from() + 1), 5),
                (e.to() - e.from() + 1) + " years " + e.from() + "-" + e.to(),
                "geometric mean of the national grp_volume_index; standard error = year-to-year sd / sqrt(years)"));
        rows.add(List.of("natural_increase", round(cal.naturalIncrease(), 5), "", cal.populationFrom() + "-" + cal.baseYear(),
                "national population_avg growth since the 2021 census; each region keeps its own deviation (see --regions population)"));
        TableNotes notes = new TableNotes(target.lang()).line("table.note.explain");
        Output.table(out, target, notes.text("table.title.explain"), header, rows, notes.build());
    }

    /** Rounded for reading (one rule for every table: {@link Metric#rounded}). */
    static Object value(Metric m, double v) {
        return m.rounded(v);
    }

    /** Rounded to a number of decimals; NaN and infinities stay what they are (Math.round would make them 0). */
    static double round(double v, int decimals) {
        if (!Double.isFinite(v)) return v;
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    /** The options shared by {@code simulate} and {@code frontier}, and the simulator they configure. */
    record ScenarioOptions(Scenario scenario, Grouping grouping, String weights, double gamma) {

        /** @param defaultScenario used when --scenario is absent; null makes it required */
        static ScenarioOptions read(Args args, String defaultScenario) throws IOException {
            Calibration cal = Calibration.bundled();
            String which = defaultScenario == null ? args.require("scenario") : args.get("scenario", defaultScenario);
            Scenario s;
            if (isPreset(which)) {
                s = Scenario.of(Preset.byId(which), cal.defaultParameters());
            } else {
                Path file = Path.of(which);
                if (!Files.exists(file)) {
                    throw new CliException("--scenario '" + which + "' is neither a preset (inertial, growth-poles, "
                            + "redistribution, selective, mix, oil-poles) nor an existing scenario file");
                }
                s = ScenarioJson.read(file, cal.defaultParameters(), cal.codes());
            }
            if (args.opt("alpha").isPresent()) s = s.withAlpha(args.doubleOpt("alpha", s.alpha()));
            if (args.opt("budget").isPresent()) s = s.withBudget(args.doubleOpt("budget", s.budget()));
            if (args.opt("years").isPresent()) s = s.withHorizon(args.intOpt("years", s.horizon()));
            if (args.flag("history")) s = s.withUseHistory(true);
            if (args.opt("instruments").isPresent()) s = s.withInstruments(instruments(args.get("instruments", "")));
            if (args.opt("financing").isPresent()) s = s.withFinancing(Financing.byId(args.choice("financing", "national", "national", "levy")));
            Grouping g = Groupings.presetOrFile(args.get("grouping", Groupings.DEFAULT_ID));
            String w = args.choice("weights", "queen", "queen", "distance", "none");
            double gamma = args.doubleOpt("gamma", DISTANCE_DECAY);
            if (!(gamma > 0)) throw new CliException("--gamma (distance decay) must be > 0, got " + gamma);
            return new ScenarioOptions(s, g, w, gamma);
        }

        /** "infrastructure=0.5,human-capital=0.3,business=0.2" → shares (normalised by the scenario). */
        static java.util.Map<Instrument, Double> instruments(String spec) {
            java.util.Map<Instrument, Double> m = new java.util.EnumMap<>(Instrument.class);
            for (String item : spec.split(",")) {
                String[] kv = item.trim().split("=");
                if (kv.length != 2) throw new CliException("--instruments items look like infrastructure=0.5, got '" + item + "'");
                try {
                    m.put(Instrument.byId(kv[0]), Double.parseDouble(kv[1].trim()));
                } catch (NumberFormatException e) {
                    throw new CliException("--instruments share of " + kv[0] + " is not a number: '" + kv[1] + "'");
                }
            }
            return m;
        }

        private static boolean isPreset(String id) {
            for (Preset p : Preset.values()) if (p != Preset.CUSTOM && p.id.equalsIgnoreCase(id)) return true;
            return false;
        }

        Simulator simulator() {
            return new Simulator(Calibration.bundled(), spatialWeights(), grouping);
        }

        /** γ of the distance-decay option d^−γ (design note default). */
        static final double DISTANCE_DECAY = 1.0;
        /** A band wider than the country (about 3,000 km across): every pair of centroids counts. */
        static final double ALL_PAIRS_KM = 10_000;

        /**
         * Queen contiguity of the 2024 oblast map, or inverse distance d^−γ between centroids; without
         * the map, no spillover and a note on stderr.
         */
        private SpatialWeights spatialWeights() {
            if (weights.equals("none")) return null;
            try {
                var layer = RegionLayers.load(MapLevel.OBLAST);
                return weights.equals("distance") ? DistanceBand.inverse(layer, ALL_PAIRS_KM, gamma) : Contiguity.queen(layer);
            } catch (IOException | RuntimeException e) {
                System.err.println("aimaq: note: no spatial weights (" + e.getMessage()
                        + "); simulating without spread and backwash from the poles");
                return null;
            }
        }
    }
}
