/**
 * Projects in the UI: new, open, save, save as, recent files, autosave and recovery after a crash,
 * asking before unsaved work is lost. Each feature contributes its part of a project through a
 * {@link kz.aimaq.ui.workspace.WorkspacePart}; the file format is {@code core.workspace}.
 */
package kz.aimaq.ui.workspace;
