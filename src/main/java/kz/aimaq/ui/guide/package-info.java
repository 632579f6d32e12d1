/**
 * The built-in user guide (Help → User guide, F1): five task pages in kk, ru and en, each step with a
 * screenshot, read offline from {@code src/main/resources/guide/}. {@link kz.aimaq.ui.guide.GuidePages}
 * parses the small text format (no JavaFX); {@link kz.aimaq.ui.guide.GuideView} shows a page with
 * labels and images in the main area; F1 opens the page for the selected side tab.
 */
package kz.aimaq.ui.guide;
