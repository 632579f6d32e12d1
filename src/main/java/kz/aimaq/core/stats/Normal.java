package kz.aimaq.core.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/** The standard normal distribution, shared by the tests of significance. */
final class Normal {
    private Normal() {}

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    static double cdf(double z) { return STANDARD.cumulativeProbability(z); }
}
