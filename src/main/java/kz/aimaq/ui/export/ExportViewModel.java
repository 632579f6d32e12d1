package kz.aimaq.ui.export;

import javafx.beans.property.*;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.export.PdfExporter;
import kz.aimaq.core.export.PngExporter;
import kz.aimaq.core.export.PptxDeck;
import kz.aimaq.core.export.SnapshotLayout;
import kz.aimaq.core.export.SvgExporter;
import kz.aimaq.core.render.MapScene;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The state of the export dialog: format, size, page, the frame's texts and switches. Its
 * commands render through the core exporters, so the dialog itself only binds controls.
 */
public final class ExportViewModel {

    public enum Format {
        PNG("png"), SVG("svg"), PDF("pdf"), PPTX("pptx");

        public final String extension;

        Format(String extension) { this.extension = extension; }
    }

    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.PNG);
    private final ObjectProperty<PngExporter.SizePreset> size = new SimpleObjectProperty<>(PngExporter.SizePreset.SLIDE_1080P);
    private final StringProperty customWidth = new SimpleStringProperty("1920"), customHeight = new SimpleStringProperty("1080");
    private final ObjectProperty<PdfExporter.PageSize> page = new SimpleObjectProperty<>(PdfExporter.PageSize.A4_LANDSCAPE);
    private final StringProperty title = new SimpleStringProperty(""), subtitle = new SimpleStringProperty("");
    private final BooleanProperty legend = new SimpleBooleanProperty(true), scaleBar = new SimpleBooleanProperty(true),
            northArrow = new SimpleBooleanProperty(true), source = new SimpleBooleanProperty(true),
            attribution = new SimpleBooleanProperty(true), date = new SimpleBooleanProperty(true),
            labels = new SimpleBooleanProperty(true);

    private final MapScene baseScene;
    private final String attributionText, lang;

    /**
     * @param baseScene       the map as shown (choropleth with overlays)
     * @param attributionText the boundary credit in the map's language
     * @param scenarioName    the scenario the map shows, or null for observed data
     */
    public ExportViewModel(MapScene baseScene, Indicator indicator, int year, String scenarioName, String attributionText, String lang) {
        this(baseScene, SnapshotLayout.defaults(indicator, year, lang, scenarioName), attributionText, lang);
    }

    /** The map as drawn: title, subtitle, source and attribution come from its model's frame. */
    public ExportViewModel(kz.aimaq.core.map.MapModel model) {
        this(model.draw().scene(), frameDefaults(model.frame()), model.frame().attribution(), model.lang());
    }

    private static SnapshotLayout frameDefaults(kz.aimaq.core.map.MapFrame f) {
        return SnapshotLayout.of(f.title(), f.subtitle());
    }

    /** With the title and subtitle already chosen. */
    public ExportViewModel(MapScene baseScene, SnapshotLayout defaults, String attributionText, String lang) {
        this.baseScene = baseScene;
        this.attributionText = attributionText;
        this.lang = lang;
        title.set(defaults.title());
        subtitle.set(defaults.subtitle());
        labels.set(baseScene.decorations().labels());
    }

    public ObjectProperty<Format> formatProperty() { return format; }
    public ObjectProperty<PngExporter.SizePreset> sizeProperty() { return size; }
    public StringProperty customWidthProperty() { return customWidth; }
    public StringProperty customHeightProperty() { return customHeight; }
    public ObjectProperty<PdfExporter.PageSize> pageProperty() { return page; }
    public StringProperty titleProperty() { return title; }
    public StringProperty subtitleProperty() { return subtitle; }
    public BooleanProperty legendProperty() { return legend; }
    public BooleanProperty scaleBarProperty() { return scaleBar; }
    public BooleanProperty northArrowProperty() { return northArrow; }
    public BooleanProperty sourceProperty() { return source; }
    public BooleanProperty attributionProperty() { return attribution; }
    public BooleanProperty dateProperty() { return date; }
    public BooleanProperty labelsProperty() { return labels; }

    public SnapshotLayout layout() {
        return new SnapshotLayout(blankToNull(title.get()), blankToNull(subtitle.get()), legend.get(), scaleBar.get(),
                northArrow.get(), source.get(), attribution.get(), date.get(), labels.get());
    }

    /** The scene with the chosen frame. */
    public MapScene scene() { return layout().apply(baseScene, attributionText, lang); }

    /** Width and height in pixels of a PNG or SVG; null when the custom size is not a number from 200 to 10000. */
    public int[] pixelSize() {
        if (size.get() != PngExporter.SizePreset.CUSTOM) return new int[]{size.get().width, size.get().height};
        try {
            int w = Integer.parseInt(customWidth.get().trim()), h = Integer.parseInt(customHeight.get().trim());
            if (w < 200 || h < 200 || w > 10000 || h > 10000) return null;
            return new int[]{w, h};
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    /** Width / height of the output, for the preview. */
    public double aspect() {
        return switch (format.get()) {
            case PDF -> page.get().widthPt / page.get().heightPt;
            case PPTX -> 16.0 / 9;
            default -> {
                int[] s = pixelSize();
                yield s == null ? 16.0 / 9 : (double) s[0] / s[1];
            }
        };
    }

    /** A small picture of the export: laid out as a 1600 px wide output, drawn at the preview's size. */
    public BufferedImage preview(int previewWidth) {
        double a = aspect();
        int h = (int) Math.max(1, Math.round(previewWidth / a));
        double virtualW = Math.max(1600, 1000 * a);
        return PngExporter.render(kz.aimaq.core.render.Picture.of(scene()), previewWidth, h, previewWidth / virtualW);
    }

    /** A file name from the title, safe on every file system. */
    public String suggestedFileName() {
        String t = title.get() == null ? "" : title.get();
        String base = t.replaceAll("[\\\\/:*?\"<>|]", " ").replaceAll("\\s+", " ").trim();
        if (base.isEmpty()) base = "map";
        if (base.length() > 80) base = base.substring(0, 80).trim();
        return base + "." + format.get().extension;
    }

    /** Writes the export (atomically, through a temporary file). Call off the UI thread: a 4K PNG takes about a second. */
    public void export(Path out) throws IOException {
        MapScene s = scene();
        switch (format.get()) {
            case PNG, SVG -> {
                int[] px = pixelSize();
                if (px == null) throw new IllegalArgumentException("size");
                if (format.get() == Format.PNG) PngExporter.write(s, px[0], px[1], out);
                else SvgExporter.write(s, px[0], px[1], out);
            }
            case PDF -> PdfExporter.write(s, page.get(), s.decorations().title(), out);
            case PPTX -> PptxDeck.writeMaps(List.of(new PptxDeck.MapSlide(title.get(), subtitle.get(), s)), out);
        }
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
