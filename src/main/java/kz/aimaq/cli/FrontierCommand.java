package kz.aimaq.cli;

import kz.aimaq.core.scenario.Frontier;
import kz.aimaq.core.scenario.FrontierPoint;
import kz.aimaq.core.scenario.FrontierResult;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aimaq frontier}: end-year national GRP, Theil and Atkinson welfare for α from 0 (all
 * redistribution) to 1 (all growth poles), and the welfare-maximising α as a last row marked
 * {@code optimal = true} (Brent's method between the grid points, so usually not on the grid).
 */
final class FrontierCommand implements Command {
    @Override public String name() { return "frontier"; }

    @Override public String usage() {
        return "frontier [--scenario mix|FILE] [--points 50] [--epsilon 0..5] [--budget B] [--financing national|levy] [--years N] [--history] "
                + "[--grouping five|five-plus-cities|FILE] [--weights queen|distance|none] [--gamma G] [--format csv|json]";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        // --scenario is optional here: the Managed-mix preset is the natural base for a sweep of α
        var opts = SimulateCommand.ScenarioOptions.read(args, "mix");
        int points = args.intOpt("points", Frontier.DEFAULT_POINTS);
        double epsilon = args.doubleOpt("epsilon", Frontier.DEFAULT_EPSILON);
        String format = Output.format(args);
        args.rejectUnknown();
        if (points < 2 || points > 10_000) throw new CliException("--points must be 2 to 10000, got " + points);
        if (!(epsilon >= 0 && epsilon <= Frontier.MAX_EPSILON)) {
            throw new CliException("--epsilon (inequality aversion) must be between 0 and " + Frontier.MAX_EPSILON + ", got " + epsilon);
        }

        FrontierResult f = opts.simulator().frontier(opts.scenario(), points, epsilon, null, null);
        List<String> header = List.of("alpha", "national_grp", "theil", "welfare", "optimal");
        List<List<Object>> rows = new ArrayList<>();
        for (FrontierPoint p : f.points()) rows.add(row(p, false));
        rows.add(row(f.optimum(), true));
        Output.rows(out, format, header, rows);
        return 0;
    }

    private static List<Object> row(FrontierPoint p, boolean optimal) {
        return List.of(SimulateCommand.round(p.alpha(), 6), SimulateCommand.round(p.nationalGrp(), 1),
                SimulateCommand.round(p.theil(), 6), SimulateCommand.round(p.welfare(), 1), optimal);
    }

}
