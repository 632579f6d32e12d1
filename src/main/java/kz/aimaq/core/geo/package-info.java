/**
 * Boundary files and geometry: reading shapefiles and GeoJSON (with their projection), matching
 * features to regions by code or by name, checking and repairing the polygon coverage
 * ({@link kz.aimaq.core.geo.CoverageRepair} returns findings, it does not throw), projecting to the
 * Albers equal-area projection for Kazakhstan and caching prepared layers. The result is a
 * {@link kz.aimaq.core.geo.RegionLayer}: one geometry per region code. A file that cannot be used
 * gives a {@link kz.aimaq.core.geo.GeoReadException} naming the file and, in the user's language,
 * what is wrong with it.
 */
package kz.aimaq.core.geo;
