/**
 * A region's history: the card opened by clicking a region (the current indicator 2010–2025 for
 * the region against the national value, each year on that year's territory, its rank among the
 * regions of each year, the source) and the comparison chart of pinned regions.
 */
package kz.aimaq.ui.history;
