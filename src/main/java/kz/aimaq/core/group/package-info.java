/**
 * Macro-regions: a {@link kz.aimaq.core.group.Grouping} partitions regions into groups (every
 * region in at most one), presets ({@link kz.aimaq.core.group.Groupings}) and grouping files
 * ({@link kz.aimaq.core.group.GroupingFiles}), an undoable editor, dissolving the member polygons
 * into one outline per group (JTS {@code CoverageUnion}) and aggregating indicators over a group by
 * each indicator's rule (sum for extensive figures, weighted mean for intensive ones).
 * Drawing groups on the map is the map model's ({@code core.map.GroupOverlay}).
 */
package kz.aimaq.core.group;
