/**
 * Macro-regions: a {@link kz.aimaq.core.group.Grouping} partitions regions into groups (every
 * region in at most one), presets ({@link kz.aimaq.core.group.Groupings}) and grouping files
 * ({@link kz.aimaq.core.group.GroupingFiles}), an undoable editor, dissolving the member polygons
 * into one outline per group (JTS {@code CoverageUnion}) and aggregating indicators over a group by
 * each indicator's rule (sum for extensive figures, weighted mean for intensive ones).
 * {@code GroupOverlay} draws groups on the map and is moving to the map model (issue 11).
 */
package kz.aimaq.core.group;
