/**
 * The macro-region panel: choosing a preset or a grouping file, editing groups (move regions,
 * rename, recolour, undo) in {@link kz.aimaq.ui.group.GroupViewModel}, the group summary table and
 * the group overlay on the map. The model and files are {@code core.group}.
 */
package kz.aimaq.ui.group;
