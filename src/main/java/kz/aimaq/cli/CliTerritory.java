package kz.aimaq.cli;

/**
 * The {@code --territory} option shared by table, render and groups: {@code by-year} (default)
 * shows a year on the territory that existed then (16 units before 2018, 17 in 2018–2021, 20
 * since 2022); {@code today} keeps today's 20 units, hatching values that exist only for an old unit.
 */
final class CliTerritory {
    private CliTerritory() {}

    static boolean byYear(Args args) {
        return args.choice("territory", "by-year", "by-year", "today").equals("by-year");
    }
}
