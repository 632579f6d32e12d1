/**
 * The disparity monitor: how regional disparities of an indicator moved year by year (Gini,
 * Theil with its between/within split, Williamson, CV, σ of logs, max/min, regions below the
 * average), computed by the same {@link kz.aimaq.core.stats.Inequality#measures} the scenario
 * simulator uses, on the territory of each year or on a consistent territory for the period.
 * No JavaFX here.
 */
package kz.aimaq.core.disparity;
