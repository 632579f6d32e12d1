package kz.aimaq.ui.map;

import javafx.application.Platform;
import javafx.beans.property.*;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayer;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.render.*;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The state of the map: which layer, indicator, year and classification; the choropleth is
 * derived from it. The view binds to these properties; nothing here touches nodes.
 */
public final class MapViewModel {
    private final IndicatorData data;
    private final Map<MapLevel, PreparedLayer> layers = new EnumMap<>(MapLevel.class);

    private final ObjectProperty<MapLevel> level = new SimpleObjectProperty<>(MapLevel.OBLAST);
    private final ObjectProperty<Indicator> indicator = new SimpleObjectProperty<>();
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObjectProperty<ChoroplethSpec> spec;
    private final StringProperty lang;
    private final ObjectProperty<PreparedLayer> layer = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Choropleth> choropleth = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    /** Overlays added by other features (group outlines, scenario values): scene → scene. */
    private final ObjectProperty<Function<Choropleth, MapScene>> overlay = new SimpleObjectProperty<>(c -> c.scene());

    public MapViewModel(IndicatorData data, String language) {
        this.data = data;
        this.lang = new SimpleStringProperty(language);
        this.spec = new SimpleObjectProperty<>(ChoroplethSpec.defaults(language));
        indicator.set(data.catalog().byId("grp_per_capita").orElse(data.catalog().all().getFirst()));
        refreshYears();
        year.set(years.isEmpty() ? 2024 : latestCompleteYear());
        indicator.addListener((o, a, b) -> { refreshYears(); if (!years.contains(year.get())) year.set(latestCompleteYear()); rebuild(); });
        year.addListener((o, a, b) -> rebuild());
        spec.addListener((o, a, b) -> rebuild());
        lang.addListener((o, a, b) -> spec.set(spec.get().withLang(b)));
        overlay.addListener((o, a, b) -> rebuild());
        level.addListener((o, a, b) -> switchLevel(b));
    }

    /** Loads the default oblast layer off the UI thread; the map appears when it is ready. */
    public CompletableFuture<Void> loadDefault() {
        status.set("app.loading");
        return CompletableFuture.supplyAsync(() -> prepare(() -> RegionLayers.load(MapLevel.OBLAST)))
                .thenAccept(p -> Platform.runLater(() -> {
                    layers.put(MapLevel.OBLAST, p);
                    layer.set(p);
                    status.set("app.ready");
                    rebuild();
                }))
                .exceptionally(e -> { Platform.runLater(() -> error.set(rootMessage(e))); return null; });
    }

    /** Opens a user-chosen boundary file (shapefile or GeoJSON) as the current layer. */
    public CompletableFuture<Void> open(Path file) {
        status.set("app.loading");
        return CompletableFuture.supplyAsync(() -> prepare(() -> RegionLayers.load(file)))
                .thenAccept(p -> Platform.runLater(() -> {
                    layers.put(p.layer().level(), p);
                    if (level.get() != p.layer().level()) level.set(p.layer().level());
                    layer.set(p);
                    status.set("app.ready");
                    rebuild();
                }))
                .exceptionally(e -> { Platform.runLater(() -> error.set(rootMessage(e))); return null; });
    }

    private void switchLevel(MapLevel l) {
        PreparedLayer p = layers.get(l);
        if (p != null) { layer.set(p); rebuild(); return; }
        status.set("app.loading");
        CompletableFuture.supplyAsync(() -> prepare(() -> RegionLayers.load(l)))
                .thenAccept(x -> Platform.runLater(() -> {
                    layers.put(l, x);
                    if (level.get() == l) { layer.set(x); rebuild(); }
                    status.set("app.ready");
                }))
                .exceptionally(e -> { Platform.runLater(() -> error.set(rootMessage(e))); return null; });
    }

    private interface LayerLoad { RegionLayer load() throws java.io.IOException; }

    private PreparedLayer prepare(LayerLoad load) {
        try {
            PreparedLayer p = new PreparedLayer(load.load());
            // simplified copies for zoomed-out frames are computed after the first frame is shown
            CompletableFuture.runAsync(p::withLevelsOfDetail).thenRun(() -> Platform.runLater(this::rebuild));
            return p;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private void refreshYears() {
        Indicator i = indicator.get();
        years.setAll(i == null ? List.of() : data.years(i.id()));
    }

    private int latestCompleteYear() {
        Indicator i = indicator.get();
        var codes = kz.aimaq.core.region.RegionCatalog.bundled().current().stream().map(r -> r.kato()).toList();
        return data.latestCompleteYear(i.id(), codes).orElse(years.isEmpty() ? 2024 : years.getLast());
    }

    /** Recomputes the choropleth; cheap (classification of ≤ 224 values and colour lookup). */
    public void rebuild() {
        PreparedLayer p = layer.get();
        Indicator i = indicator.get();
        if (p == null || i == null) return;
        try {
            Choropleth c = ChoroplethScenes.build(data, p, i, year.get(), spec.get());
            choropleth.set(c);
            error.set(null);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    public MapScene sceneWithOverlays() {
        Choropleth c = choropleth.get();
        return c == null ? null : overlay.get().apply(c);
    }

    public IndicatorData data() { return data; }
    public ObjectProperty<MapLevel> levelProperty() { return level; }
    public ObjectProperty<Indicator> indicatorProperty() { return indicator; }
    public IntegerProperty yearProperty() { return year; }
    public ObjectProperty<ChoroplethSpec> specProperty() { return spec; }
    public StringProperty langProperty() { return lang; }
    public ObjectProperty<PreparedLayer> layerProperty() { return layer; }
    public ReadOnlyObjectProperty<Choropleth> choroplethProperty() { return choropleth.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ObservableList<Integer> years() { return years; }
    public ObjectProperty<Function<Choropleth, MapScene>> overlayProperty() { return overlay; }

    public void setMethod(ClassificationMethod m) { spec.set(spec.get().withMethod(m)); }
}
