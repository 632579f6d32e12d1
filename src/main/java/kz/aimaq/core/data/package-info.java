/**
 * The indicators: {@link kz.aimaq.core.data.Indicator} (the catalogue entry: names in kk/ru/en,
 * unit, kind, aggregation rule, direction), {@link kz.aimaq.core.data.Observation} (one value of
 * one region in one year, with its source and territory) and {@link kz.aimaq.core.data.IndicatorData},
 * the table the map, the analyses and the CLI read, built from {@code datasets/}.
 * {@link kz.aimaq.core.data.Resources} says where bundled tables and the shared boundary files are.
 * Depends only on {@code region} and {@code i18n}, never on the map or the UI.
 */
package kz.aimaq.core.data;
