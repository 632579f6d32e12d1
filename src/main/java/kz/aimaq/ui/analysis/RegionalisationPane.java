package kz.aimaq.ui.analysis;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.*;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.regionalize.Fit;
import org.controlsfx.control.CheckListView;

import java.io.File;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The regionalisation section of the analysis panel: choose indicators, year, number of groups,
 * method and minimum population, propose, read the fit beside the official groupings and the
 * regions that move, and save the proposal as a grouping file.
 */
final class RegionalisationPane extends VBox {
    private final RegionalisationViewModel vm;
    private final Messages m;
    /** Grouping, within-group SSD, explained share, Theil between, contiguous: one row per grouping compared. */
    private final TableView<List<String>> fitTable = new TableView<>();
    private final Label moved = new Label();

    RegionalisationPane(RegionalisationViewModel vm, AnalysisViewModel analysis, List<Indicator> all, String lang) {
        super(6);
        this.vm = vm;
        this.m = Messages.of(lang);
        vm.langProperty().set(m.lang());
        setPadding(new Insets(6));

        CheckListView<String> indicators = new CheckListView<>(FXCollections.observableArrayList(all.stream().map(Indicator::id).toList()));
        indicators.setId("regions-indicators");
        indicators.setPrefHeight(130);
        indicators.setCellFactory(lv -> new javafx.scene.control.cell.CheckBoxListCell<String>(indicators::getItemBooleanProperty,
                new javafx.util.StringConverter<String>() {
                    @Override public String toString(String id) { return all.stream().filter(i -> i.id().equals(id)).findFirst().map(i -> i.name(m.lang())).orElse(id); }
                    @Override public String fromString(String s) { return s; }
                }));
        for (String id : vm.indicators()) indicators.getCheckModel().check(id);
        indicators.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c ->
                vm.indicators().setAll(indicators.getCheckModel().getCheckedItems()));

        Spinner<Integer> year = new Spinner<>(2000, 2100, vm.yearProperty().get());
        year.setEditable(true);
        year.setPrefWidth(90);
        year.valueProperty().addListener((o, a, b) -> vm.yearProperty().set(b));
        Spinner<Integer> groups = new Spinner<>(2, 12, vm.groupsProperty().get());
        groups.setId("regions-groups");
        groups.setPrefWidth(90);
        groups.valueProperty().addListener((o, a, b) -> vm.groupsProperty().set(b));
        ComboBox<String> method = new ComboBox<>(FXCollections.observableArrayList(RegionalisationViewModel.METHODS));
        method.setId("regions-method");
        method.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(String s) { return s == null ? "" : m.get("regionalize.method." + s); }
            @Override public String fromString(String s) { return s; }
        });
        method.valueProperty().bindBidirectional(vm.methodProperty());
        Spinner<Double> minPop = new Spinner<>(0, 10_000_000, vm.minPopulationProperty().get(), 100_000);
        minPop.setId("regions-minpop");
        minPop.setEditable(true);
        minPop.setPrefWidth(120);
        minPop.valueProperty().addListener((o, a, b) -> { if (b != null) vm.minPopulationProperty().set(b); });

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(4);
        g.addRow(0, new Label(m.get("regionalize.year")), year);
        g.addRow(1, new Label(m.get("regionalize.groups")), groups);
        g.addRow(2, new Label(m.get("regionalize.method")), method);
        g.addRow(3, new Label(m.get("regionalize.minPopulation")), minPop);
        // "SKATER (остовное дерево)" needs the room, also when the side panel shows its scroll bar (the
        // labels wrap instead): at 34 % it was cut at 1366x768 once the layer list got its true height
        kz.aimaq.ui.common.FormGrid.tidy(g, 28);

        Button propose = new Button(m.get("regionalize.propose"));
        propose.setId("regions-propose");
        propose.setOnAction(e -> { if (vm.propose()) analysis.showRegionalisation(vm.proposalProperty().get(), List.copyOf(vm.indicators()), vm.yearProperty().get()); });
        Button save = new Button(m.get("regionalize.save"));
        save.setId("regions-save");
        save.disableProperty().bind(vm.proposalProperty().isNull());
        save.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(m.get("regionalize.save"));
            fc.setInitialFileName(vm.proposalProperty().get().grouping().id() + ".json");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("regionalize.fileType"), "*.json"));
            File f = kz.aimaq.ui.common.LastFolder.save(fc, getScene() == null ? null : getScene().getWindow());
            if (f != null) vm.save(f.toPath());
        });
        Label msg = new Label();
        msg.getStyleClass().add("analysis-message");
        msg.setWrapText(true);
        msg.textProperty().bind(vm.messageProperty());
        fitTable.setId("regions-fit");
        fitTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        fitTable.setMinWidth(0);
        fitTable.setPrefHeight(110);
        moved.setId("regions-moved");
        moved.setWrapText(true);
        vm.proposalProperty().addListener((o, a, p) -> show(p));
        Label hint = new Label(m.get("regionalize.hint"));
        hint.setWrapText(true);
        propose.setWrapText(true);
        save.setWrapText(true);
        getChildren().addAll(hint, new Label(m.get("regionalize.indicators")), indicators, g,
                new javafx.scene.layout.FlowPane(6, 6, propose, save), msg, fitTable, moved);
    }

    /**
     * The proposal's fit table (five columns) and the moved regions go to a main-area view, opened
     * on each proposal; the section keeps its controls.
     */
    void showResultsIn(AnalysisPanel.ViewOpener opener) {
        getChildren().removeAll(fitTable, moved);
        VBox view = new VBox(8, fitTable, moved);
        view.setPadding(new Insets(10));
        view.setId("regions-proposal-view");
        vm.proposalProperty().addListener((o, a, p) -> { if (p != null) opener.open("analysis-regions", m.get("regionalize.results"), view); });
    }

    private void show(RegionalisationViewModel.Proposal p) {
        fitTable.getItems().clear();
        if (p == null) { moved.setText(""); return; }
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.forLanguageTag(m.lang()));
        nf.setMinimumFractionDigits(2);
        nf.setMaximumFractionDigits(2);
        NumberFormat pct = NumberFormat.getPercentInstance(Locale.forLanguageTag(m.lang()));
        if (fitTable.getColumns().isEmpty()) {
            String[] keys = {"regionalize.fit.grouping", "regionalize.fit.wss", "regionalize.fit.between", "regionalize.fit.theil", "regionalize.fit.contiguous"};
            for (int k = 0; k < keys.length; k++) {
                int col = k;
                TableColumn<List<String>, String> c = new TableColumn<>(m.get(keys[k]));
                c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(d.getValue().get(col)));
                c.setSortable(false);
                if (k > 0) c.setStyle("-fx-alignment: CENTER-RIGHT;");
                fitTable.getColumns().add(c);
            }
            fitTable.getColumns().getFirst().setPrefWidth(200);
            kz.aimaq.ui.common.ColumnHeaders.fitAll(fitTable);
        }
        int row = 1;
        for (RegionalisationViewModel.FitRow r : p.fits()) {
            Fit f = r.fit();
            String name = row++ == 1 ? m.get("regionalize.method." + r.grouping()) : r.grouping();
            fitTable.getItems().add(List.of(name, nf.format(f.withinSsd()), pct.format(f.betweenRatio()),
                    Double.isNaN(f.theilBetweenShare()) ? "" : pct.format(f.theilBetweenShare()),
                    m.get(f.contiguous() ? "regionalize.yes" : "regionalize.no")));
        }
        fitTable.setPrefHeight(28 + 26 * Math.max(2, fitTable.getItems().size()));
        RegionCatalog cat = RegionCatalog.bundled();
        List<String> names = p.moved().stream().map(k -> cat.byKato(k).map(r -> r.name(m.lang())).orElse(k)).toList();
        moved.setText(m.format("regionalize.moved", names.size(), names.isEmpty() ? "—" : String.join(", ", names)));
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
