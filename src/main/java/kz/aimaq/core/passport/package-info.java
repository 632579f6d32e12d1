/**
 * Region passports: one region's key figures for the latest year with the national value and its
 * rank, 2010–2025 trends against the national line (each year on that year's territory), its
 * macro-region, typology class, neighbours and the numbered source of every figure, worded in one
 * language. {@link kz.aimaq.core.passport.RegionPassports} builds them from {@code IndicatorData};
 * the PDF and PPTX writers in {@code core.export} and the app draw them. No JavaFX here.
 */
package kz.aimaq.core.passport;
