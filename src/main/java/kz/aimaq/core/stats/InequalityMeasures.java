package kz.aimaq.core.stats;

/**
 * Every disparity measure Aimaq reports for one year, computed on per-capita income across regions.
 * Weighted measures weight regions by population; unweighted ones count each region once.
 *
 * @param gini                unweighted Gini of y
 * @param giniWeighted        population-weighted Gini of y
 * @param theil               Theil T (GRP shares against population shares)
 * @param theilBetween        between-group part of Theil T for the grouping used
 * @param theilWithin         within-group part; theilBetween + theilWithin = theil
 * @param williamson          population-weighted coefficient of variation
 * @param cv                  unweighted coefficient of variation (population standard deviation / mean)
 * @param maxMinRatio         richest region's y over the poorest's
 * @param regionsBelowAverage regions with y below the national average ΣY/ΣN
 * @param sdLog               unweighted standard deviation of ln y (σ-convergence)
 */
public record InequalityMeasures(double gini, double giniWeighted, double theil, double theilBetween,
                                 double theilWithin, double williamson, double cv, double maxMinRatio,
                                 int regionsBelowAverage, double sdLog) {}
