package kz.aimaq.ui.map;

import kz.aimaq.ui.fx.WrappedText;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.control.*;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.classify.Palette;
import kz.aimaq.core.classify.Palettes;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.render.ChoroplethSpec;

import java.util.Arrays;
import java.util.List;

/** The left panel: indicator, year (slider and play), classification, classes, palette, labels. */
public final class LayerControls extends VBox {
    private final Timeline player = new Timeline();

    public LayerControls(MapViewModel vm, Messages m) {
        setSpacing(8);
        setPadding(new Insets(12));
        setPrefWidth(290);
        getStyleClass().add("side-panel");

        ComboBox<MapLevel> level = new ComboBox<>();
        level.getItems().setAll(MapLevel.values());
        level.setConverter(converter(l -> m.get(l == MapLevel.OBLAST ? "level.oblast" : "level.district")));
        level.valueProperty().bindBidirectional(vm.levelProperty());
        level.setMaxWidth(Double.MAX_VALUE);

        ComboBox<Indicator> indicator = new ComboBox<>();
        indicator.setItems(vm.indicators());
        indicator.setConverter(converter(i -> i.name(m.lang())));
        indicator.valueProperty().bindBidirectional(vm.indicatorProperty());
        indicator.setMaxWidth(Double.MAX_VALUE);
        indicator.setVisibleRowCount(20);
        Label districtNote = new Label(m.get(kz.aimaq.core.data.DistrictLevel.REASON_OBLAST_ONLY));
        WrappedText.allLines(districtNote);
        districtNote.getStyleClass().add("note");
        districtNote.visibleProperty().bind(vm.levelProperty().isEqualTo(MapLevel.DISTRICT));
        districtNote.managedProperty().bind(districtNote.visibleProperty());
        CheckBox todays = new CheckBox(m.get("controls.todaysTerritory"));
        todays.setId("todays-territory");
        WrappedText.allLines(todays);
        todays.selectedProperty().bindBidirectional(vm.todaysTerritoryProperty());
        todays.disableProperty().bind(vm.levelProperty().isEqualTo(MapLevel.DISTRICT));

        Slider year = new Slider();
        year.setId("year-slider");
        year.setSnapToTicks(true);
        year.setMajorTickUnit(1);
        year.setMinorTickCount(0);
        year.setBlockIncrement(1); // arrow keys on the slider: one year
        year.setShowTickMarks(true);
        // the slider draws its ticks with a chart axis, which fades its (hidden) labels in over
        // 750 ms whenever its range changes: an indicator with other years started animation
        // pulses that laid the side panel out again for the next frames
        year.skinProperty().addListener((o, a, skin) -> {
            if (year.lookup(".axis") instanceof javafx.scene.chart.Axis<?> ticks) ticks.setAnimated(false);
        });
        Label yearNote = new Label();
        yearNote.setId("year-note");
        WrappedText.allLines(yearNote);
        yearNote.getStyleClass().add("note");
        yearNote.managedProperty().bind(yearNote.textProperty().isNotEmpty());
        yearNote.visibleProperty().bind(yearNote.textProperty().isNotEmpty());
        Spinner<Integer> yearSpinner = yearSpinner(vm, m, yearNote);
        Runnable syncYears = () -> {
            List<Integer> ys = vm.years();
            if (ys.isEmpty()) return;
            year.setMin(ys.getFirst());
            year.setMax(ys.getLast());
            year.setValue(vm.yearProperty().get());
            year.setDisable(ys.size() < 2);
        };
        vm.years().addListener((javafx.collections.ListChangeListener<Integer>) c -> syncYears.run());
        syncYears.run();
        year.valueProperty().addListener((o, a, b) -> {
            int y = (int) Math.round(b.doubleValue());
            if (vm.years().contains(y)) vm.yearProperty().set(y);
        });
        vm.yearProperty().addListener((o, a, b) -> year.setValue(b.intValue()));
        Button play = new Button("▶");
        play.setId("year-play");
        play.setTooltip(new Tooltip(m.get("controls.play")));
        // one key frame a second; the speed box sets the rate (0.5, 1 or 2 years per second)
        ChoiceBox<Double> speed = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(0.5, 1.0, 2.0));
        speed.setId("year-speed");
        java.text.NumberFormat nf = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag(m.lang()));
        speed.setConverter(converter(v -> m.format("controls.speed.value", nf.format(v))));
        speed.setValue(1.0);
        speed.setTooltip(new Tooltip(m.get("controls.speed")));
        speed.valueProperty().addListener((o, a, v) -> { if (v != null) player.setRate(v); });
        player.getKeyFrames().add(new KeyFrame(Duration.millis(1000), e -> {
            List<Integer> ys = vm.years();
            int i = ys.indexOf(vm.yearProperty().get());
            vm.yearProperty().set(ys.get((i + 1) % ys.size()));
        }));
        player.setCycleCount(Timeline.INDEFINITE);
        play.setOnAction(e -> {
            if (player.getStatus() == javafx.animation.Animation.Status.RUNNING) { player.stop(); play.setText("▶"); }
            else { player.play(); play.setText("⏸"); }
        });
        HBox yearRow = new HBox(6, year, yearSpinner);
        yearRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(year, Priority.ALWAYS);
        year.setMinWidth(60);
        HBox playRow = new HBox(6, play, speed);
        playRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        ComboBox<ClassificationMethod> method = new ComboBox<>();
        method.getItems().setAll(Arrays.stream(ClassificationMethod.values()).filter(x -> x != ClassificationMethod.MANUAL).toList());
        method.getItems().add(ClassificationMethod.MANUAL);
        method.setConverter(converter(x -> m.get("method." + x.id())));
        method.setValue(vm.specProperty().get().method());
        method.setMaxWidth(Double.MAX_VALUE);

        Spinner<Integer> classes = new Spinner<>(3, 9, vm.specProperty().get().classes());
        classes.setMaxWidth(Double.MAX_VALUE);
        TextField breaks = new TextField();
        breaks.setPromptText(m.get("controls.manualBreaks"));
        breaks.visibleProperty().bind(method.valueProperty().isEqualTo(ClassificationMethod.MANUAL));
        breaks.managedProperty().bind(breaks.visibleProperty());

        ComboBox<Palette> palette = new ComboBox<>();
        palette.getItems().setAll(Palettes.all());
        palette.setConverter(converter(p -> m.get("palette." + p.id()) + (p.colorBlindSafe() ? "  ✓ " + m.get("controls.cbSafe") : "")));
        palette.setCellFactory(lv -> new PaletteCell(m));
        palette.setButtonCell(new PaletteCell(m));
        palette.setId("palette-box");
        palette.setMaxWidth(Double.MAX_VALUE);
        palette.setVisibleRowCount(14);
        CheckBox reverse = new CheckBox(m.get("controls.reverse"));
        CheckBox labels = new CheckBox(m.get("controls.labels"));
        labels.setSelected(true);
        CheckBox sameBreaks = new CheckBox(m.get("controls.sameBreaks"));
        sameBreaks.setId("same-breaks");
        WrappedText.allLines(sameBreaks);
        // while the years play, a colour must mean the same in every frame
        play.addEventHandler(javafx.event.ActionEvent.ACTION, e -> { if (player.getStatus() == javafx.animation.Animation.Status.RUNNING) sameBreaks.setSelected(true); });

        boolean[] syncing = {false}; // true while the controls follow a spec set elsewhere
        // the palette box shows the indicator's default palette until the user picks one; the spec then keeps null
        boolean[] showingDefault = {true};
        Runnable apply = () -> {
            if (syncing[0]) return;
            ChoroplethSpec s = vm.specProperty().get()
                    .withMethod(method.getValue()).withClasses(classes.getValue())
                    .withPalette(palette.getValue() == null || showingDefault[0] ? null : palette.getValue().id())
                    .withReverse(reverse.isSelected()).withLabels(labels.isSelected())
                    .withSameBreaksAllYears(sameBreaks.isSelected())
                    .withManualBreaks(parseBreaks(breaks.getText()));
            vm.specProperty().set(s);
        };
        method.valueProperty().addListener((o, a, b) -> { if (b != ClassificationMethod.MANUAL || parseBreaks(breaks.getText()) != null) apply.run(); });
        classes.valueProperty().addListener((o, a, b) -> apply.run());
        palette.valueProperty().addListener((o, a, b) -> {
            if (syncing[0]) return;
            showingDefault[0] = false; // the user picked this one
            apply.run();
        });
        reverse.selectedProperty().addListener((o, a, b) -> apply.run());
        labels.selectedProperty().addListener((o, a, b) -> apply.run());
        sameBreaks.selectedProperty().addListener((o, a, b) -> apply.run());
        breaks.setOnAction(e -> apply.run());
        // A spec set elsewhere (an opened workspace) shows in the controls, so they do not overwrite it later.
        vm.specProperty().addListener((o, a, b) -> {
            if (syncing[0]) return;
            syncing[0] = true;
            try {
                ChoroplethSpec sp = vm.specProperty().get(); // b may be stale if another listener changed it since
                method.setValue(sp.method());
                classes.getValueFactory().setValue(sp.classes());
                // a default palette (null) leaves the box as it is: clearing and re-selecting it on every
                // change rebuilt its swatches each recolour (~14 ms on the UI thread)
                if (sp.paletteId() == null) showingDefault[0] = true;
                else {
                    showingDefault[0] = false;
                    palette.getItems().stream().filter(p -> p.id().equals(sp.paletteId())).findFirst()
                            .filter(p -> p != palette.getValue()).ifPresent(palette::setValue);
                }
                reverse.setSelected(sp.reversePalette());
                labels.setSelected(sp.labels());
                sameBreaks.setSelected(sp.sameBreaksAllYears());
                if (sp.manualBreaks() != null) breaks.setText(Arrays.stream(sp.manualBreaks()).mapToObj(Double::toString).collect(java.util.stream.Collectors.joining(", ")));
            } finally {
                syncing[0] = false;
            }
        });
        vm.choroplethProperty().addListener((o, a, c) -> {
            if (c != null && c.palette() != null && (palette.getValue() == null || showingDefault[0]) && !syncing[0]) {
                // show the default palette the map uses; the spec keeps "default" (null) until the user picks one
                syncing[0] = true;
                try {
                    // the longest matching id: "YlGnBu" is not "YlGn"
                    palette.getItems().stream().filter(p -> c.palette().id().startsWith(p.id()))
                            .max(java.util.Comparator.comparingInt(p -> p.id().length()))
                            .filter(p -> p != palette.getValue())
                            .ifPresent(p -> palette.getSelectionModel().select(p));
                } finally {
                    syncing[0] = false;
                }
            }
        });

        getChildren().addAll(
                caption(m.get("controls.level")), level,
                caption(m.get("controls.indicator")), indicator, districtNote,
                caption(m.get("controls.year")), yearRow, yearNote, playRow, todays,
                caption(m.get("controls.method")), method, breaks,
                caption(m.get("controls.classes")), classes,
                caption(m.get("controls.palette")), palette, reverse, labels, sameBreaks);
    }

    /**
     * Moves the map's year by {@code step} data years (Left/Right on the map); false at either end
     * or without years, so the key is left to the map.
     */
    public static boolean stepYear(MapViewModel vm, int step) {
        List<Integer> ys = vm.years();
        int i = ys.indexOf(vm.yearProperty().get());
        if (i < 0 || i + step < 0 || i + step >= ys.size()) return false;
        vm.yearProperty().set(ys.get(i + step));
        return true;
    }

    /**
     * A year box beside the slider, bound both ways to the map's year; its arrows step through
     * the years with data. A typed year without data is refused gently: the box returns to the
     * year shown and a note says which years there are.
     */
    static Spinner<Integer> yearSpinner(MapViewModel vm, Messages m, Label note) {
        @SuppressWarnings("unchecked") Spinner<Integer>[] box = new Spinner[1];
        SpinnerValueFactory<Integer> f = new SpinnerValueFactory<>() {
            @Override public void decrement(int steps) { move(-steps); }
            @Override public void increment(int steps) { move(steps); }
            private void move(int steps) {
                List<Integer> ys = vm.years();
                if (ys.isEmpty()) return;
                int i = ys.indexOf(getValue() == null ? vm.yearProperty().get() : getValue());
                setValue(ys.get(Math.max(0, Math.min(ys.size() - 1, (i < 0 ? 0 : i) + steps))));
            }
        };
        f.setConverter(new StringConverter<>() {
            @Override public String toString(Integer y) { return y == null ? "" : String.valueOf(y); } // 2024, not 2 024
            @Override public Integer fromString(String s) {
                List<Integer> ys = vm.years();
                try {
                    int y = Integer.parseInt(s.strip());
                    if (ys.contains(y)) { note.setText(""); return y; }
                } catch (NumberFormatException ignored) { /* refused below */ }
                if (!ys.isEmpty()) note.setText(m.format("controls.year.refused", s.strip(),
                        String.valueOf(ys.getFirst()), String.valueOf(ys.getLast())));
                // the value does not change, so the editor would keep the refused text: show the year again
                javafx.application.Platform.runLater(() -> { if (box[0] != null) box[0].getEditor().setText(String.valueOf(vm.yearProperty().get())); });
                return vm.yearProperty().get();
            }
        });
        f.setValue(vm.yearProperty().get());
        Spinner<Integer> sp = new Spinner<>(f);
        box[0] = sp;
        sp.setId("year-spinner");
        sp.setEditable(true);
        sp.setPrefWidth(92);
        sp.setMinWidth(USE_PREF_SIZE);
        sp.getEditor().setPrefColumnCount(4);
        sp.setTooltip(new Tooltip(m.get("controls.year.spinner")));
        f.valueProperty().addListener((o, a, y) -> {
            if (y != null && vm.years().contains(y) && y != vm.yearProperty().get()) vm.yearProperty().set(y);
            // a refused year leaves the value as it was: show that again in the editor
            sp.getEditor().setText(String.valueOf(vm.yearProperty().get()));
        });
        vm.yearProperty().addListener((o, a, y) -> { f.setValue(y.intValue()); note.setText(""); });
        return sp;
    }

    private static double[] parseBreaks(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Arrays.stream(text.split("[;\\s]+|,(?=\\s)|,")).filter(s -> !s.isBlank())
                    .mapToDouble(s -> Double.parseDouble(s.trim())).sorted().toArray();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Label caption(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("caption");
        return l;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : f.apply(t); }
            @Override public T fromString(String s) { return null; }
        };
    }
}
