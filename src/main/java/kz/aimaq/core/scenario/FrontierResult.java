package kz.aimaq.core.scenario;

import java.util.List;

/**
 * The α sweep and the welfare-maximising mix.
 *
 * @param points  evenly spaced α from 0 to 1
 * @param epsilon inequality aversion ε used for the welfare
 * @param optimum the α maximising W (refined by Brent's method around the best grid point)
 */
public record FrontierResult(List<FrontierPoint> points, double epsilon, FrontierPoint optimum) {}
