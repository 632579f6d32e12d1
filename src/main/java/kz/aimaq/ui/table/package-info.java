/**
 * The data table: the mapped values of every region of the shown territory (value, class,
 * rank, change since a chosen year, macro-region), sortable and filterable, linked with the map
 * (selected rows are outlined on the map, a click on a region selects its row), copied as
 * tab-separated text for Excel and saved as XLSX or CSV.
 */
package kz.aimaq.ui.table;
