package kz.aimaq.core.stats;

/**
 * Theil T split by a grouping: {@code total = between + within} exactly (up to rounding).
 *
 * @param total   Theil T = Σ s_i ln(s_i/p_i) over regions
 * @param between Σ_g S_g ln(S_g/P_g): the inequality between group totals
 * @param within  Σ_g S_g T_g: each group's own Theil, weighted by its income share S_g
 */
public record TheilDecomposition(double total, double between, double within) {}
