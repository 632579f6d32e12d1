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
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.*;
import kz.aimaq.core.region.Region;

import java.io.File;
import java.text.NumberFormat;
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
    private final NumberFormat whole = NumberFormat.getIntegerInstance(Locale.getDefault(Locale.Category.FORMAT));
    private final NumberFormat oneDecimal = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));

    public GroupPanel(GroupingEditor editor, IndicatorData data, ObservableValue<? extends Number> year) {
        this.vm = new GroupViewModel(editor, data, year);
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        setSpacing(8);
        setPadding(new Insets(8));
        getStyleClass().add("group-panel");

        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add("group-message");

        Label hint = new Label("Select a group (▸) and click regions on the map, or drag regions between the lists.");
        hint.setWrapText(true);

        ScrollPane cardScroll = new ScrollPane(cards);
        cardScroll.setFitToWidth(true);
        cardScroll.setPrefViewportHeight(260);

        TitledPane regionPane = new TitledPane("Regions", buildRegionTable());
        regionPane.setExpanded(false);

        buildSummaryTable();
        buildChart();
        VBox.setVgrow(summaryTable, Priority.SOMETIMES);

        getChildren().addAll(buildToolBar(), hint, cardScroll, regionPane, summaryTitle, summaryTable, chart, message);

        vm.groupingProperty().addListener((o, a, b) -> rebuildCards());
        vm.langProperty().addListener((o, a, b) -> { rebuildCards(); summaryTable.refresh(); regionTable.refresh(); });
        vm.selectedGroupIdProperty().addListener((o, a, b) -> syncToggles());
        vm.summary().addListener((ListChangeListener<GroupSummary>) c -> refreshSummary());
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

    private ToolBar buildToolBar() {
        Button undo = new Button("Undo");
        undo.setOnAction(e -> vm.undo());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setTooltip(new Tooltip("Undo (Ctrl+Z)"));
        Button redo = new Button("Redo");
        redo.setOnAction(e -> vm.redo());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setTooltip(new Tooltip("Redo (Ctrl+Y)"));
        Button reset = new Button("Restore default");
        reset.setOnAction(e -> vm.restoreDefault());
        reset.setTooltip(new Tooltip("Back to the five macro-regions (undoable)"));
        Button add = new Button("Add group");
        add.setOnAction(e -> vm.addGroup());
        Button open = new Button("Open…");
        open.setOnAction(e -> chooseFile(false));
        Button save = new Button("Save…");
        save.setOnAction(e -> chooseFile(true));
        undo.setId("group-undo");
        redo.setId("group-redo");
        reset.setId("group-reset");
        add.setId("group-add");
        return new ToolBar(undo, redo, new Separator(), add, reset, new Separator(), open, save);
    }

    private void installShortcuts(Scene scene) {
        if (scene == null) return;
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), vm::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), vm::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), vm::redo);
    }

    private void chooseFile(boolean save) {
        FileChooser fc = new FileChooser();
        fc.setTitle(save ? "Save grouping" : "Open grouping");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Aimaq grouping (*.json)", "*.json"));
        if (save) fc.setInitialFileName(vm.getGrouping().id() + ".json");
        File f = save ? fc.showSaveDialog(getScene() == null ? null : getScene().getWindow())
                : fc.showOpenDialog(getScene() == null ? null : getScene().getWindow());
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
        target.setTooltip(new Tooltip("Map clicks add regions to this group"));
        target.setOnAction(e -> vm.selectedGroupIdProperty().set(target.isSelected() ? group.id() : null));

        ColorPicker colour = new ColorPicker(Color.web(group.color()));
        colour.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
        colour.setMaxWidth(44);
        colour.setOnAction(e -> vm.recolour(group.id(), hex(colour.getValue())));

        TextField name = new TextField(group.name(vm.langProperty().get()));
        name.setPrefColumnCount(10);
        Runnable commit = () -> {
            if (!name.getText().equals(group.name(vm.langProperty().get()))) vm.rename(group.id(), name.getText());
        };
        name.setOnAction(e -> commit.run());
        name.focusedProperty().addListener((o, was, now) -> { if (!now) commit.run(); });

        Button remove = new Button("✕");
        remove.setTooltip(new Tooltip("Remove the group; its regions become ungrouped"));
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
        Label title = new Label("Ungrouped");
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
        TableColumn<Region, String> name = new TableColumn<>("Region");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().shortName(vm.langProperty().get())));
        name.setPrefWidth(170);
        TableColumn<Region, String> group = new TableColumn<>("Group");
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
        if (id == null || GroupingFiles.UNGROUPED_ID.equals(id)) return "—";
        return vm.getGrouping().group(id).map(g -> g.name(vm.langProperty().get())).orElse(id);
    }

    // ---- summary table and chart -----------------------------------------------------------

    private void buildSummaryTable() {
        TableColumn<GroupSummary, GroupSummary> group = new TableColumn<>("Group");
        group.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        group.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(GroupSummary s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) { setText(null); setGraphic(null); return; }
                setText(s.group().name(vm.langProperty().get()));
                setGraphic(new Rectangle(12, 12, Color.web(s.group().color())));
            }
        });
        group.setPrefWidth(110);
        summaryTable.getColumns().setAll(List.of(group,
                text("Regions", s -> String.valueOf(s.group().members().size())),
                number("Population, persons", s -> s.population().value(), whole),
                number("Pop. %", GroupSummary::populationShare, oneDecimal),
                number("Area, km²", s -> s.areaKm2().value(), whole),
                number("Area %", GroupSummary::areaShare, oneDecimal),
                number("GRP, million KZT", s -> s.grp().value(), whole),
                number("GRP %", GroupSummary::grpShare, oneDecimal),
                number("GRP per capita, thousand KZT", s -> s.grpPerCapita().value(), oneDecimal)));
        summaryTable.setItems(vm.summary());
        summaryTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        summaryTable.setPrefHeight(220);
        summaryTable.setPlaceholder(new Label("No groups"));
    }

    private TableColumn<GroupSummary, String> text(String title, Function<GroupSummary, String> f) {
        TableColumn<GroupSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }

    /** A right-aligned number in the user's locale; an incomplete value shows "n/a" with the missing regions. */
    private TableColumn<GroupSummary, String> number(String title, Function<GroupSummary, Double> f, NumberFormat fmt) {
        TableColumn<GroupSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> {
            double v = f.apply(d.getValue());
            return new ReadOnlyStringWrapper(Double.isNaN(v) ? "n/a" : fmt.format(v));
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private void buildChart() {
        chart.setTitle("Shares of the country, %");
        chart.getYAxis().setLabel("%");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(260);
    }

    private void refreshSummary() {
        int year = vm.year();
        boolean incomplete = vm.summary().stream().anyMatch(s -> !s.grp().complete() || !s.population().complete());
        summaryTitle.setText("Macro-regions, " + year + " (population and GRP: BNS; area: secondary, Wikipedia)"
                + (incomplete ? " — n/a: some regions have no data on today's boundaries this year" : ""));
        chart.setTitle("Shares of the country, %, " + year + " (BNS)");
        XYChart.Series<String, Number> pop = new XYChart.Series<>();
        pop.setName("Population");
        XYChart.Series<String, Number> area = new XYChart.Series<>();
        area.setName("Area");
        XYChart.Series<String, Number> grp = new XYChart.Series<>();
        grp.setName("GRP");
        for (GroupSummary s : vm.summary()) {
            String name = s.group().name(vm.langProperty().get());
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
