package kz.aimaq.core.scenario;

import kz.aimaq.core.stats.InequalityMeasures;

/**
 * The simulated economy in one year. Arrays follow {@link Trajectory#codes()}; do not modify them.
 *
 * @param year        calendar year (base year + t)
 * @param nationalGrp Σ GRP, million KZT at base-year prices
 * @param grp         regional GRP (production), million KZT at base-year prices
 * @param income      regional income = GRP + the consumed share of transfers received that year
 * @param population  average population, persons
 * @param migrants    net migrants received during the year (negative = left); they sum to zero
 * @param inequality  disparity of per-capita income (income / population) across regions
 * @param investment  policy investment received by each pole that year, million KZT
 * @param transfer    transfers received by each lagging region or target that year (after the absorption cap), million KZT
 * @param levy        each region's share of financing that year (national taxes or the levy), million KZT
 * @param unabsorbed  redistributive budget asked for above the recipients' absorption cap, not spent, million KZT
 */
public record YearState(int year, double nationalGrp, double[] grp, double[] income, double[] population,
                        double[] migrants, InequalityMeasures inequality, double[] investment, double[] transfer,
                        double[] levy, double unabsorbed) {

    /** GRP per capita of region i, thousand KZT per person (the unit of BNS's published figure). */
    public double grpPerCapita(int i) { return grp[i] / population[i] * 1000; }

    /** Income per capita of region i, thousand KZT per person. */
    public double incomePerCapita(int i) { return income[i] / population[i] * 1000; }

    public double nationalPopulation() {
        double s = 0;
        for (double v : population) s += v;
        return s;
    }

    /** National GRP per capita, thousand KZT per person. */
    public double nationalGrpPerCapita() { return nationalGrp / nationalPopulation() * 1000; }
}
