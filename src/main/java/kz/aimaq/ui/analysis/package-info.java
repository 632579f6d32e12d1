/**
 * The Analysis panel: composite index, region typology and spatial clusters (Moran's I, LISA),
 * with {@link kz.aimaq.ui.analysis.AnalysisViewModel} holding the choices and results and putting
 * categorical maps and index indicators on the map. The computations are {@code core.analysis}
 * and {@code core.stats}.
 */
package kz.aimaq.ui.analysis;
