package kz.aimaq.core.render;

import kz.aimaq.core.classify.ClassificationMethod;

/**
 * How the user asked a choropleth to be drawn. Defaults: quantiles in 5 classes (each class
 * holds about four of the 20 regions, which reads well on a small map), palette chosen from
 * the indicator's direction, labels on, each year classified on its own.
 */
public record ChoroplethSpec(ClassificationMethod method, int classes, String paletteId, boolean reversePalette,
                             double[] manualBreaks, String lang, boolean labels, boolean sameBreaksAllYears) {

    public ChoroplethSpec(ClassificationMethod method, int classes, String paletteId, boolean reversePalette,
                          double[] manualBreaks, String lang, boolean labels) {
        this(method, classes, paletteId, reversePalette, manualBreaks, lang, labels, false);
    }

    public static ChoroplethSpec defaults(String lang) {
        return new ChoroplethSpec(ClassificationMethod.QUANTILE, 5, null, false, null, lang, true, false);
    }

    public ChoroplethSpec withMethod(ClassificationMethod m) { return new ChoroplethSpec(m, classes, paletteId, reversePalette, manualBreaks, lang, labels, sameBreaksAllYears); }
    public ChoroplethSpec withClasses(int k) { return new ChoroplethSpec(method, k, paletteId, reversePalette, manualBreaks, lang, labels, sameBreaksAllYears); }
    public ChoroplethSpec withPalette(String p) { return new ChoroplethSpec(method, classes, p, reversePalette, manualBreaks, lang, labels, sameBreaksAllYears); }
    public ChoroplethSpec withReverse(boolean r) { return new ChoroplethSpec(method, classes, paletteId, r, manualBreaks, lang, labels, sameBreaksAllYears); }
    public ChoroplethSpec withManualBreaks(double[] b) { return new ChoroplethSpec(method, classes, paletteId, reversePalette, b, lang, labels, sameBreaksAllYears); }
    public ChoroplethSpec withLang(String l) { return new ChoroplethSpec(method, classes, paletteId, reversePalette, manualBreaks, l, labels, sameBreaksAllYears); }
    /** Classes computed once from every year's values, so play and animations keep a colour's meaning. */
    public ChoroplethSpec withSameBreaksAllYears(boolean on) { return new ChoroplethSpec(method, classes, paletteId, reversePalette, manualBreaks, lang, labels, on); }
    public ChoroplethSpec withLabels(boolean on) { return new ChoroplethSpec(method, classes, paletteId, reversePalette, manualBreaks, lang, on, sameBreaksAllYears); }
}
