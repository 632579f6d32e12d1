/**
 * Importing a user's table (CSV, XLSX, XLS): {@link kz.aimaq.core.data.importing.TableReader}
 * reads the file into {@link kz.aimaq.core.data.importing.Grid}s, {@link kz.aimaq.core.data.importing.LayoutDetector}
 * finds the region column, the year columns and the first data row, {@link kz.aimaq.core.data.importing.JoinReport}
 * joins the rows to regions with {@code region.RegionNameMatcher} (exact, fuzzy to confirm,
 * ambiguous, unmatched, duplicates, national) and {@link kz.aimaq.core.data.importing.TableImporter}
 * turns the confirmed join into observations. A file the user can fix gives an
 * {@link kz.aimaq.core.data.importing.ImportException} with a keyed message that says what to do.
 */
package kz.aimaq.core.data.importing;
