/**
 * The main window that assembles the features: menus, tabs, the status line, the chart menu and the
 * start-up performance probe. Features are registered here ({@link kz.aimaq.ui.shell.Features});
 * they are being given a small context instead of the window itself (issue 11).
 */
package kz.aimaq.ui.shell;
