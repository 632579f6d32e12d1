/**
 * Regionalisation: partitions of regions into k spatially contiguous groups proposed by the data,
 * and the figures that compare a proposal with the official macro-regions.
 *
 * <p>Methods, one class each, all deterministic:
 * <ul>
 *   <li>{@link kz.aimaq.core.regionalize.Skater} (Assunção, Neves, Câmara &amp; Freitas 2006): a
 *       minimum spanning tree of the contiguity graph, edge cost the squared distance between the
 *       regions' standardised attributes, cut edge by edge where the cut lowers the total
 *       within-group sum of squares most;</li>
 *   <li>{@link kz.aimaq.core.regionalize.Redcap} (Guo 2008, Full-Order-CLK): the tree is built by
 *       contiguity-constrained complete-linkage clustering instead, then cut in the same way;</li>
 *   <li>{@link kz.aimaq.core.regionalize.KMeans}: k-means without contiguity (seeded restarts), the
 *       unconstrained yardstick a planner compares the contiguous proposals with.</li>
 * </ul>
 * The shared pieces: {@link kz.aimaq.core.regionalize.Attributes} (standardised, optionally weighted
 * attribute matrix), {@link kz.aimaq.core.regionalize.RegionGraph} (the contiguity graph from
 * {@link kz.aimaq.core.stats.SpatialWeights}), {@link kz.aimaq.core.regionalize.TreePartition} (the
 * greedy pruning both tree methods use, with the optional minimum population per group) and
 * {@link kz.aimaq.core.regionalize.Fit} (within-group sum of squares, between/total ratio, the
 * between-group share of Theil).
 *
 * <pre>{@code
 * Attributes a = Attributes.standardised(codes, columns, names, weights);
 * SpatialWeights w = Contiguity.queen(layer).reorder(codes);
 * Regionalisation r = Skater.of(a, w, 5, Constraint.none());
 * Fit fit = Fit.of(r.labels(), a, grpPerCapita, population, RegionGraph.of(w));
 * Grouping g = r.toGrouping("skater-5", "SKATER, 5 groups");
 * }</pre>
 * No JavaFX here.
 */
package kz.aimaq.core.regionalize;
