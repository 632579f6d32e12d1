/**
 * Drawing: {@link kz.aimaq.core.render.MapPainter} paints a map scene onto a
 * {@link kz.aimaq.core.render.Surface} (Java2D for PNG and the CLI, JavaFX in {@code ui.map}, vector
 * surfaces in {@code export}), so the screen and every export show the same map; charts go through
 * {@link kz.aimaq.core.render.ChartPainter}. Being reworked into one map model (issue 11).
 */
package kz.aimaq.core.render;
