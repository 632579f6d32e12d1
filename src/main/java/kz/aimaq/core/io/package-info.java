/**
 * Durable writes for every file the app or the CLI saves (maps, decks, projects, import mappings):
 * {@link kz.aimaq.core.io.AtomicFiles} writes a temporary file, syncs it, renames it over the
 * target and syncs the folder, so a crash or a full disk never leaves a half-written file; a full
 * disk or a denied folder is an {@link kz.aimaq.core.io.ExportException} with a message for the user.
 * It sits below {@code export}, {@code workspace} and {@code data.importing}, which all use it.
 */
package kz.aimaq.core.io;
