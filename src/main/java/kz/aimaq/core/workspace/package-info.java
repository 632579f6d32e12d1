/**
 * The user's work on disk: a {@link kz.aimaq.core.workspace.Workspace} (map settings, imported
 * tables, groupings, scenarios, index specs) saved as one versioned JSON file, atomically (temporary
 * file, fsync, rename) by {@link kz.aimaq.core.workspace.WorkspaceFiles}, migrated from older
 * versions by {@link kz.aimaq.core.workspace.WorkspaceMigrations}, autosaved for recovery after a
 * crash, with recent files. A file that cannot be opened gives a keyed
 * {@link kz.aimaq.core.workspace.WorkspaceException}. Format: {@code docs/workspace-format.md}.
 */
package kz.aimaq.core.workspace;
