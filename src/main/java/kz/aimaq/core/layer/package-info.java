/**
 * Map layers for a GIS: the boundaries of a map with its figures as attributes, so a GIS
 * department gets in QGIS the map the planner made in Aimaq.
 *
 * <p>{@link kz.aimaq.core.layer.ThematicLayers} builds a {@link kz.aimaq.core.layer.ThematicLayer}
 * from the same choropleth the screen draws ({@code render.ChoroplethScenes}): one
 * {@link kz.aimaq.core.layer.LayerFeature} per unit of the year's territory with its WGS84
 * geometry, KATO code, names in kk/ru/en, value, class number (1-based) and colour, and its
 * macro-region; the classes ({@link kz.aimaq.core.layer.LayerClass}) are the legend's.
 * {@link kz.aimaq.core.layer.LayerFiles} writes it as a GeoPackage
 * ({@link kz.aimaq.core.layer.GeoPackageWriter}, OGC 12-128r18), GeoJSON (RFC 7946,
 * {@link kz.aimaq.core.layer.GeoJsonLayerWriter}) or ESRI shapefile
 * ({@link kz.aimaq.core.layer.ShapefileWriter}, with {@code .prj} and a UTF-8 {@code .cpg}),
 * and always a QGIS style beside it ({@link kz.aimaq.core.layer.QmlStyle}: a graduated renderer
 * with the same breaks and colours). Every file goes through {@code core.io.AtomicFiles}.
 * Reading GeoPackages back is {@code core.geo.GeoPackageReader}'s job.
 */
package kz.aimaq.core.layer;
