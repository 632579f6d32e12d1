/**
 * Exporting what the map shows: the export dialog (format, size, frame elements, live preview)
 * over {@link kz.aimaq.ui.export.ExportViewModel}, and the feature behind File → Export and copy to
 * clipboard. Files are written by {@code core.export} with the same painter as the screen.
 */
package kz.aimaq.ui.export;
