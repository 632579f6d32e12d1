/**
 * Analyses beyond one indicator: the composite index (OECD/JRC handbook: normalisation,
 * weighting, aggregation, rank sensitivity), the region typology by level and growth, and
 * {@link kz.aimaq.core.analysis.CategoricalMap}, a map of categories (types, LISA clusters) that
 * the painter draws like a choropleth. Inputs are {@code IndicatorData} and a user's spec; the
 * results are immutable values with everything the map, table and CLI need. Errors in a spec are
 * keyed messages ({@code core.i18n.InvalidInputException}). See {@code docs/analysis.md}.
 */
package kz.aimaq.core.analysis;
