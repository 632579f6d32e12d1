package kz.aimaq.core.export;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.render.MapScene;


/**
 * The frame of an exported map: title, subtitle and which elements are shown. Defaults give a
 * slide-ready map: title = indicator and year, subtitle = unit, legend, scale bar, north arrow,
 * source, boundary attribution (required by the CC BY licence) and the date.
 */
public record SnapshotLayout(String title, String subtitle, boolean legend, boolean scaleBar, boolean northArrow,
                             boolean source, boolean attribution, boolean date, boolean labels) {

    public static SnapshotLayout defaults(Indicator indicator, int year, String lang) {
        return new SnapshotLayout(indicator.name(lang) + ", " + year, indicator.unit(lang),
                true, true, true, true, true, true, true);
    }

    /** Defaults from what the map shows: the frame's title and subtitle, every element on. */
    public static SnapshotLayout of(String title, String subtitle) {
        return new SnapshotLayout(title, subtitle, true, true, true, true, true, true, true);
    }

    /**
     * Defaults for a map of a simulated scenario: the scenario's name follows indicator and year
     * in the title, so two exported scenario maps never look alike on a slide.
     */
    public static SnapshotLayout defaults(Indicator indicator, int year, String lang, String scenarioName) {
        SnapshotLayout d = defaults(indicator, year, lang);
        return scenarioName == null || scenarioName.isBlank() ? d : d.withTitle(d.title() + " — " + scenarioName);
    }

    public SnapshotLayout withTitle(String t) { return new SnapshotLayout(t, subtitle, legend, scaleBar, northArrow, source, attribution, date, labels); }
    public SnapshotLayout withSubtitle(String s) { return new SnapshotLayout(title, s, legend, scaleBar, northArrow, source, attribution, date, labels); }
    public SnapshotLayout withLegend(boolean on) { return new SnapshotLayout(title, subtitle, on, scaleBar, northArrow, source, attribution, date, labels); }
    public SnapshotLayout withScaleBar(boolean on) { return new SnapshotLayout(title, subtitle, legend, on, northArrow, source, attribution, date, labels); }
    public SnapshotLayout withNorthArrow(boolean on) { return new SnapshotLayout(title, subtitle, legend, scaleBar, on, source, attribution, date, labels); }
    public SnapshotLayout withSource(boolean on) { return new SnapshotLayout(title, subtitle, legend, scaleBar, northArrow, on, attribution, date, labels); }
    public SnapshotLayout withAttribution(boolean on) { return new SnapshotLayout(title, subtitle, legend, scaleBar, northArrow, source, on, date, labels); }
    public SnapshotLayout withDate(boolean on) { return new SnapshotLayout(title, subtitle, legend, scaleBar, northArrow, source, attribution, on, labels); }
    public SnapshotLayout withLabels(boolean on) { return new SnapshotLayout(title, subtitle, legend, scaleBar, northArrow, source, attribution, date, on); }

    /**
     * The boundary credit in the map's language: the bundled geokz credit is translated; a
     * user-opened file keeps the attribution its configuration gives.
     */
    public static String attributionFor(String layerAttribution, String lang) {
        if (layerAttribution == null || layerAttribution.isBlank() || layerAttribution.contains("geokz")) {
            return kz.aimaq.core.i18n.Messages.of(lang).get("about.attribution");
        }
        return layerAttribution;
    }

    /** The scene with this frame; the source line is the one the choropleth carried. */
    public MapScene apply(MapScene scene, String attributionText, String lang) {
        MapScene.Decorations d = scene.decorations();
        String dateText = date ? Today.text() : null;
        return scene.withDecorations(new MapScene.Decorations(title, subtitle, source ? d.sourceLine() : null,
                attribution ? attributionText : null, dateText, legend, scaleBar, northArrow, labels && d.labels(), lang));
    }
}
