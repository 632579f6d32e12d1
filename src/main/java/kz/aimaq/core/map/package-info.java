/**
 * The map model: what one map shows, decided once and read by the screen, every export and the
 * CLI. A {@link kz.aimaq.core.map.MapModel} holds the boundary layer, one {@link kz.aimaq.core.map.MapContent}
 * (a sealed type: an indicator's choropleth, a categorical map such as a typology or LISA, a
 * simulated year, a scenario difference, or no data), typed {@link kz.aimaq.core.map.MapOverlay}s
 * (macro-region outlines or fills), the classification choices and the language. Its
 * {@link kz.aimaq.core.map.MapFrame} (title, subtitle, source lines, attribution) is derived from the
 * content, never recovered from display strings. {@link kz.aimaq.core.map.MapScenes} turns a model into the
 * painter's {@link kz.aimaq.core.render.MapScene}.
 *
 * <p>{@link kz.aimaq.core.map.LayerStack} is the user's list of layers: the indicator choropleth
 * at the bottom (always there to return to), analysis, index and scenario results above it, and
 * overlays. The topmost visible content layer is what the map shows.
 *
 * <p>Dependencies point one way: {@code map} uses {@code render}, {@code classify}, {@code analysis}
 * and {@code group}; none of them uses {@code map}.
 */
package kz.aimaq.core.map;
