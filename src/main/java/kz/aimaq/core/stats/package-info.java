/**
 * Statistics on regional values: inequality (Gini, Theil with its exact between/within split,
 * Williamson, coefficient of variation), spatial weights (queen/rook contiguity, k nearest
 * neighbours, distance bands; {@link kz.aimaq.core.stats.WeightsSpec} is how users write them) and
 * spatial autocorrelation (global Moran's I and LISA with permutation tests, as in PySAL esda).
 * Pure functions on arrays in a given region order; groups arrive as integer labels, so this package
 * depends on no other core package but {@code geo} (the geometry of the weights) and {@code i18n}.
 */
package kz.aimaq.core.stats;
