/**
 * Tables as the user saves them: a {@link kz.aimaq.core.table.DataTable} (title, typed columns,
 * rows of numbers and text, notes with the source, units, territory and method) written to
 * XLSX ({@link kz.aimaq.core.table.XlsxTableWriter}: real numeric cells with number formats, a
 * bold frozen header, a second sheet with the source) or to a CSV that Excel opens correctly
 * ({@link kz.aimaq.core.table.CsvTableWriter}: UTF-8 with BOM; {@code ;} and decimal comma in
 * kk/ru). {@link kz.aimaq.core.table.TableFiles} chooses by the file's extension. Every write
 * goes through {@code core.io.AtomicFiles}; a failure the user can fix is an
 * {@code ExportException}. The CLI, the app's table menu and the data table all save through
 * here, so a table saved from anywhere looks the same.
 */
package kz.aimaq.core.table;
