package kz.aimaq.ui.map;

import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.i18n.Localized;
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
import kz.aimaq.core.map.LayerStack;
import kz.aimaq.core.map.MapContent;
import kz.aimaq.core.map.MapLayer;
import kz.aimaq.core.map.MapModel;
import kz.aimaq.core.map.MapScenes;
import kz.aimaq.core.render.*;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import kz.aimaq.core.territory.Territory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The state of the map: which layer, indicator, year and classification; the choropleth is
 * derived from it. The view binds to these properties; nothing here touches nodes.
 */
public final class MapViewModel {
    private final IndicatorData data;
    /** Prepared boundary layers by level and territory ("OBLAST:BEFORE_2018"), or "LEVEL:user" for an opened file. */
    private final Map<String, PreparedLayer> layers = new HashMap<>();
    /** Levels whose map the user opened from a file: the year's territory does not replace it. */
    private final Set<MapLevel> userLayers = EnumSet.noneOf(MapLevel.class);
    private final Set<String> loading = new HashSet<>();
    /** "Show on today's regions": older years on today's 20 units, hatched where only an old unit has a figure. */
    private final BooleanProperty todaysTerritory = new SimpleBooleanProperty(false);

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
     * The layer list: the indicator layer at the bottom, results (analysis, index, scenario) and
     * overlays (macro-regions) above it. What the map shows is derived from it in {@link #rebuild()}.
     */
    private final ObjectProperty<LayerStack> layerStack;
    /** The map as last drawn: what the screen shows and every export writes. */
    private final ReadOnlyObjectWrapper<MapModel> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MapScene> scene = new ReadOnlyObjectWrapper<>();
    /** Increments on every new picture, even when the scene is equal to the last one. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    /** True while an indicator change adjusts the year (the indicator listener rebuilds once at its end). */
    private boolean settingIndicator;

    public MapViewModel(IndicatorData data, String language) {
        this.data = data;
        this.lang = new SimpleStringProperty(language);
        this.spec = new SimpleObjectProperty<>(ChoroplethSpec.defaults(language));
        this.layerStack = new SimpleObjectProperty<>(LayerStack.of(""));
        refreshIndicators();
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
            showIndicatorAndRebuild();
        });
        year.addListener((o, a, b) -> { if (!settingIndicator) showIndicatorAndRebuild(); });
        spec.addListener((o, a, b) -> showIndicatorAndRebuild());
        lang.addListener((o, a, b) -> spec.set(spec.get().withLang(b)));
        level.addListener((o, a, b) -> {
            // the district map offers only indicators with district figures (today: area)
            refreshIndicators();
            if (!indicators.contains(indicator.get())) indicator.set(indicators.getFirst()); // rebuilds
            else rebuild();
        });
        todaysTerritory.addListener((o, a, b) -> rebuild());
        layerStack.addListener((o, a, b) -> rebuild());
    }

    /** Loads the default oblast layer off the UI thread; the map appears when it is ready. */
    public CompletableFuture<Void> loadDefault() {
        status.set("app.loading");
        return CompletableFuture.supplyAsync(() -> prepare(() -> RegionLayers.load(MapLevel.OBLAST)))
                .thenAccept(p -> Platform.runLater(() -> {
                    Probe.phase("layer-on-ui-thread");
                    layers.put(key(MapLevel.OBLAST, Territory.FROM_2022), p);
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
                    layers.put(p.layer().level() + ":user", p);
                    userLayers.add(p.layer().level());
                    if (level.get() != p.layer().level()) level.set(p.layer().level());
                    layer.set(p);
                    status.set("app.ready");
                    rebuild();
                }))
                .exceptionally(e -> { Platform.runLater(() -> error.set(rootMessage(e))); return null; });
    }

    private static String key(MapLevel l, Territory t) { return l + ":" + t; }

    /**
     * The territory the map shows for the year: a year is drawn on the regions of that year (16
     * before 2018, 17 in 2018–2021, 20 from 2022) unless the user asked for today's regions.
     * Districts exist only on today's map.
     */
    public Territory territoryShown() {
        return level.get() == MapLevel.OBLAST && !todaysTerritory.get() ? Territory.forYear(year.get()) : Territory.FROM_2022;
    }

    /**
     * Puts the layer of the level and the year's territory on the map, or starts loading it off the
     * UI thread (the map is redrawn when it is ready). True when the right layer is in place.
     */
    private boolean ensureLayer() {
        MapLevel l = level.get();
        if (userLayers.contains(l)) {
            PreparedLayer u = layers.get(l + ":user");
            if (layer.get() != u) layer.set(u);
            return true;
        }
        Territory t = territoryShown();
        String key = key(l, t);
        PreparedLayer p = layers.get(key);
        if (p != null) {
            if (layer.get() != p) layer.set(p);
            return true;
        }
        if (layers.isEmpty() || !loading.add(key)) return false; // the default layer is still loading, or this one is
        status.set("app.loading");
        CompletableFuture.supplyAsync(() -> prepare(() -> RegionLayers.load(l, t)))
                .thenAccept(x -> Platform.runLater(() -> {
                    loading.remove(key);
                    layers.put(key, x);
                    status.set("app.ready");
                    rebuild();
                }))
                .exceptionally(e -> { Platform.runLater(() -> { loading.remove(key); error.set(rootMessage(e)); }); return null; });
        return false;
    }

    private interface LayerLoad { RegionLayer load() throws java.io.IOException; }

    private PreparedLayer prepare(LayerLoad load) {
        try {
            RegionLayer layer = load.load();
            Probe.phase("layer-loaded");
            PreparedLayer p = new PreparedLayer(layer);
            Probe.phase("layer-prepared");
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

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private void refreshIndicators() {
        indicators.setAll(level.get() == MapLevel.DISTRICT ? kz.aimaq.core.data.DistrictLevel.indicators(data) : data.catalog().all());
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

    /**
     * The user chose an indicator, year or classes in the map's controls: the map shows that
     * choice, so result layers above the indicator layer are hidden (they stay in the list).
     */
    private void showIndicatorAndRebuild() {
        LayerStack s = layerStack.get().showIndicator();
        if (!s.equals(layerStack.get())) layerStack.set(s); // its listener rebuilds
        else rebuild();
    }

    /**
     * Recomputes the map from the layer list and the controls; cheap (classification of ≤ 224
     * values and colour lookup).
     */
    public void rebuild() {
        if (!ensureLayer()) return;
        PreparedLayer p = layer.get();
        Indicator i = indicator.get();
        if (p == null || i == null) return;
        try {
            ChoroplethSpec sp = spec.get();
            LayerStack stack = layerStack.get();
            String name = kz.aimaq.core.i18n.Messages.of(lang.get()).format("layers.indicator", i.name(lang.get()), String.valueOf(year.get()));
            if (!name.equals(stack.layers().getFirst().name())) {
                stack = stack.withIndicatorName(name);
                layerStack.set(stack); // rebuilds again through the listener, with the right name
                return;
            }
            MapContent content = stack.topContent(p.layer().level())
                    .orElseGet(() -> MapScenes.indicator(data, p, i, year.get(), sp));
            MapModel m = new MapModel(p, content, stack.overlays(p.layer().level()), sp, lang.get());
            Choropleth c = m.draw();
            model.set(m);
            choropleth.set(c);
            scene.set(c.scene());
            revision.set(revision.get() + 1);
            error.set(null);
        } catch (IllegalArgumentException e) {
            error.set(Localized.message(e, Messages.of(lang.get())));
        }
    }

    /** Adds a layer on top, or replaces the feature's layer with the same id where it is; it is shown. */
    public void putLayer(MapLayer l) { layerStack.set(layerStack.get().put(l)); }

    public void removeLayer(String id) { layerStack.set(layerStack.get().remove(id)); }

    public void setLayerVisible(String id, boolean visible) { layerStack.set(layerStack.get().setVisible(id, visible)); }

    public void moveLayer(String id, int delta) { layerStack.set(layerStack.get().move(id, delta)); }

    /** A new project: the indicator layer alone. */
    public void resetLayers() { layerStack.set(LayerStack.of(layerStack.get().layers().getFirst().name())); }

    /** The layer list (read it; change it through the methods above). */
    public ReadOnlyObjectProperty<LayerStack> layerStackProperty() { return layerStack; }

    /** The map as drawn: content, overlays, classes, frame. Exports read this. */
    public ReadOnlyObjectProperty<MapModel> modelProperty() { return model.getReadOnlyProperty(); }

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
        refreshIndicators();
        if (indicator.get() != null && indicator.get().id().equals(i.id())) { refreshYears(); rebuild(); }
    }
    public ObjectProperty<MapLevel> levelProperty() { return level; }
    public BooleanProperty todaysTerritoryProperty() { return todaysTerritory; }
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
