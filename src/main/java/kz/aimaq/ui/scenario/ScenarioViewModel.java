package kz.aimaq.ui.scenario;

import javafx.beans.property.*;
import javafx.concurrent.Task;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.scenario.*;
import kz.aimaq.core.stats.SpatialWeights;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * State and commands of the scenario panel, without any node: the chosen preset and sliders, the
 * comparison preset, and the results of the last run. {@link #compute} is plain Java (tested
 * directly); {@link #run} wraps it in a {@link Task} on a background thread.
 */
public final class ScenarioViewModel {

    /** The outcome of one press of Run. */
    public record Outcome(Trajectory current, Trajectory comparison, MonteCarloResult bands) {}

    /** Monte Carlo runs behind the P5–P95 band of the chart (the model's default). */
    public static final int BAND_RUNS = MonteCarlo.DEFAULT_RUNS;
    public static final long SEED = 42;

    private final Calibration calibration;
    private final Supplier<Grouping> grouping;
    private final SpatialWeights weights;

    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(Preset.MIX);
    private final ObjectProperty<Preset> comparisonPreset = new SimpleObjectProperty<>(Preset.INERTIAL);
    private final DoubleProperty alpha = new SimpleDoubleProperty(Preset.MIX_ALPHA);
    private final DoubleProperty budgetPercent = new SimpleDoubleProperty(Scenario.DEFAULT_BUDGET * 100);
    private final IntegerProperty horizon = new SimpleIntegerProperty(Scenario.DEFAULT_HORIZON);
    private final IntegerProperty bandRuns = new SimpleIntegerProperty(BAND_RUNS);
    private final BooleanProperty useHistory = new SimpleBooleanProperty(false);

    private final ReadOnlyObjectWrapper<Trajectory> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Trajectory> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MonteCarloResult> bands = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "aimaq-scenario");
        t.setDaemon(true);
        return t;
    });
    private Task<Outcome> task;

    /**
     * @param grouping asked at every run, so edits to the macro-regions apply to the next run
     * @param weights  spatial weights for spread/backwash, or null for none
     */
    public ScenarioViewModel(IndicatorData data, Supplier<Grouping> grouping, SpatialWeights weights) {
        this.calibration = Calibration.fromData(data, RegionCatalog.bundled());
        this.grouping = grouping;
        this.weights = weights;
        // choosing a preset moves the α slider to the preset's α (the user may then move it)
        preset.addListener((o, a, p) -> { if (p != null && p != Preset.INERTIAL) alpha.set(Scenario.of(p, defaults()).alpha()); });
    }

    public ObjectProperty<Preset> presetProperty() { return preset; }
    public ObjectProperty<Preset> comparisonPresetProperty() { return comparisonPreset; }
    public DoubleProperty alphaProperty() { return alpha; }
    public DoubleProperty budgetPercentProperty() { return budgetPercent; }
    public IntegerProperty horizonProperty() { return horizon; }
    /** Add each region's recent growth deviation d(i) from the data (both scenarios). */
    public BooleanProperty useHistoryProperty() { return useHistory; }
    /** Monte Carlo runs for the band; 0 or 1 = no band. */
    public IntegerProperty bandRunsProperty() { return bandRuns; }
    public ReadOnlyObjectProperty<Trajectory> resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Trajectory> comparisonProperty() { return comparison.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<MonteCarloResult> bandsProperty() { return bands.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** The last failure, as a message for the user; null after a successful run. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public Calibration calibration() { return calibration; }

    private ScenarioParameters defaults() { return calibration.defaultParameters(); }

    /** The scenario the controls describe (Inertial ignores α and the budget). */
    public Scenario scenario() {
        Scenario s = Scenario.of(preset.get(), defaults()).withHorizon(horizon.get()).withUseHistory(useHistory.get());
        if (preset.get() == Preset.INERTIAL) return s;
        return s.withAlpha(alpha.get()).withBudget(budgetPercent.get() / 100);
    }

    /** The comparison: its preset as defined, with the same horizon and budget. */
    public Scenario comparisonScenario() {
        Scenario s = Scenario.of(comparisonPreset.get(), defaults()).withHorizon(horizon.get())
                .withUseHistory(useHistory.get());
        return comparisonPreset.get() == Preset.INERTIAL ? s : s.withBudget(budgetPercent.get() / 100);
    }

    /** Runs both scenarios and the Monte Carlo band of the current one; any thread. */
    public Outcome compute(DoubleConsumer progress, BooleanSupplier cancelled) {
        Simulator sim = new Simulator(calibration, weights, grouping == null ? null : grouping.get());
        Scenario current = scenario(), other = comparisonScenario();
        Trajectory a = sim.run(current);
        Trajectory b = sim.run(other);
        progress.accept(0.05);
        if (cancelled.getAsBoolean()) throw new CancellationException();
        MonteCarloResult mc = bandRuns.get() > 1
                ? sim.monteCarlo(current, bandRuns.get(), SEED, Uncertainty.DEFAULT, p -> progress.accept(0.05 + 0.95 * p), cancelled)
                : null;
        progress.accept(1);
        return new Outcome(a, b, mc);
    }

    /** Starts a run off the FX thread (call on the FX thread); a run in progress is cancelled first. */
    public Task<Outcome> run() {
        cancel();
        Task<Outcome> t = new Task<>() {
            @Override protected Outcome call() {
                return compute(p -> updateProgress(p, 1), this::isCancelled);
            }
        };
        progress.bind(t.progressProperty());
        running.set(true);
        error.set(null);
        t.setOnSucceeded(e -> {
            finish();
            Outcome o = t.getValue();
            comparison.set(o.comparison());
            bands.set(o.bands());
            result.set(o.current());
        });
        t.setOnCancelled(e -> finish());
        t.setOnFailed(e -> {
            finish();
            Throwable x = t.getException();
            error.set(x instanceof CancellationException ? null : (x.getMessage() == null ? x.toString() : x.getMessage()));
        });
        task = t;
        worker.execute(t);
        return t;
    }

    private void finish() {
        progress.unbind();
        running.set(false);
    }

    public void cancel() {
        if (task != null && task.isRunning()) task.cancel();
    }
}
