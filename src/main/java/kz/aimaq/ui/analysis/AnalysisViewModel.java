package kz.aimaq.ui.analysis;

import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.i18n.Localized;
import javafx.beans.property.*;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.aimaq.core.analysis.*;
import kz.aimaq.core.analysis.IndexSpec.Aggregation;
import kz.aimaq.core.analysis.IndexSpec.Direction;
import kz.aimaq.core.analysis.IndexSpec.Normalisation;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayer;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.stats.*;

import java.io.IOException;
import java.util.*;

/**
 * State and commands of the analysis panel, without nodes: the index being built and its result
 * with the selected region's breakdown, the typology thresholds and result, the cluster settings
 * and result, and the categorical map to paint (the last typology or LISA computed).
 *
 * <p>For the lead's map: listen to {@link #categoricalMapProperty()} (null = paint the usual
 * choropleth) and to {@link #indexResultProperty()} (add {@code asIndicator()} and
 * {@code asObservations()} to the working data to map the index like any indicator).
 */
public final class AnalysisViewModel {

    /** Where the oblast polygons come from (the default layer, or a test's). */
    @FunctionalInterface
    public interface LayerSource { RegionLayer load() throws IOException; }

    /** One editable row of the index builder. */
    public static final class ComponentRow {
        private final StringProperty indicator = new SimpleStringProperty();
        private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>();
        private final DoubleProperty weight = new SimpleDoubleProperty(1);

        public ComponentRow(String indicator, Direction direction, double weight) {
            this.indicator.set(indicator); this.direction.set(direction); this.weight.set(weight);
        }
        public StringProperty indicatorProperty() { return indicator; }
        public ObjectProperty<Direction> directionProperty() { return direction; }
        public DoubleProperty weightProperty() { return weight; }
    }

    /** One bar of the breakdown chart: a component's contribution to the selected region's index. */
    public record Bar(String indicator, String label, double contribution, double normalised) {}

    /** The source of indicators made by {@link IndexResult#asIndicator()}. */
    private static final String INDEX_SOURCE = "Aimaq composite index";

    private final IndicatorData data;
    private final LayerSource layers;
    private final List<String> regions = RegionCatalog.bundled().current().stream().map(Region::kato).toList();
    private final StringProperty lang = new SimpleStringProperty("en");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CategoricalMap> categoricalMap = new ReadOnlyObjectWrapper<>();
    /** The last typology or LISA as map content (with its data source and method); null = none. */
    private final ReadOnlyObjectWrapper<kz.aimaq.core.map.MapContent.Categories> mapContent = new ReadOnlyObjectWrapper<>();

    // index builder
    private final StringProperty indexId = new SimpleStringProperty("development");
    private final StringProperty indexName = new SimpleStringProperty("");
    private final ObservableList<ComponentRow> components = FXCollections.observableArrayList();
    private final ObjectProperty<Normalisation> normalisation = new SimpleObjectProperty<>(Normalisation.MIN_MAX);
    private final ObjectProperty<Aggregation> aggregation = new SimpleObjectProperty<>(Aggregation.ARITHMETIC);
    private final IntegerProperty indexYear = new SimpleIntegerProperty(2022);
    private final ReadOnlyObjectWrapper<IndexResult> indexResult = new ReadOnlyObjectWrapper<>();
    private final StringProperty selectedRegion = new SimpleStringProperty();
    private final ObservableList<Bar> breakdown = FXCollections.observableArrayList();

    // typology
    private final IntegerProperty from = new SimpleIntegerProperty();
    private final IntegerProperty to = new SimpleIntegerProperty();
    private final DoubleProperty levelRatio = new SimpleDoubleProperty(TypologyThresholds.DEFAULT.levelRatio());
    private final DoubleProperty stagnationPct = new SimpleDoubleProperty(TypologyThresholds.DEFAULT.stagnationPct());
    private final DoubleProperty declinePct = new SimpleDoubleProperty(TypologyThresholds.DEFAULT.declinePct());
    private final DoubleProperty marginPp = new SimpleDoubleProperty(TypologyThresholds.DEFAULT.marginPp());
    private final ReadOnlyObjectWrapper<Typology.Result> typology = new ReadOnlyObjectWrapper<>();

    // clusters
    private final StringProperty clusterIndicator = new SimpleStringProperty("unemployment_rate");
    private final IntegerProperty clusterYear = new SimpleIntegerProperty(2024);
    private final StringProperty weights = new SimpleStringProperty("queen");
    private final IntegerProperty permutations = new SimpleIntegerProperty(MoranI.DEFAULT_PERMUTATIONS);
    private final LongProperty seed = new SimpleLongProperty(MoranI.DEFAULT_SEED);
    private final ReadOnlyObjectWrapper<MoranI.Result> moran = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Lisa.Result> lisa = new ReadOnlyObjectWrapper<>();

    public AnalysisViewModel(IndicatorData data) { this(data, () -> RegionLayers.load(MapLevel.OBLAST)); }

    public AnalysisViewModel(IndicatorData data, LayerSource layers) {
        this.data = data;
        this.layers = layers;
        int[] period = Typology.defaultPeriod(data, regions);
        from.set(period[0]);
        to.set(period[1]);
        components.addAll(new ComponentRow("grp_per_capita", Direction.HIGHER_IS_BETTER, 2),
                new ComponentRow("unemployment_rate", Direction.LOWER_IS_BETTER, 1),
                new ComponentRow("life_expectancy", Direction.HIGHER_IS_BETTER, 1));
        selectedRegion.addListener((o, a, b) -> refreshBreakdown());
        indexResult.addListener((o, a, b) -> refreshBreakdown());
    }

    // ---- properties -------------------------------------------------------------------------
    public StringProperty langProperty() { return lang; }
    /** The last thing the user should know (why a computation was refused). Empty when all is well. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The categorical map to paint: the last typology or LISA computed; null = none. */
    public ReadOnlyObjectProperty<CategoricalMap> categoricalMapProperty() { return categoricalMap.getReadOnlyProperty(); }

    /** The map layer's content of the last typology or LISA; null when cleared. */
    public ReadOnlyObjectProperty<kz.aimaq.core.map.MapContent.Categories> mapContentProperty() { return mapContent.getReadOnlyProperty(); }
    /** Indicators a user can pick (the catalogue, in its order). */
    public List<Indicator> indicators() { return data.catalog().all(); }
    public List<String> regions() { return regions; }

    public StringProperty indexIdProperty() { return indexId; }
    public StringProperty indexNameProperty() { return indexName; }
    public ObservableList<ComponentRow> components() { return components; }
    public ObjectProperty<Normalisation> normalisationProperty() { return normalisation; }
    public ObjectProperty<Aggregation> aggregationProperty() { return aggregation; }
    public IntegerProperty indexYearProperty() { return indexYear; }
    public ReadOnlyObjectProperty<IndexResult> indexResultProperty() { return indexResult.getReadOnlyProperty(); }
    /** The region whose breakdown is shown (a click in the table or on the map). */
    public StringProperty selectedRegionProperty() { return selectedRegion; }
    public ObservableList<Bar> breakdown() { return breakdown; }

    public IntegerProperty fromProperty() { return from; }
    public IntegerProperty toProperty() { return to; }
    public DoubleProperty levelRatioProperty() { return levelRatio; }
    public DoubleProperty stagnationPctProperty() { return stagnationPct; }
    public DoubleProperty declinePctProperty() { return declinePct; }
    public DoubleProperty marginPpProperty() { return marginPp; }
    public ReadOnlyObjectProperty<Typology.Result> typologyProperty() { return typology.getReadOnlyProperty(); }

    public StringProperty clusterIndicatorProperty() { return clusterIndicator; }
    public IntegerProperty clusterYearProperty() { return clusterYear; }
    /** queen, rook, knn:K or distance:KM */
    public StringProperty weightsProperty() { return weights; }
    public IntegerProperty permutationsProperty() { return permutations; }
    public LongProperty seedProperty() { return seed; }
    public ReadOnlyObjectProperty<MoranI.Result> moranProperty() { return moran.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Lisa.Result> lisaProperty() { return lisa.getReadOnlyProperty(); }

    // ---- index ------------------------------------------------------------------------------
    public void addComponent(String indicator) {
        Indicator ind = data.catalog().require(indicator);
        components.add(new ComponentRow(indicator,
                ind.direction() == Indicator.Direction.LOWER ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER, 1));
    }

    /** The builder's state as a spec, to save with the user's work. */
    public IndexSpec spec() {
        List<IndexSpec.Component> cs = new ArrayList<>();
        for (ComponentRow r : components) cs.add(new IndexSpec.Component(r.indicator.get(), r.direction.get(), r.weight.get()));
        String name = indexName.get() == null || indexName.get().isBlank() ? null : indexName.get();
        // an unnamed index still reads as words on the map and legend, in each language
        if (name == null) return new IndexSpec(indexId.get(), DEFAULT_NAME_EN, DEFAULT_NAME_RU, DEFAULT_NAME_KK,
                cs, normalisation.get(), aggregation.get());
        return new IndexSpec(indexId.get(), name, name, name, cs, normalisation.get(), aggregation.get());
    }

    static final String DEFAULT_NAME_EN = "Composite development index", DEFAULT_NAME_RU = "Композитный индекс развития",
            DEFAULT_NAME_KK = "Құрама даму индексі";

    /** Shows a saved spec in the builder. */
    public void load(IndexSpec spec) {
        indexId.set(spec.id());
        // the default names stay "unnamed", so the index keeps its name in every language
        indexName.set(DEFAULT_NAME_EN.equals(spec.nameEn()) ? "" : spec.nameEn());
        normalisation.set(spec.normalisation());
        aggregation.set(spec.aggregation());
        List<ComponentRow> rows = new ArrayList<>();
        for (IndexSpec.Component c : spec.resolve(data.catalog()).components())
            rows.add(new ComponentRow(c.indicator(), c.direction(), c.weight()));
        components.setAll(rows);
    }

    /** Computes the index; on a mistake (no data that year, a bad weight) keeps the old result and says why. */
    public boolean computeIndex() {
        return attempt(() -> {
            // the index becomes an indicator: it must not replace a published one of the same id
            data.catalog().byId(indexId.get()).filter(i -> !INDEX_SOURCE.equals(i.source())).ifPresent(i -> {
                throw new IllegalArgumentException("'" + i.id() + "' is already the indicator \"" + i.name(lang.get()) + "\"; give the index another id");
            });
            IndexResult r = CompositeIndex.compute(spec(), data, indexYear.get(), regions);
            indexResult.set(r);
            if (selectedRegion.get() == null || r.score(selectedRegion.get()).isEmpty())
                selectedRegion.set(r.scores().stream().filter(s -> s.rank() == 1).findFirst().orElseThrow().code());
            if (!r.missing().isEmpty())
                message.set(new AnalysisTexts(lang.get()).format("analysis.index.missing", String.join(", ", r.missing().keySet())));
        });
    }

    private void refreshBreakdown() {
        IndexResult r = indexResult.get();
        String code = selectedRegion.get();
        if (r == null || code == null || r.score(code).isEmpty()) { breakdown.clear(); return; }
        List<Bar> bars = new ArrayList<>();
        for (IndexResult.Part p : r.score(code).get().parts()) {
            String label = data.catalog().byId(p.indicator()).map(i -> i.name(lang.get())).orElse(p.indicator());
            bars.add(new Bar(p.indicator(), label, p.contribution(), p.normalised()));
        }
        breakdown.setAll(bars);
    }

    // ---- typology ---------------------------------------------------------------------------
    public boolean computeTypology() {
        return attempt(() -> {
            TypologyThresholds t = new TypologyThresholds(levelRatio.get(), stagnationPct.get(), declinePct.get(), marginPp.get());
            Typology.Result r = Typology.compute(data, from.get(), to.get(), regions, t);
            AnalysisTexts tx = new AnalysisTexts(lang.get());
            // the map first: listeners of the result read it
            CategoricalMap cats = CategoricalMap.of(r, tx.format("analysis.typology.title", Integer.toString(r.from()),
                    Integer.toString(r.to()), String.format(Locale.forLanguageTag(tx.lang()), "%.1f", r.nationalGrowthPct())), lang.get());
            Indicator grp = data.catalog().require("grp_per_capita");
            kz.aimaq.core.i18n.Messages m = kz.aimaq.core.i18n.Messages.of(lang.get());
            mapContent.set(new kz.aimaq.core.map.MapContent.Categories(kz.aimaq.core.map.MapContent.Categories.Kind.TYPOLOGY,
                    cats, grp, r.to(), kz.aimaq.core.render.ChoroplethScenes.sourceOf(data, grp.id(), r.to(), m),
                    List.of(Integer.toString(r.from()), Integer.toString(r.to()))));
            categoricalMap.set(cats);
            typology.set(r);
            if (!r.notes().isEmpty()) message.set(String.join("; ", r.notes()));
        });
    }

    // ---- clusters ---------------------------------------------------------------------------
    public boolean computeClusters() {
        return attempt(() -> {
            WeightsSpec ws = WeightsSpec.parse(weights.get());
            String id = clusterIndicator.get();
            Indicator ind = data.catalog().require(id);
            RegionLayer layer;
            try { layer = layers.load(); }
            catch (IOException e) { throw new IllegalArgumentException(e.getMessage(), e); }
            SpatialWeights all = ws.build(layer);
            List<String> used = new ArrayList<>();
            for (String c : all.codes()) if (data.current(id, clusterYear.get(), c).isPresent()) used.add(c);
            if (used.size() < 3) throw new IllegalArgumentException("no " + clusterYear.get() + " values of " + id + "; years: " + data.years(id));
            SpatialWeights w = all.reorder(used).rowStandardised();
            double[] x = used.stream().mapToDouble(c -> data.current(id, clusterYear.get(), c).getAsDouble()).toArray();
            MoranI.Result m = MoranI.of(x, w, permutations.get(), seed.get());
            Lisa.Result l = Lisa.of(x, w, permutations.get(), seed.get(), Lisa.DEFAULT_ALPHA);
            // the map and I first: listeners of the LISA result read them
            CategoricalMap cats = CategoricalMap.of(l, new AnalysisTexts(lang.get()).format("analysis.clusters.title",
                    ind.name(lang.get()), Integer.toString(clusterYear.get())), lang.get());
            kz.aimaq.core.i18n.Messages msg = kz.aimaq.core.i18n.Messages.of(lang.get());
            mapContent.set(new kz.aimaq.core.map.MapContent.Categories(kz.aimaq.core.map.MapContent.Categories.Kind.LISA,
                    cats, ind, clusterYear.get(), kz.aimaq.core.render.ChoroplethScenes.sourceOf(data, id, clusterYear.get(), msg),
                    List.of(weightsName(ws, msg), Integer.toString(permutations.get()),
                            kz.aimaq.core.format.NumberFormats.format(Lisa.DEFAULT_ALPHA, 2, msg.lang()))));
            categoricalMap.set(cats);
            moran.set(m);
            lisa.set(l);
        });
    }

    /** Back to the usual choropleth. */
    public void clearMap() { mapContent.set(null); categoricalMap.set(null); }

    /** The spatial weights in words, for the map's method line ("queen contiguity", "4 nearest neighbours"). */
    static String weightsName(WeightsSpec ws, kz.aimaq.core.i18n.Messages m) {
        return switch (ws.kind()) {
            case QUEEN -> m.get("weights.queen");
            case ROOK -> m.get("weights.rook");
            case KNN -> m.format("weights.knn", Integer.toString((int) ws.parameter()));
            case DISTANCE -> m.format("weights.distance", kz.aimaq.core.format.NumberFormats.format(ws.parameter(), 0, m.lang()));
        };
    }

    private boolean attempt(Runnable action) {
        message.set("");
        try {
            action.run();
            return true;
        } catch (IllegalArgumentException e) {
            message.set(new AnalysisTexts(lang.get()).format("analysis.error", Localized.message(e, Messages.of(lang.get()))));
            return false;
        }
    }
}
