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
import java.util.LinkedHashMap;
import java.util.function.UnaryOperator;
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
    private final ObservableList<Indicator> indicators = FXCollections.observableArrayList();
    /**
     * Changes other features make to the drawn map (group outlines, categorical colours), applied
     * in the order they were first set. Keyed so each feature replaces only its own.
     */
    private final Map<String, UnaryOperator<MapScene>> overlays = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<MapScene> scene = new ReadOnlyObjectWrapper<>();
    /** Increments on every new picture, even when the scene is equal to the last one. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    /** True while an indicator change adjusts the year (the indicator listener rebuilds once at its end). */
    private boolean settingIndicator;

    public MapViewModel(IndicatorData data, String language) {
        this.data = data;
        this.lang = new SimpleStringProperty(language);
        this.spec = new SimpleObjectProperty<>(ChoroplethSpec.defaults(language));
        indicators.setAll(data.catalog().all());
        indicator.set(data.catalog().byId("grp_per_capita").orElse(data.catalog().all().getFirst()));
        refreshYears();
        year.set(years.isEmpty() ? 2024 : latestCompleteYear());
        indicator.addListener((o, a, b) -> {
            // a new indicator may move the year too: one rebuild for both, not two
            settingIndicator = true;
            try {
                refreshYears();
                if (!years.contains(year.get())) year.set(latestCompleteYear());
            } finally {
                settingIndicator = false;
            }
            rebuild();
        });
        year.addListener((o, a, b) -> { if (!settingIndicator) rebuild(); });
        spec.addListener((o, a, b) -> rebuild());
        lang.addListener((o, a, b) -> spec.set(spec.get().withLang(b)));
        level.addListener((o, a, b) -> switchLevel(b));
    }

    /** Loads the default oblast layer off the UI thread; the map appears when it is ready. */
    public CompletableFuture<Void> loadDefault() {
        status.set("app.loading");
        return CompletableFuture.supplyAsync(() -> prepare(() -> RegionLayers.load(MapLevel.OBLAST)))
                .thenAccept(p -> Platform.runLater(() -> {
                    kz.aimaq.ui.shell.PerformanceProbe.phase("layer-on-ui-thread");
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
            RegionLayer layer = load.load();
            kz.aimaq.ui.shell.PerformanceProbe.phase("layer-loaded");
            PreparedLayer p = new PreparedLayer(layer);
            kz.aimaq.ui.shell.PerformanceProbe.phase("layer-prepared");
            if (p.levelsOfDetailReady()) {
                p.withLevelsOfDetail(); // read from the disk cache: the first frame already draws the light copies
            } else {
                // simplified copies for zoomed-out frames: computed once the first frame is on screen,
                // so they do not compete with it for the CPU, then kept in the disk cache for the next start
                CompletableFuture.delayedExecutor(1500, java.util.concurrent.TimeUnit.MILLISECONDS).execute(() -> {
                    p.withLevelsOfDetail();
                    Platform.runLater(this::rebuild);
                    RegionLayers.rememberDerived(layer);
                });
            }
            return p;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The reader's own message in the UI language, not the deepest cause (issue 14). */
    private String rootMessage(Throwable e) {
        return kz.aimaq.ui.data.ReaderErrors.message(e, kz.aimaq.core.i18n.Messages.of(lang.get()));
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
            applyOverlays();
            error.set(null);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    /** Sets (or with null removes) a feature's overlay and redraws. */
    public void setOverlay(String key, UnaryOperator<MapScene> overlay) {
        if (overlay == null) overlays.remove(key);
        else overlays.put(key, overlay);
        applyOverlays();
    }

    private void applyOverlays() {
        Choropleth c = choropleth.get();
        if (c == null) return;
        MapScene s = c.scene();
        for (UnaryOperator<MapScene> o : overlays.values()) s = o.apply(s);
        scene.set(s);
        revision.set(revision.get() + 1);
    }

    /** The picture to draw: the choropleth with every overlay applied. */
    public ReadOnlyObjectProperty<MapScene> sceneProperty() { return scene.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public IndicatorData data() { return data; }

    /** Indicators to choose from: the bundled ones, then imported or computed ones. */
    public ObservableList<Indicator> indicators() { return indicators; }

    /** Adds (or replaces) an indicator with its figures, e.g. an imported table or a composite index. */
    public void addIndicator(Indicator i, java.util.Collection<kz.aimaq.core.data.Observation> observations) {
        data.catalog().add(i);
        observations.forEach(data::put);
        indicators.setAll(data.catalog().all());
        if (indicator.get() != null && indicator.get().id().equals(i.id())) { refreshYears(); rebuild(); }
    }
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

    public void setMethod(ClassificationMethod m) { spec.set(spec.get().withMethod(m)); }
}
