/**
 * Choropleth classification, colour schemes and the legend model.
 *
 * <p>Follows PySAL mapclassify: each method ({@link kz.aimaq.core.classify.Quantiles},
 * {@link kz.aimaq.core.classify.EqualInterval}, {@link kz.aimaq.core.classify.NaturalBreaks},
 * {@link kz.aimaq.core.classify.StdMean}, {@link kz.aimaq.core.classify.MaximumBreaks},
 * {@link kz.aimaq.core.classify.ManualBreaks}, {@link kz.aimaq.core.classify.Unclassed}) is a pure
 * function from values to class upper bounds; {@code ClassFit} bins the values (lower &lt; y &lt;=
 * upper) and measures the fit (GVF, ADCM) the same way for all. The tests reproduce mapclassify's
 * published results on its California example data.
 *
 * <p>How the map uses it:
 * <pre>{@code
 * Classification c = Classifiers.classify(method, values, k, manualBreaks);   // NaN = no data
 * Legend legend = Legend.build(c, Palettes.defaultFor(indicator), indicator, year, source, lang,
 *                              Classifiers.noDataCount(values));
 * int rgb = legend.colorOf(value);                                             // fill per region
 * }</pre>
 *
 * <p>Colours: ColorBrewer 2.0 by Cynthia A. Brewer, Apache License 2.0 (see {@code ColorBrewer}).
 * No JavaFX here: the UI and the exporters draw the same {@link kz.aimaq.core.classify.Legend}.
 */
package kz.aimaq.core.classify;
