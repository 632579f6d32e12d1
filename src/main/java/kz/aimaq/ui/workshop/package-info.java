/**
 * Workshop mode: saved views of the map (indicator, year, level, classes, grouping, layers,
 * scenario) kept in the project, listed in a side strip, stepped through full screen on a
 * projector (F5; arrows, Page Up/Down and Space as a presenter clicker sends them; Esc leaves)
 * with type and lines scaled up and the title, legend and source always on, and exported as a
 * slide or as one deck of all views.
 */
package kz.aimaq.ui.workshop;
