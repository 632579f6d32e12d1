/**
 * Importing a table from the UI: the import dialog over {@link kz.aimaq.ui.data.ImportViewModel}
 * (file, sheet, detected layout, preview, join report, rows to confirm) and the feature that adds
 * the imported indicator to the map. The work is {@code core.data.importing}; errors are shown in
 * the user's language.
 */
package kz.aimaq.ui.data;
