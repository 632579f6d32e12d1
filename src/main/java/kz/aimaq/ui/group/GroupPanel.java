package kz.aimaq.ui.group;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.*;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.*;
import javafx.scene.layout.*;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import kz.aimaq.core.map.GroupOverlay;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.format.NumberFormats;
import kz.aimaq.core.group.*;
import kz.aimaq.core.region.Region;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The macro-region panel: one card per group (colour, name, "assign clicks here" toggle, its
 * regions as a list that takes drag-and-drop), an "Ungrouped" card, a region table with a group
 * column, undo/redo (Ctrl+Z / Ctrl+Y), "Restore default", open/save, the summary table and a bar
 * chart of the groups' shares for the current year.
 *
 * <p>The lead's map calls {@link #onRegionClicked(String)} when a region is clicked and listens to
 * {@code viewModel().groupingProperty()} to draw the dissolved outlines.
 */
public final class GroupPanel extends VBox {

    /** Prefix of drag-and-drop payloads, so a text dragged from elsewhere is not taken for a region. */
    static final String DRAG_PREFIX = "aimaq-region:";

    private final GroupViewModel vm;
    private final FlowPane cards = new FlowPane(8, 8);
    private final ToggleGroup assignTarget = new ToggleGroup();
    private final ObservableList<String> groupChoices = FXCollections.observableArrayList();
    private final TableView<Region> regionTable = new TableView<>();
    private final TableView<GroupSummary> summaryTable = new TableView<>();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final Label summaryTitle = new Label();
    /** The group name column, frozen at the left while the figures scroll sideways. */
    private final TableView<GroupSummary> nameTable = new TableView<>();
    private final HBox summaryBox = new HBox();
    private TableColumn<GroupSummary, String> indicatorColumn;
    private final GroupTexts t;
    /** False while the panel's tab is not selected: see {@link #showIndicator(ObservableValue, ObservableValue)}. */
    private ObservableValue<Boolean> shown = new javafx.beans.property.SimpleBooleanProperty(true);
    /** Refreshes put off while the panel was hidden, run once when it is shown (in order, each once). */
    private final java.util.Set<Runnable> waiting = new java.util.LinkedHashSet<>();
    private final Runnable summaryRefresh = this::refreshSummary;

    private void whenShown(Runnable r) {
        if (Boolean.TRUE.equals(shown.getValue())) r.run();
        else waiting.add(r);
    }

    /** @param lang "kk", "ru" or "en" (the app's language) */
    public GroupPanel(GroupingEditor editor, IndicatorData data, ObservableValue<? extends Number> year, String lang) {
        this(new GroupViewModel(editor, data, year, GroupTexts.of(lang)));
    }

    /** The panel of an existing view model (the app builds the model at start and the panel when first shown). */
    GroupPanel(GroupViewModel vm) {
        this.t = vm.texts();
        this.vm = vm;
        setSpacing(8);
        setPadding(new Insets(8));
        getStyleClass().add("group-panel");

        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add("group-message");

        Label hint = new Label(t.get("groups.hint"));
        hint.setWrapText(true);

        ScrollPane cardScroll = kz.aimaq.ui.fx.Scrolling.of(cards);
        cardScroll.setFitToWidth(true);
        cardScroll.setPrefViewportHeight(260);
        cards.prefWrapLengthProperty().bind(cardScroll.widthProperty().subtract(24)); // as many cards per row as fit

        TitledPane regionPane = new TitledPane(t.get("groups.regions"), buildRegionTable());
        regionPane.setExpanded(false);

        buildSummaryTable();
        buildChart();
        VBox.setVgrow(summaryBox, Priority.SOMETIMES);
        summaryTitle.setWrapText(true);
        summaryTitle.setMinHeight(USE_PREF_SIZE);


        CheckBox show = new CheckBox(t.get("groups.show"));
        show.setId("groups-show");
        show.selectedProperty().bindBidirectional(vm.showOnMapProperty());
        CheckBox fill = new CheckBox(t.get("groups.fill"));
        fill.setSelected(vm.overlayModeProperty().get() == GroupOverlay.Mode.FILLS);
        fill.selectedProperty().addListener((o, a, on) -> vm.overlayModeProperty().set(on ? GroupOverlay.Mode.FILLS : GroupOverlay.Mode.OUTLINES));
        fill.disableProperty().bind(show.selectedProperty().not());
        show.setWrapText(true);
        fill.setWrapText(true);
        FlowPane mapOptions = new FlowPane(12, 4, show, fill);

        getChildren().addAll(buildToolBar(), mapOptions, hint, cardScroll, regionPane, summaryTitle, summaryBox, chart, message);

        vm.groupingProperty().addListener((o, a, b) -> rebuildCards());
        vm.selectedGroupIdProperty().addListener((o, a, b) -> syncToggles());
        vm.summary().addListener((ListChangeListener<GroupSummary>) c -> whenShown(summaryRefresh));
        sceneProperty().addListener((o, old, scene) -> installShortcuts(scene));
        rebuildCards();
        refreshSummary();
    }

    /** The panel's state and commands (for the map: {@code groupingProperty()}, {@code selectedGroupIdProperty()}). */
    public GroupViewModel viewModel() { return vm; }

    /**
     * Call when a region is clicked on the map. With a group selected in the panel the region
     * joins it (undoable) and true is returned; otherwise false and nothing changes.
     */
    public boolean onRegionClicked(String kato) { return vm.onRegionClicked(kato); }

    // ---- tool bar and shortcuts -------------------------------------------------------------

    /** Buttons in a wrapping row: a side tab is narrow and ru/kk labels are long, so no overflow menu. */
    private FlowPane buildToolBar() {
        Button undo = new Button(t.get("groups.undo"));
        undo.setOnAction(e -> vm.undo());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setTooltip(new Tooltip(t.get("groups.undo.tip")));
        Button redo = new Button(t.get("groups.redo"));
        redo.setOnAction(e -> vm.redo());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setTooltip(new Tooltip(t.get("groups.redo.tip")));
        Button reset = new Button(t.get("groups.reset"));
        reset.setOnAction(e -> vm.restoreDefault());
        reset.setTooltip(new Tooltip(t.get("groups.reset.tip")));
        Button add = new Button(t.get("groups.add"));
        add.setOnAction(e -> vm.addGroup());
        Button open = new Button(t.get("groups.open"));
        open.setOnAction(e -> chooseFile(false));
        Button save = new Button(t.get("groups.save"));
        save.setOnAction(e -> chooseFile(true));
        undo.setId("group-undo");
        redo.setId("group-redo");
        reset.setId("group-reset");
        add.setId("group-add");
        FlowPane bar = new FlowPane(4, 4, undo, redo, add, reset, open, save);
        bar.getStyleClass().add("group-toolbar");
        return bar;
    }

    private void installShortcuts(Scene scene) {
        if (scene == null) return;
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), vm::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), vm::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), vm::redo);
    }

    private void chooseFile(boolean save) {
        FileChooser fc = new FileChooser();
        fc.setTitle(t.get(save ? "groups.saveTitle" : "groups.openTitle"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("groups.fileType"), "*.json"));
        if (save) fc.setInitialFileName(vm.getGrouping().id() + ".json");
        File f = save ? kz.aimaq.ui.common.LastFolder.save(fc, getScene() == null ? null : getScene().getWindow())
                : kz.aimaq.ui.common.LastFolder.open(fc, getScene() == null ? null : getScene().getWindow());
        if (f == null) return;
        if (save) vm.save(f.toPath()); else vm.open(f.toPath());
    }

    // ---- group cards ------------------------------------------------------------------------

    private void rebuildCards() {
        Grouping g = vm.getGrouping();
        cards.getChildren().clear();
        assignTarget.getToggles().clear();
        for (Group group : g.groups()) cards.getChildren().add(card(group));
        cards.getChildren().add(ungroupedCard());
        groupChoices.setAll(g.groups().stream().map(Group::id).toList());
        groupChoices.add(GroupingFiles.UNGROUPED_ID);
        regionTable.refresh();
        syncToggles();
    }

    private VBox card(Group group) {
        ToggleButton target = new ToggleButton("▸");
        target.setUserData(group.id());
        target.setToggleGroup(assignTarget);
        target.setTooltip(new Tooltip(t.get("groups.target.tip")));
        target.setOnAction(e -> vm.selectedGroupIdProperty().set(target.isSelected() ? group.id() : null));

        ColorPicker colour = new ColorPicker(Color.web(group.color()));
        colour.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
        colour.setMaxWidth(44);
        colour.setTooltip(new Tooltip(t.get("groups.colour.tip")));
        colour.setOnAction(e -> vm.recolour(group.id(), hex(colour.getValue())));

        TextField name = new TextField(group.name(vm.lang()));
        name.setPrefColumnCount(10);
        Runnable commit = () -> {
            if (!name.getText().equals(group.name(vm.lang()))) vm.rename(group.id(), name.getText());
        };
        name.setOnAction(e -> commit.run());
        name.focusedProperty().addListener((o, was, now) -> { if (!now) commit.run(); });

        Button remove = new Button("✕");
        remove.setTooltip(new Tooltip(t.get("groups.remove.tip")));
        remove.setOnAction(e -> vm.removeGroup(group.id()));

        HBox header = new HBox(4, target, colour, name, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        ListView<String> members = memberList(group.members(), group.id());
        VBox card = new VBox(4, header, members);
        card.setPadding(new Insets(6));
        card.setStyle("-fx-border-color: " + group.color() + "; -fx-border-width: 0 0 0 6; -fx-background-color: derive(-fx-base, 8%);");
        card.setUserData(group.id());
        acceptDrops(card, group.id());
        return card;
    }

    private VBox ungroupedCard() {
        Label title = new Label(t.get("groups.ungrouped"));
        title.setStyle("-fx-font-weight: bold");
        ListView<String> members = memberList(vm.getGrouping().ungrouped(vm.regions().stream().map(Region::kato).toList()), null);
        VBox card = new VBox(4, title, members);
        card.setPadding(new Insets(6));
        card.setStyle("-fx-border-color: " + GroupPalette.UNGROUPED + "; -fx-border-width: 0 0 0 6;");
        card.setUserData(GroupingFiles.UNGROUPED_ID);
        acceptDrops(card, null);
        return card;
    }

    private ListView<String> memberList(List<String> codes, String groupId) {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(codes));
        list.setPrefHeight(Math.max(2, Math.min(codes.size(), 7)) * 24 + 4);
        list.setPrefWidth(210);
        list.setCellFactory(lv -> {
            ListCell<String> cell = new ListCell<>() {
                @Override protected void updateItem(String kato, boolean empty) {
                    super.updateItem(kato, empty);
                    setText(empty || kato == null ? null : vm.regionName(kato) + "  (" + kato + ")");
                }
            };
            cell.setOnDragDetected(e -> {
                if (cell.getItem() == null) return;
                Dragboard db = cell.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(DRAG_PREFIX + cell.getItem());
                db.setContent(content);
                e.consume();
            });
            return cell;
        });
        acceptDrops(list, groupId);
        return list;
    }

    private void acceptDrops(javafx.scene.Node target, String groupId) {
        target.setOnDragOver(e -> {
            if (draggedRegion(e.getDragboard()) != null) e.acceptTransferModes(TransferMode.MOVE);
            e.consume();
        });
        target.setOnDragDropped(e -> {
            String kato = draggedRegion(e.getDragboard());
            if (kato != null) vm.assign(kato, groupId);
            e.setDropCompleted(kato != null);
            e.consume();
        });
    }

    private static String draggedRegion(Dragboard db) {
        if (!db.hasString() || !db.getString().startsWith(DRAG_PREFIX)) return null;
        return db.getString().substring(DRAG_PREFIX.length());
    }

    private void syncToggles() {
        String selected = vm.selectedGroupIdProperty().get();
        for (Toggle t : assignTarget.getToggles()) t.setSelected(t.getUserData().equals(selected));
    }

    // ---- region table: assign from a table ------------------------------------------------

    private TableView<Region> buildRegionTable() {
        regionTable.setItems(FXCollections.observableArrayList(vm.regions()));
        regionTable.setEditable(true);
        regionTable.setPrefHeight(240);
        TableColumn<Region, String> name = new TableColumn<>(t.get("groups.region"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().shortName(vm.lang())));
        name.setPrefWidth(170);
        TableColumn<Region, String> group = new TableColumn<>(t.get("groups.group"));
        group.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                vm.getGrouping().groupOf(c.getValue().kato()).map(Group::id).orElse(GroupingFiles.UNGROUPED_ID)));
        group.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override public String toString(String id) { return groupName(id); }
            @Override public String fromString(String s) { return s; }
        }, groupChoices));
        group.setOnEditCommit(e -> {
            String id = e.getNewValue();
            vm.assign(e.getRowValue().kato(), GroupingFiles.UNGROUPED_ID.equals(id) ? null : id);
        });
        group.setPrefWidth(150);
        regionTable.getColumns().setAll(List.of(name, group));
        return regionTable;
    }

    private String groupName(String id) {
        if (id == null || GroupingFiles.UNGROUPED_ID.equals(id)) return t.get("groups.ungrouped");
        return vm.getGrouping().group(id).map(g -> g.name(vm.lang())).orElse(id);
    }

    // ---- summary table and chart -----------------------------------------------------------

    private void buildSummaryTable() {
        TableColumn<GroupSummary, GroupSummary> group = new TableColumn<>(t.get("groups.group"));
        group.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        group.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(GroupSummary s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) { setText(null); setGraphic(null); return; }
                setText(s.isUngrouped() ? t.get("groups.ungrouped") : s.group().name(vm.lang()));
                setGraphic(new Rectangle(12, 12, Color.web(s.group().color())));
            }
        });
        group.setPrefWidth(130);
        group.setSortable(false);
        nameTable.getColumns().setAll(List.of(group));
        nameTable.setItems(vm.summary());
        nameTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        nameTable.setPrefWidth(140);
        nameTable.setMinWidth(140);
        nameTable.setMaxWidth(140);
        nameTable.getStyleClass().add("frozen-column");
        nameTable.setId("groups-names");
        nameTable.setPrefHeight(240);
        summaryTable.setId("groups-summary");
        // one selection for both halves of the table
        nameTable.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0 && summaryTable.getSelectionModel().getSelectedIndex() != i.intValue()) summaryTable.getSelectionModel().select(i.intValue());
        });
        summaryTable.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0 && nameTable.getSelectionModel().getSelectedIndex() != i.intValue()) nameTable.getSelectionModel().select(i.intValue());
        });
        summaryBox.getChildren().setAll(nameTable, summaryTable);
        kz.aimaq.ui.common.TableExport.freeze(nameTable, summaryTable);
        HBox.setHgrow(summaryTable, Priority.ALWAYS);
        summaryTable.getColumns().setAll(List.of(
                text(t.get("groups.col.count"), s -> String.valueOf(s.group().members().size())),
                number(t.get("groups.col.population"), s -> s.population().value(), 0),
                number(t.get("groups.col.populationShare"), GroupSummary::populationShare, 1),
                number(t.get("groups.col.area"), s -> s.areaKm2().value(), 0),
                number(t.get("groups.col.areaShare"), GroupSummary::areaShare, 1),
                number(t.get("groups.col.grp"), s -> s.grp().value(), 0),
                number(t.get("groups.col.grpShare"), GroupSummary::grpShare, 1),
                number(t.get("groups.col.grpPerCapita"), s -> s.grpPerCapita().value(), 1)));
        summaryTable.setItems(vm.summary());
        kz.aimaq.ui.common.ColumnHeaders.fitAll(summaryTable);
        // nine columns do not fit a side tab: keep readable widths and scroll sideways
        summaryTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        summaryTable.setPrefHeight(240);
        summaryTable.setPlaceholder(new Label(t.get("groups.noGroups")));
    }

    /**
     * Adds a column for the map's indicator (its group value in the panel's year: a sum or a
     * population-weighted mean, as the indicator's catalogue entry says), following the choice.
     */
    public void showIndicator(javafx.beans.value.ObservableValue<kz.aimaq.core.data.Indicator> indicator) {
        showIndicator(indicator, new javafx.beans.property.SimpleBooleanProperty(true));
    }

    /**
     * As {@link #showIndicator(ObservableValue)}, but while {@code shown} is false (the panel's
     * tab is not selected) the indicator column and the summary chart wait, and follow when the
     * panel is shown again: replacing a column rebuilds every cell of the table, and a hidden tab
     * is still laid out, so each indicator or year change on the map paid for a table and a chart
     * nobody saw (most of an oblast recolour frame).
     */
    public void showIndicator(ObservableValue<kz.aimaq.core.data.Indicator> indicator, ObservableValue<Boolean> shown) {
        this.shown = shown;
        Runnable update = () -> {
            kz.aimaq.core.data.Indicator ind = indicator.getValue();
            summaryTable.getColumns().remove(indicatorColumn);
            if (ind == null) return;
            String title = ind.name(vm.lang()) + ", " + ind.unit(vm.lang());
            indicatorColumn = number(title, s -> s.isUngrouped() ? Double.NaN : vm.aggregate(s.group(), ind), 1);
            indicatorColumn.setId("groups-col-indicator");
            indicatorColumn.setPrefWidth(170);
            kz.aimaq.ui.common.ColumnHeaders.fit(indicatorColumn);
            summaryTable.getColumns().add(1, indicatorColumn);
        };
        Runnable refreshColumn = () -> { if (indicatorColumn != null) summaryTable.refresh(); };
        indicator.addListener((o, a, b) -> whenShown(update));
        shown.addListener((o, a, b) -> {
            if (!Boolean.TRUE.equals(b)) return;
            var due = java.util.List.copyOf(waiting);
            waiting.clear();
            due.forEach(Runnable::run);
        });
        vm.summary().addListener((ListChangeListener<GroupSummary>) c -> whenShown(refreshColumn));
        update.run();
    }

    private TableColumn<GroupSummary, String> text(String title, Function<GroupSummary, String> f) {
        TableColumn<GroupSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }

    /** A right-aligned number written the user's way (space thousands and decimal comma in ru/kk); "n/a" when incomplete. */
    private TableColumn<GroupSummary, String> number(String title, Function<GroupSummary, Double> f, int decimals) {
        TableColumn<GroupSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> {
            double v = f.apply(d.getValue());
            return new ReadOnlyStringWrapper(Double.isNaN(v) ? t.get("groups.na") : NumberFormats.format(v, decimals, vm.lang()));
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(title.contains("%") ? 62 : 105);
        return c;
    }

    private void buildChart() {
        chart.setTitle(t.format("groups.chart.title", String.valueOf(vm.year())));
        chart.getYAxis().setLabel("%");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(260);
    }

    private void refreshSummary() {
        int year = vm.year();
        boolean incomplete = vm.summary().stream().anyMatch(s -> !s.grp().complete() || !s.population().complete());
        summaryTitle.setText(t.format("groups.summary.title", String.valueOf(year))
                + (incomplete ? t.get("groups.summary.incomplete") : ""));
        chart.setTitle(t.format("groups.chart.title", String.valueOf(year)));
        XYChart.Series<String, Number> pop = new XYChart.Series<>();
        pop.setName(t.get("groups.chart.population"));
        XYChart.Series<String, Number> area = new XYChart.Series<>();
        area.setName(t.get("groups.chart.area"));
        XYChart.Series<String, Number> grp = new XYChart.Series<>();
        grp.setName(t.get("groups.chart.grp"));
        for (GroupSummary s : vm.summary()) {
            String name = s.isUngrouped() ? t.get("groups.ungrouped") : s.group().name(vm.lang());
            add(pop, name, s.populationShare());
            add(area, name, s.areaShare());
            add(grp, name, s.grpShare());
        }
        chart.getData().setAll(List.of(pop, area, grp));
    }

    /** A missing share gets no bar: a zero-height bar would claim the group has nothing. */
    private static void add(XYChart.Series<String, Number> series, String category, double value) {
        if (!Double.isNaN(value)) series.getData().add(new XYChart.Data<>(category, value));
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
