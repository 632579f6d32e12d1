package kz.aimaq.core.regionalize;

/**
 * An optional floor on the population of every group (SKATER's and REDCAP's "minimum size"
 * constraint, Assunção et al. 2006, section 3.2).
 *
 * @param population    population of each region, in the attributes' row order (null: no floor)
 * @param minPopulation the smallest total population a group may have (0: no floor)
 */
public record Constraint(double[] population, double minPopulation) {

    public Constraint {
        if (minPopulation < 0 || !Double.isFinite(minPopulation)) throw new IllegalArgumentException("the minimum population must be 0 or more, got " + minPopulation);
        if (minPopulation > 0 && population == null) throw new IllegalArgumentException("a minimum population needs the regions' populations");
        if (population != null) for (double p : population) if (!(p >= 0)) throw new IllegalArgumentException("populations must be 0 or more");
    }

    public static Constraint none() { return new Constraint(null, 0); }

    public static Constraint minPopulation(double[] population, double min) { return new Constraint(population, min); }

    public boolean active() { return minPopulation > 0; }

    double populationOf(int i) { return population == null ? 0 : population[i]; }
}
