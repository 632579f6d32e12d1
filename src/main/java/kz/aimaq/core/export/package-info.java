/**
 * Writing maps and charts as files: PNG, SVG and PDF through the one painter of {@code render}
 * (vector surfaces keep text as text), PowerPoint decks ({@link kz.aimaq.core.export.PptxDeck}),
 * the frame of a snapshot (title, legend, scale bar, source, attribution; {@link kz.aimaq.core.export.SnapshotLayout})
 * and the scenario comparison behind the deck. Files are written atomically
 * ({@link kz.aimaq.core.export.AtomicFiles}): a failed export never leaves half a file.
 */
package kz.aimaq.core.export;
