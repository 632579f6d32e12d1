/**
 * The map on screen: {@link kz.aimaq.ui.map.MapCanvas} paints through {@code core.render} on an
 * {@link kz.aimaq.ui.map.FxSurface}, {@link kz.aimaq.ui.map.MapViewModel} holds indicator, year,
 * classification and overlays, and the layer controls and region panel edit and explain them.
 * Being reworked around one map model and a layer list (issue 11).
 */
package kz.aimaq.ui.map;
