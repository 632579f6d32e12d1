/**
 * Maps of several years and indicators made in one go: the batch of {@code render --years …
 * --indicator a,b --out 'maps/{indicator}-{year}.png'} and the animation of a year range
 * (File → Export animation…, {@code render --out m.gif}).
 *
 * <p>Every map of a series is an ordinary {@link kz.aimaq.core.map.MapModel} drawn on the
 * territory of its own year (16 units before 2018, 17 in 2018–2021, 20 from 2022, or today's
 * 20 when asked), so a batch file or an animation frame is exactly the map {@code render --year}
 * writes for that year: same title, legend, source lines and attribution, same painter. What a
 * series adds: each territory's boundaries are read and projected once for all its maps
 * ({@link kz.aimaq.core.series.TerritoryLayers}); with the same classes for all years the breaks
 * are computed once over the values of the years asked (not all years of the data); years
 * without figures are reported with the reason ({@link kz.aimaq.core.series.MapSeries.Missing})
 * instead of being drawn as empty maps; file names come from a checked pattern
 * ({@link kz.aimaq.core.series.OutputPattern}). The animation ({@link kz.aimaq.core.series.Animation})
 * always uses the same classes, keeps the country still across frames, stamps the year large and
 * writes an animated GIF atomically, with progress and cancel.
 */
package kz.aimaq.core.series;
