package kz.aimaq.ui.data;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.*;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.*;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.importing.JoinReport;
import kz.aimaq.core.data.importing.TableLayout;
import kz.aimaq.core.data.importing.TablePreview;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionNameMatcher;

import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.*;

/**
 * File › Import table: pick a file and sheet, correct the detected layout in a preview (a role
 * per column, the year of each value column), read the join report, pick the region of each
 * doubtful row, save the mapping for next time, and apply. The result is a copy of the current
 * data with the new indicator; the data passed in is never changed. A thin view over
 * {@link ImportViewModel}.
 *
 * <p>Entry point for the shell: {@link #show(Window, IndicatorData, Path, String)}. Runnable on
 * its own for screenshots: {@code main(file [sheet])}.
 */
public final class ImportDialog extends Dialog<IndicatorData> {

    private final ImportViewModel vm;
    private final Messages texts;
    private final TableView<TablePreview.Row> previewTable = new TableView<>();
    private final TableView<ImportViewModel.AttentionRow> attentionTable = new TableView<>();
    private final Label summary = new Label();
    private final Label missing = new Label();
    private final Label error = new Label();

    public ImportDialog(Window owner, IndicatorData current, String lang) {
        texts = Messages.bundle("i18n.import_messages", lang);
        vm = new ImportViewModel(RegionNameMatcher.bundled(), lang);
        if (owner != null) initOwner(owner);
        setTitle(t("import.title"));
        setResizable(true);

        ButtonType applyType = new ButtonType(t("import.apply"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(applyType, new ButtonType(t("import.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().setContent(content());
        // within the screen: at 1366×768 an 820 px tall dialog put Apply below the screen's edge
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        getDialogPane().setPrefSize(Math.min(1200, screen.getWidth() - 40), Math.min(820, screen.getHeight() - 60));

        Button apply = (Button) getDialogPane().lookupButton(applyType);
        apply.disableProperty().bind(vm.canApply().not());
        ReadOnlyObjectWrapper<IndicatorData> result = new ReadOnlyObjectWrapper<>();
        apply.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<IndicatorData> done = vm.apply(current);
            if (done.isEmpty()) e.consume();   // stay open; the reason is shown
            else result.set(done.get());
        });
        setResultConverter(b -> b == applyType ? result.get() : null);

        vm.previewProperty().addListener((o, a, b) -> rebuildPreview(b));
        vm.reportProperty().addListener((o, a, b) -> showSummary(b));
        error.textProperty().bind(vm.errorProperty());

        // drag a file onto the dialog to open it
        getDialogPane().setOnDragOver(e -> { if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY); e.consume(); });
        getDialogPane().setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            if (!files.isEmpty()) vm.open(files.getFirst().toPath());
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    /** Opens the dialog (optionally on a file) and returns the data with the imported indicator, if applied. */
    public static Optional<IndicatorData> show(Window owner, IndicatorData current, Path file, String lang) {
        ImportDialog d = new ImportDialog(owner, current, lang);
        if (file != null) d.open(file);
        return d.showAndWait();
    }

    /** What an applied import leaves: the data with the new indicator, and its join report as a view. */
    public record Applied(IndicatorData data, String reportTitle, javafx.scene.Node report) {}

    /**
     * Opens the dialog and, when the user applies, returns the data and the join report, which the
     * app keeps open beside the map: the planner reads which rows were matched by name, which were
     * fuzzy and which regions have no value while looking at the new map, not only in the dialog.
     */
    public static Optional<Applied> showAndReport(Window owner, IndicatorData current, Path file, String lang) {
        ImportDialog d = new ImportDialog(owner, current, lang);
        if (file != null) d.open(file);
        return d.showAndWait().map(data -> new Applied(data, d.t("import.report") + ": " + d.vm.fileNameProperty().get(), d.reportView()));
    }

    /** The report's parts, moved out of the closed dialog into a view of their own. */
    private javafx.scene.Node reportView() {
        Label title = new Label(vm.fileNameProperty().get() + " → " + vm.indicatorNameProperty().get());
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em");
        title.setWrapText(true);
        Label sum = new Label(summary.getText());
        sum.setWrapText(true);
        Label miss = new Label(missing.getText());
        miss.setWrapText(true);
        miss.setManaged(!missing.getText().isEmpty());
        ((javafx.scene.layout.Pane) attentionTable.getParent()).getChildren().remove(attentionTable);
        attentionTable.setPrefHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        VBox box = new VBox(8, title, sum, miss, attentionTable);
        VBox.setVgrow(attentionTable, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        box.setId("import-report-view");
        return box;
    }

    public void open(Path file) { vm.open(file); }

    public ImportViewModel viewModel() { return vm; }

    private String t(String key) {
        return texts.get(key);
    }

    private VBox content() {
        Label file = new Label();
        file.textProperty().bind(vm.fileNameProperty());
        file.setStyle("-fx-font-weight: bold");
        Button open = new Button(t("import.open"));
        open.setOnAction(e -> chooseFile(false).ifPresent(vm::open));
        ComboBox<String> sheet = new ComboBox<>(vm.sheets());
        sheet.valueProperty().bindBidirectional(vm.sheetProperty());
        Button loadMapping = new Button(t("import.loadMapping"));
        loadMapping.setOnAction(e -> chooseFile(false).ifPresent(vm::loadMapping));
        Button saveMapping = new Button(t("import.saveMapping"));
        saveMapping.disableProperty().bind(vm.reportProperty().isNull());
        saveMapping.setOnAction(e -> chooseFile(true).ifPresent(vm::saveMapping));
        Spinner<Integer> firstRow = new Spinner<>(1, 100_000, 1);
        firstRow.setPrefWidth(90);
        firstRow.setEditable(true);
        vm.layoutProperty().addListener((o, a, b) -> { if (b != null) firstRow.getValueFactory().setValue(b.firstDataRow() + 1); });
        firstRow.valueProperty().addListener((o, a, b) -> {
            if (vm.layoutProperty().get() != null && b != vm.layoutProperty().get().firstDataRow() + 1) vm.setFirstDataRow(b);
        });
        HBox fileRow = new HBox(8, new Label(t("import.file")), file, open, new Label(t("import.sheet")), sheet);
        ComboBox<String> indicatorFilter = new ComboBox<>(vm.indicatorValues());
        indicatorFilter.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.indicatorValues()));
        indicatorFilter.managedProperty().bind(indicatorFilter.visibleProperty());
        Label indicatorFilterLabel = new Label(t("import.role.INDICATOR"));
        indicatorFilterLabel.visibleProperty().bind(indicatorFilter.visibleProperty());
        indicatorFilterLabel.managedProperty().bind(indicatorFilter.visibleProperty());
        vm.layoutProperty().addListener((o, a, b) -> {
            if (b != null && b.indicatorFilter() != null && !b.indicatorFilter().equals(indicatorFilter.getValue())) indicatorFilter.setValue(b.indicatorFilter());
        });
        indicatorFilter.valueProperty().addListener((o, a, b) -> { if (b != null) Platform.runLater(() -> vm.setIndicatorFilter(b)); });
        HBox layoutRow = new HBox(8, new Label(t("import.firstDataRow")), firstRow, indicatorFilterLabel, indicatorFilter, loadMapping, saveMapping);
        for (HBox h : List.of(fileRow, layoutRow)) {
            h.setAlignment(Pos.CENTER_LEFT);
            // labels and buttons keep their text; the file name may shorten last
            h.getChildren().forEach(n -> { if (n instanceof Control c && n != file) c.setMinWidth(Control.USE_PREF_SIZE); });
        }
        sheet.setPrefWidth(220);
        VBox top = new VBox(6, fileRow, layoutRow);

        previewTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        previewTable.setPrefHeight(360);
        previewTable.setRowFactory(tv -> new TableRow<>() {
            @Override protected void updateItem(TablePreview.Row row, boolean empty) {
                super.updateItem(row, empty);
                setStyle(row != null && row.header() ? "-fx-background-color: #eef2f7; -fx-font-style: italic" : "");
            }
        });

        TextField id = new TextField();
        id.setPrefColumnCount(28);
        id.textProperty().bindBidirectional(vm.indicatorIdProperty());
        TextField name = new TextField();
        name.textProperty().bindBidirectional(vm.indicatorNameProperty());
        name.setPrefColumnCount(50);
        TextField unit = new TextField();
        unit.textProperty().bindBidirectional(vm.unitProperty());
        GridPane indicator = new GridPane(8, 4);
        unit.setPrefColumnCount(18);
        indicator.addRow(0, new Label(t("import.indicatorId")), id, new Label(t("import.unit")), unit);
        indicator.addRow(1, new Label(t("import.indicatorName")), name);
        GridPane.setColumnSpan(name, 3);

        buildAttentionTable();
        attentionTable.setPrefHeight(220);
        Label reportTitle = new Label(t("import.report"));
        reportTitle.setStyle("-fx-font-weight: bold");
        Label previewTitle = new Label(t("import.preview"));
        previewTitle.setStyle("-fx-font-weight: bold");
        missing.setWrapText(true);
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b00020");
        // an indicator the app has already (same id, or same name and unit) is named, so it is not imported twice by mistake
        Label duplicate = new Label();
        duplicate.setId("import-duplicate");
        duplicate.setWrapText(true);
        duplicate.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        duplicate.getStyleClass().add("outdated-banner");
        duplicate.managedProperty().bind(duplicate.textProperty().isNotEmpty());
        duplicate.visibleProperty().bind(duplicate.textProperty().isNotEmpty());
        Runnable checkDuplicate = () -> duplicate.setText(vm.duplicateIn(kz.aimaq.core.data.IndicatorData.bundled().catalog())
                .map(d -> texts.format(d.how() == ImportViewModel.Sameness.SAME_ID ? "import.duplicate.id" : "import.duplicate.name",
                        d.of().name(texts.lang()), d.of().id()))
                .orElse(""));
        vm.indicatorIdProperty().addListener((o, a, b) -> checkDuplicate.run());
        vm.indicatorNameProperty().addListener((o, a, b) -> checkDuplicate.run());
        vm.unitProperty().addListener((o, a, b) -> checkDuplicate.run());
        VBox box = new VBox(8, top, previewTitle, previewTable, indicator, duplicate, reportTitle, summary, attentionTable, missing, error);
        VBox.setVgrow(previewTable, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private void rebuildPreview(TablePreview p) {
        previewTable.getColumns().clear();
        if (p == null) { previewTable.getItems().clear(); return; }
        TableColumn<TablePreview.Row, String> num = new TableColumn<>("#");
        num.setCellValueFactory(c -> new SimpleStringProperty(Integer.toString(c.getValue().number())));
        num.setPrefWidth(40);
        num.setSortable(false);
        previewTable.getColumns().add(num);
        TableLayout layout = vm.layoutProperty().get();
        List<TableLayout.ColumnRole> choices = layout != null && layout.kind() == TableLayout.Kind.LONG
                ? List.of(TableLayout.ColumnRole.REGION, TableLayout.ColumnRole.YEAR, TableLayout.ColumnRole.VALUE,
                        TableLayout.ColumnRole.INDICATOR, TableLayout.ColumnRole.YEAR_VALUES, TableLayout.ColumnRole.IGNORED)
                : List.of(TableLayout.ColumnRole.REGION, TableLayout.ColumnRole.YEAR_VALUES, TableLayout.ColumnRole.YEAR,
                        TableLayout.ColumnRole.VALUE, TableLayout.ColumnRole.IGNORED);
        for (int c = 0; c < p.columns().size(); c++) {
            final int col = c;
            TableColumn<TablePreview.Row, String> tc = new TableColumn<>();
            tc.setSortable(false);
            tc.setCellValueFactory(cell -> new SimpleStringProperty(col < cell.getValue().cells().size() ? cell.getValue().cells().get(col) : ""));
            ComboBox<TableLayout.ColumnRole> role = new ComboBox<>();
            role.getItems().setAll(choices);
            role.setConverter(new StringConverter<>() {
                @Override public String toString(TableLayout.ColumnRole r) { return r == null ? "" : t("import.role." + r.name()); }
                @Override public TableLayout.ColumnRole fromString(String s) { return null; }
            });
            role.setValue(p.roles().get(col));
            role.valueProperty().addListener((o, a, b) -> { if (b != null && b != a) Platform.runLater(() -> vm.setRole(col, b)); });
            VBox header = new VBox(2, new Label(p.columns().get(col)), role);
            if (p.roles().get(col) == TableLayout.ColumnRole.YEAR_VALUES) {
                Integer y = p.years().get(col);
                TextField year = new TextField(y == null || y < 0 ? "" : y.toString());
                year.setPrefColumnCount(4);
                year.setPromptText(t("import.yearPrompt"));
                year.setOnAction(e -> parseYear(year.getText()).ifPresent(v -> vm.setYear(col, v)));
                year.focusedProperty().addListener((o, a, b) -> {
                    if (!b) parseYear(year.getText()).filter(v -> !v.equals(y)).ifPresent(v -> vm.setYear(col, v));
                });
                header.getChildren().add(year);
            }
            header.setAlignment(Pos.CENTER_LEFT);
            tc.setGraphic(header);
            tc.setPrefWidth(col == (layout == null ? -1 : layout.regionColumn()) ? 200 : 140);
            previewTable.getColumns().add(tc);
        }
        previewTable.getItems().setAll(p.rows());
    }

    private static Optional<Integer> parseYear(String s) {
        try {
            int y = Integer.parseInt(s.strip());
            return y >= 1900 && y <= 2100 ? Optional.of(y) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void buildAttentionTable() {
        TableColumn<ImportViewModel.AttentionRow, String> row = new TableColumn<>(t("import.col.row"));
        row.setCellValueFactory(c -> new SimpleStringProperty(Integer.toString(c.getValue().row())));
        row.setPrefWidth(60);
        TableColumn<ImportViewModel.AttentionRow, String> label = new TableColumn<>(t("import.col.label"));
        label.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().label()));
        label.setPrefWidth(320);
        TableColumn<ImportViewModel.AttentionRow, String> status = new TableColumn<>(t("import.col.status"));
        status.setCellValueFactory(c -> new SimpleStringProperty(t("import.status." + c.getValue().status())));
        status.setPrefWidth(260);
        TableColumn<ImportViewModel.AttentionRow, ImportViewModel.AttentionRow> region = new TableColumn<>(t("import.col.region"));
        region.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        region.setPrefWidth(360);
        region.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(ImportViewModel.AttentionRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) { setGraphic(null); return; }
                ComboBox<Optional<Region>> pick = new ComboBox<>();
                pick.getItems().add(Optional.empty());
                vm.choosableRegions().forEach(r -> pick.getItems().add(Optional.of(r)));
                pick.setConverter(new StringConverter<>() {
                    @Override public String toString(Optional<Region> r) {
                        return r == null ? "" : r.map(x -> x.kato() + " " + x.name(texts.lang())).orElse(t("import.leaveOut"));
                    }
                    @Override public Optional<Region> fromString(String s) { return Optional.empty(); }
                });
                boolean decided = item.status().equals("manual") || item.status().equals("excluded");
                if (item.status().equals("duplicate")) {
                    pick.setValue(Optional.empty());   // the usual fix: leave the repeated row out
                } else if (item.suggestedKato() != null) {
                    pick.getItems().stream().filter(o -> o.map(r -> r.kato().equals(item.suggestedKato())).orElse(false))
                            .findFirst().ifPresent(pick::setValue);
                } else if (decided) {
                    pick.setValue(Optional.empty());
                }
                if (!decided) pick.setPromptText("…");
                pick.valueProperty().addListener((o, a, b) -> {
                    if (b != null) Platform.runLater(() -> vm.matchRow(item.row(), b.map(Region::kato).orElse(null)));
                });
                Button ok = new Button("✓");
                ok.setDisable(decided || pick.getValue() == null);
                ok.setOnAction(e -> vm.matchRow(item.row(), pick.getValue() == null ? null : pick.getValue().map(Region::kato).orElse(null)));
                setGraphic(new HBox(4, pick, ok));
            }
        });
        attentionTable.getColumns().setAll(List.of(row, label, status, region));
        attentionTable.setItems(vm.attention());
        attentionTable.setPlaceholder(new Label("✓"));
    }

    private void showSummary(JoinReport r) {
        if (r == null) { summary.setText(""); missing.setText(""); return; }
        summary.setText(MessageFormat.format(t("import.summary"), r.matched().size(), r.national().size(), r.fuzzy().size(),
                r.unmatchedRows().size(), r.missingRegions().size(), r.duplicates().size()));
        String lang = texts.lang();
        missing.setText(r.missingRegions().isEmpty() ? "" : MessageFormat.format(t("import.missing"),
                String.join(", ", r.missingRegions().stream()
                        .map(m -> vm.matcher().catalog().byKato(m.region()).map(x -> x.shortName(lang.isEmpty() ? "en" : lang)).orElse(m.name()))
                        .toList())));
    }

    private Optional<Path> chooseFile(boolean save) {
        FileChooser fc = new FileChooser();
        fc.setTitle(t("import.chooseFile"));
        File f = save ? kz.aimaq.ui.common.LastFolder.save(fc, getDialogPane().getScene().getWindow()) : kz.aimaq.ui.common.LastFolder.open(fc, getDialogPane().getScene().getWindow());
        return Optional.ofNullable(f).map(File::toPath);
    }

    // ------------------------------------------------------------------ standalone, for screenshots

    /** {@code ImportDialog FILE [SHEET] [LANG]}: the dialog on its own, for screenshots and manual checks. */
    public static void main(String[] args) {
        Application.launch(Standalone.class, args);
    }

    /** Launched by {@link #main}; a nested class because the main class must not extend Application. */
    public static final class Standalone extends Application {
        @Override public void start(Stage stage) {
            List<String> a = getParameters().getRaw();
            ImportDialog d = new ImportDialog(null, IndicatorData.bundled(), a.size() > 2 ? a.get(2) : "ru");
            if (!a.isEmpty()) d.open(Path.of(a.getFirst()));
            if (a.size() > 1) d.viewModel().sheetProperty().set(a.get(1));
            d.showAndWait().ifPresent(data -> System.out.println("applied: " + d.viewModel().indicatorIdProperty().get()));
            Platform.exit();
        }
    }
}
