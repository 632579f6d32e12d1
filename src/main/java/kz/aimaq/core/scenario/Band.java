package kz.aimaq.core.scenario;

/**
 * Percentiles of a series across Monte Carlo runs, one value per year offset t = 0 … horizon.
 * Percentiles interpolate linearly between order statistics (Hyndman &amp; Fan type 7, as in R and NumPy).
 */
public record Band(double[] p5, double[] p50, double[] p95) {}
