/**
 * The disparity monitor window: how Gini, Theil (between and within macro-regions), Williamson, CV,
 * sd(ln y), max/min and the regions below the average moved year by year, on each year's territory or
 * on the consistent one, with the regional-policy periods shaded and an optional scenario run
 * continuing the lines. The numbers come from {@code core.disparity}, the same code as {@code simulate}.
 */
package kz.aimaq.ui.disparity;
