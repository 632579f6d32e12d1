package kz.aimaq.ui.analysis;

import javafx.beans.property.*;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.aimaq.core.analysis.CategoricalMap;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.group.GroupingFiles;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.regionalize.*;
import kz.aimaq.core.stats.Contiguity;
import kz.aimaq.core.stats.SpatialWeights;

import java.io.IOException;
import java.nio.file.Path;
import java.util.*;

/**
 * State and commands of the regionalisation section, without nodes: the indicators, year, number
 * of groups, method and minimum population; the last proposal with its fit beside the official
 * {@code five} and {@code five-plus-cities}, the regions that move against {@code five}, and the
 * proposal as an editable grouping and as a categorical map.
 *
 * <p>For the lead's map: {@link #proposalProperty()} holds {@code map()} (a {@link CategoricalMap},
 * code = group number) and {@code moved()} (the regions to highlight); {@code grouping()} is what
 * "adopt" hands to the grouping editor. Until that wiring exists, {@link #save(Path)} writes it as a
 * grouping file the Groups panel opens.
 */
public final class RegionalisationViewModel {

    /** One row of the side-by-side fit table. */
    public record FitRow(String grouping, Fit fit) {}

    /** The last proposal and everything shown about it. */
    public record Proposal(Regionalisation result, List<FitRow> fits, List<String> moved, Grouping grouping, CategoricalMap map) {
        public Proposal { fits = List.copyOf(fits); moved = List.copyOf(moved); }
    }

    private final IndicatorData data;
    private final AnalysisViewModel.LayerSource layers;
    private final StringProperty lang = new SimpleStringProperty("en");
    private final ObservableList<String> indicators = FXCollections.observableArrayList("grp_per_capita", "unemployment_rate", "urban_share_pct");
    private final IntegerProperty year = new SimpleIntegerProperty(2024);
    private final IntegerProperty groups = new SimpleIntegerProperty(5);
    private final StringProperty method = new SimpleStringProperty(Skater.METHOD);
    private final DoubleProperty minPopulation = new SimpleDoubleProperty(0);
    private final ReadOnlyObjectWrapper<Proposal> proposal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private SpatialWeights queen;
    private List<String> codes;

    public RegionalisationViewModel(IndicatorData data, AnalysisViewModel.LayerSource layers) {
        this.data = data;
        this.layers = layers;
    }

    public static final List<String> METHODS = List.of(Skater.METHOD, Redcap.METHOD, KMeans.METHOD);

    public StringProperty langProperty() { return lang; }
    /** Indicator ids the groups should be homogeneous on (equal weights). */
    public ObservableList<String> indicators() { return indicators; }
    public IntegerProperty yearProperty() { return year; }
    public IntegerProperty groupsProperty() { return groups; }
    /** skater, redcap or kmeans */
    public StringProperty methodProperty() { return method; }
    /** Persons; 0 = no floor. */
    public DoubleProperty minPopulationProperty() { return minPopulation; }
    public ReadOnlyObjectProperty<Proposal> proposalProperty() { return proposal.getReadOnlyProperty(); }
    /** Why the last command was refused; empty when all went well. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** Computes a proposal; on a refused input keeps the previous one and says why. */
    public boolean propose() {
        message.set("");
        try {
            if (queen == null) {
                var layer = layers.load();
                codes = layer.regions().stream().map(r -> r.code()).toList();
                queen = Contiguity.queen(layer);
            }
            List<String> ids = List.copyOf(indicators);
            if (ids.isEmpty()) throw new kz.aimaq.core.i18n.InvalidInputException("regionalize.noIndicators");
            Attributes a = IndicatorAttributes.of(data, ids, null, year.get(), codes);
            double[] pop = IndicatorAttributes.column(data, "population_avg", year.get(), codes);
            double[] grp = IndicatorAttributes.column(data, "grp_per_capita", year.get(), codes);
            Constraint c = minPopulation.get() > 0 ? Constraint.minPopulation(pop, minPopulation.get()) : Constraint.none();
            Regionalisation r = switch (method.get()) {
                case Redcap.METHOD -> Redcap.of(a, queen, groups.get(), c);
                case KMeans.METHOD -> KMeans.of(a, groups.get(), KMeans.DEFAULT_SEED);
                default -> Skater.of(a, queen, groups.get(), c);
            };
            RegionGraph g = RegionGraph.of(queen);
            List<FitRow> fits = new ArrayList<>();
            fits.add(new FitRow(r.method(), Fit.of(r.labels(), a, grp, pop, g)));
            for (String preset : Groupings.presetIds())
                fits.add(new FitRow(preset, Fit.of(Fit.labels(Groupings.preset(preset), codes), a, grp, pop, g)));
            Messages m = Messages.of(lang.get());
            String name = m.format("regionalize.name", r.method().toUpperCase(Locale.ROOT), groups.get(), Integer.toString(year.get()));
            Grouping grouping = r.toGrouping(r.method() + "-" + groups.get(), name);
            proposal.set(new Proposal(r, fits, r.moved(Groupings.preset("five")), grouping, r.toCategoricalMap(name, lang.get())));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            message.set(new AnalysisTexts(lang.get()).format("analysis.error", kz.aimaq.core.i18n.Localized.message(e, Messages.of(lang.get()))));
            return false;
        }
    }

    /** Writes the proposal as a grouping file (atomic), which the Groups panel and {@code aimaq groups} open. */
    public boolean save(Path file) {
        Proposal p = proposal.get();
        if (p == null) return false;
        try {
            GroupingFiles.write(file, p.grouping());
            return true;
        } catch (IOException e) {
            message.set(new AnalysisTexts(lang.get()).format("analysis.error", e.getMessage()));
            return false;
        }
    }
}
