package kz.aimaq.core.render;

import kz.aimaq.core.classify.ClassificationMethod;

/**
 * How the user asked a choropleth to be drawn. Defaults: quantiles in 5 classes (each class
 * holds about four of the 20 regions, which reads well on a small map), palette chosen from
 * the indicator's direction, labels on.
 */
public record ChoroplethSpec(ClassificationMethod method, int classes, String paletteId, boolean reversePalette,
                             double[] manualBreaks, String lang, boolean labels) {

    public static ChoroplethSpec defaults(String lang) {
        return new ChoroplethSpec(ClassificationMethod.QUANTILE, 5, null, false, null, lang, true);
    }

    public ChoroplethSpec withMethod(ClassificationMethod m) { return new ChoroplethSpec(m, classes, paletteId, reversePalette, manualBreaks, lang, labels); }
    public ChoroplethSpec withClasses(int k) { return new ChoroplethSpec(method, k, paletteId, reversePalette, manualBreaks, lang, labels); }
    public ChoroplethSpec withPalette(String p) { return new ChoroplethSpec(method, classes, p, reversePalette, manualBreaks, lang, labels); }
    public ChoroplethSpec withReverse(boolean r) { return new ChoroplethSpec(method, classes, paletteId, r, manualBreaks, lang, labels); }
    public ChoroplethSpec withManualBreaks(double[] b) { return new ChoroplethSpec(method, classes, paletteId, reversePalette, b, lang, labels); }
    public ChoroplethSpec withLang(String l) { return new ChoroplethSpec(method, classes, paletteId, reversePalette, manualBreaks, l, labels); }
    public ChoroplethSpec withLabels(boolean on) { return new ChoroplethSpec(method, classes, paletteId, reversePalette, manualBreaks, lang, on); }
}
