package kz.aimaq.core.scenario;

/**
 * One policy mix on the growth–equity frontier, measured in the scenario's end year.
 *
 * @param alpha       share of the budget to the poles
 * @param nationalGrp end-year national GRP, million KZT at base-year prices
 * @param theil       end-year Theil T of per-capita income across regions
 * @param welfare     W = ȳ·(1 − A_ε): the equally distributed equivalent per-capita income, thousand KZT
 */
public record FrontierPoint(double alpha, double nationalGrp, double theil, double welfare) {}
