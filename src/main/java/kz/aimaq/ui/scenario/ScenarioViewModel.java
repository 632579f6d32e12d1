package kz.aimaq.ui.scenario;

import javafx.beans.property.*;
import javafx.concurrent.Task;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.scenario.*;
import kz.aimaq.core.stats.SpatialWeights;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

    /** What a click on the map does while the scenario tab is shown. */
    public enum PickMode { NONE, POLES, TARGETS }

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
    /** true: the budget is paid by a levy on the regions above average; false: by national taxes. */
    private final BooleanProperty levyFinancing = new SimpleBooleanProperty(false);
    private final ObjectProperty<ScenarioParameters> parameters = new SimpleObjectProperty<>();
    private final ObservableList<String> poles = FXCollections.observableArrayList();
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObjectProperty<PickMode> pickMode = new SimpleObjectProperty<>(PickMode.NONE);
    private final DoubleProperty epsilon = new SimpleDoubleProperty(Frontier.DEFAULT_EPSILON);
    private final ReadOnlyObjectWrapper<FrontierResult> frontier = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper frontierRunning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper frontierProgress = new ReadOnlyDoubleWrapper();

    private final ReadOnlyObjectWrapper<Trajectory> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Trajectory> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MonteCarloResult> bands = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    /** The last failure itself, so the panel can word a known one (a collapse) in the interface language. */
    private volatile Throwable failure;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "aimaq-scenario");
        t.setDaemon(true);
        return t;
    });
    private Task<Outcome> task;
    private Task<FrontierResult> frontierTask;

    /**
     * @param grouping asked at every run, so edits to the macro-regions apply to the next run
     * @param weights  spatial weights for spread/backwash, or null for none
     */
    public ScenarioViewModel(IndicatorData data, Supplier<Grouping> grouping, SpatialWeights weights) {
        this.calibration = Calibration.fromData(data, RegionCatalog.bundled());
        this.grouping = grouping;
        this.weights = weights;
        // choosing a preset moves the α slider to the preset's α (the user may then move it)
        parameters.set(defaults());
        resetRecipients();
        // choosing a preset moves the α slider to the preset's α (the user may then move it) and
        // puts back the preset's poles and targets
        preset.addListener((o, a, p) -> {
            if (p == null) return;
            if (p != Preset.INERTIAL) alpha.set(Scenario.of(p, defaults()).alpha());
            // Selective is sized to what Kyzylorda can absorb; leaving it restores the usual 1 %
            if (p == Preset.SELECTIVE) budgetPercent.set(Preset.SELECTIVE_BUDGET * 100);
            else if (a == Preset.SELECTIVE) budgetPercent.set(Scenario.DEFAULT_BUDGET * 100);
            resetRecipients();
        });
    }

    public ObjectProperty<Preset> presetProperty() { return preset; }
    public ObjectProperty<Preset> comparisonPresetProperty() { return comparisonPreset; }
    public DoubleProperty alphaProperty() { return alpha; }
    public DoubleProperty budgetPercentProperty() { return budgetPercent; }
    public IntegerProperty horizonProperty() { return horizon; }
    /** Add each region's recent growth deviation d(i) from the data (both scenarios). */
    public BooleanProperty useHistoryProperty() { return useHistory; }
    public BooleanProperty levyFinancingProperty() { return levyFinancing; }

    private Financing financing() { return levyFinancing.get() ? Financing.LEVY : Financing.NATIONAL; }
    /** Monte Carlo runs for the band; 0 or 1 = no band. */
    public IntegerProperty bandRunsProperty() { return bandRuns; }
    public ReadOnlyObjectProperty<Trajectory> resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Trajectory> comparisonProperty() { return comparison.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<MonteCarloResult> bandsProperty() { return bands.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** The last failure, as a message for the user; null after a successful run. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** The exception behind the current error, or null. */
    public Throwable failure() { return failure; }

    public Calibration calibration() { return calibration; }

    private ScenarioParameters defaults() { return calibration.defaultParameters(); }

    /** The model parameters runs use (edited in "Advanced parameters"); never null. */
    public ObjectProperty<ScenarioParameters> parametersProperty() { return parameters; }

    /** Puts every parameter back to the calibrated defaults. */
    public void restoreDefaultParameters() { parameters.set(defaults()); }

    /** The calibrated defaults (literature values plus g_nat and n from the data). */
    public ScenarioParameters defaultParameters() { return defaults(); }

    /** Pole regions (KATO codes) of the current scenario; the preset's poles until the user picks. */
    public ObservableList<String> poles() { return poles; }

    /**
     * Explicit recipients of the redistributive share; empty = every region below θ·ȳ (the
     * preset's rule). Selective starts with Kyzylorda.
     */
    public ObservableList<String> targets() { return targets; }

    /** Adds the region to the poles, or removes it if it is one; true if it is now a pole. */
    public boolean togglePole(String code) { return toggle(poles, code); }

    /** Adds the region to the targets, or removes it; true if it is now a target. */
    public boolean toggleTarget(String code) { return toggle(targets, code); }

    private boolean toggle(ObservableList<String> list, String code) {
        if (calibration.indexOf(code) < 0) return false; // not one of the 20 current regions
        if (list.remove(code)) return false;
        list.add(code);
        return true;
    }

    /** "Pick poles" / "Pick targets" on the panel: a map click then toggles the region. */
    public ObjectProperty<PickMode> pickModeProperty() { return pickMode; }

    /**
     * A click on the map's region {@code kato}: toggles it in the poles or targets when picking.
     * @return true if the click was used (the map's own click action should then not run)
     */
    public boolean onRegionClicked(String kato) {
        return switch (pickMode.get()) {
            case POLES -> { togglePole(kato); yield true; }
            case TARGETS -> { toggleTarget(kato); yield true; }
            case NONE -> false;
        };
    }

    /** Poles and targets back to the preset's. */
    public void resetRecipients() {
        Scenario s = Scenario.of(preset.get(), defaults());
        poles.setAll(s.poles());
        targets.setAll(s.targets());
    }

    /** Inequality aversion ε of the welfare the best mix maximises. */
    public DoubleProperty epsilonProperty() { return epsilon; }
    /** The last frontier (null before "Find the best mix", and again after a change that makes it stale is not tracked). */
    public ReadOnlyObjectProperty<FrontierResult> frontierProperty() { return frontier.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty frontierRunningProperty() { return frontierRunning.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty frontierProgressProperty() { return frontierProgress.getReadOnlyProperty(); }

    /** The scenario the controls describe (Inertial ignores α and the budget). */
    public Scenario scenario() {
        Scenario base = Scenario.of(preset.get(), parameters.get());
        // the oil-poles preset is defined by its backwash above spread, on top of the parameters in force
        ScenarioParameters p = preset.get() == Preset.OIL_POLES
                ? parameters.get().withSpreadAndBackwash(Preset.OIL_SPREAD, Preset.OIL_BACKWASH) : parameters.get();
        Scenario s = new Scenario(base.name(), base.preset(), List.copyOf(poles), java.util.Map.of(), List.copyOf(targets),
                base.budget(), base.alpha(), horizon.get(), useHistory.get(), p, financing());
        if (preset.get() == Preset.INERTIAL) return s;
        return s.withAlpha(alpha.get()).withBudget(budgetPercent.get() / 100);
    }

    /** The comparison: its preset as defined, with the same horizon and budget. */
    public Scenario comparisonScenario() {
        Scenario s = Scenario.of(comparisonPreset.get(), parameters.get()).withHorizon(horizon.get())
                .withUseHistory(useHistory.get()).withFinancing(financing());
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

    /**
     * The α frontier of the current scenario (its poles, targets, budget, horizon and parameters;
     * Inertial has no budget, so its frontier uses the budget slider as a Managed mix would).
     */
    public FrontierResult computeFrontier(DoubleConsumer progress, BooleanSupplier cancelled) {
        Simulator sim = new Simulator(calibration, weights, grouping == null ? null : grouping.get());
        Scenario s = scenario();
        if (preset.get() == Preset.INERTIAL) s = s.withBudget(budgetPercent.get() / 100);
        return sim.frontier(s, Frontier.DEFAULT_POINTS, epsilon.get(), progress, cancelled);
    }

    /** Starts "Find the best mix" off the FX thread (call on the FX thread). */
    public Task<FrontierResult> findBestMix() {
        cancelFrontier();
        Task<FrontierResult> t = new Task<>() {
            @Override protected FrontierResult call() { return computeFrontier(p -> updateProgress(p, 1), this::isCancelled); }
        };
        frontierProgress.bind(t.progressProperty());
        frontierRunning.set(true);
        error.set(null);
        Runnable done = () -> { frontierProgress.unbind(); frontierRunning.set(false); };
        t.setOnSucceeded(e -> { done.run(); frontier.set(t.getValue()); });
        t.setOnCancelled(e -> done.run());
        t.setOnFailed(e -> {
            done.run();
            Throwable x = t.getException();
            failure = x;
            error.set(x instanceof CancellationException ? null : (x.getMessage() == null ? x.toString() : x.getMessage()));
        });
        frontierTask = t;
        worker.execute(t);
        return t;
    }

    public void cancelFrontier() {
        if (frontierTask != null && !frontierTask.isDone()) frontierTask.cancel();
    }

    /**
     * Sets the current scenario's α to the welfare-maximising one. A single-recipient preset
     * (Inertial, Growth poles, Redistribution) becomes a Managed mix, keeping the picked poles and
     * targets, so the charts do not call a mix "Growth poles".
     */
    public void useOptimalAlpha() {
        FrontierResult f = frontier.get();
        if (f == null) return;
        Preset p = preset.get();
        if (p == Preset.INERTIAL || p == Preset.GROWTH_POLES || p == Preset.REDISTRIBUTION) {
            List<String> keptPoles = List.copyOf(poles), keptTargets = List.copyOf(targets);
            preset.set(Preset.MIX);
            poles.setAll(keptPoles);
            targets.setAll(keptTargets);
        }
        alpha.set(f.optimum().alpha());
    }

    /** Writes the current scenario (controls, picked regions, parameters) as a scenario file. */
    public void save(Path file) throws IOException { ScenarioJson.write(scenario(), file); }

    /**
     * Reads a scenario file into the controls. A file that names no preset (or "custom") becomes a
     * Managed mix with the file's α. Pole weights are not shown in the panel and are dropped.
     *
     * @throws IllegalArgumentException with the core's message naming what is wrong in the file
     */
    public void load(Path file) throws IOException {
        Scenario s = ScenarioJson.read(file, defaults(), calibration.codes());
        preset.set(s.preset() == Preset.CUSTOM ? Preset.MIX : s.preset());
        poles.setAll(s.poles());
        targets.setAll(s.targets());
        alpha.set(s.alpha());
        if (s.preset() != Preset.INERTIAL) budgetPercent.set(s.budget() * 100);
        horizon.set(s.horizon());
        useHistory.set(s.useHistory());
        levyFinancing.set(s.financing() == Financing.LEVY);
        parameters.set(s.parameters());
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
            failure = x;
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
