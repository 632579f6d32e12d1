package kz.aimaq.ui.table;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.*;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import kz.aimaq.core.format.NumberFormats;
import kz.aimaq.core.i18n.Messages;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The data table view: a filter field, the base year of the change, copy and save buttons, the
 * table itself and the national value and source under it. Selection is exposed as the
 * selected rows; the feature links it with the map.
 */
public final class DataTableView extends VBox {
    private final DataTableViewModel model;
    private final Messages m;
    private final TableView<TableRow> table = new TableView<>();
    private final TableColumn<TableRow, String> oblastCol;
    private final TableColumn<TableRow, String> nameCol;
    private final TableColumn<TableRow, String> groupCol;
    private final TableColumn<TableRow, Double> valueCol;
    private final TableColumn<TableRow, Double> changeCol;
    private final TableColumn<TableRow, Double> changePctCol;
    final Button save = new Button();
    /** Indicator, year and unit of the values: long names wrap here instead of being cut in the header. */
    private final Label caption = new Label();

    public DataTableView(DataTableViewModel model) {
        this.model = model;
        this.m = model.messages();
        getStyleClass().add("data-table");
        var css = DataTableView.class.getResource("/ui/datatable.css");
        if (css != null) getStylesheets().add(css.toExternalForm());
        setPadding(new Insets(8));
        setSpacing(6);

        TextField filter = new TextField();
        filter.setId("datatable-filter");
        filter.setPromptText(m.get("datatable.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setPrefColumnCount(22);
        ComboBox<Integer> base = new ComboBox<>(model.baseYears());
        base.setId("datatable-base-year");
        // one way each: a ComboBox clears its value while its items are replaced, which must not clear the model's year
        base.setValue(model.baseYearProperty().get());
        base.setOnAction(e -> { if (base.getValue() != null) model.baseYearProperty().set(base.getValue()); });
        model.baseYearProperty().addListener((o, a, b) -> base.setValue(b));
        model.baseYears().addListener((javafx.collections.ListChangeListener<Integer>) c -> base.setValue(model.baseYearProperty().get()));
        Label baseLabel = new Label(m.get("datatable.baseYear"));
        baseLabel.setLabelFor(base);
        baseLabel.setMinWidth(Region.USE_PREF_SIZE);
        Button copy = new Button(m.get("datatable.copy"));
        copy.setId("datatable-copy");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(e -> copy());
        save.setText(m.get("datatable.save"));
        save.setId("datatable-save");
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox baseBox = new HBox(6, baseLabel, base);
        baseBox.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(6, copy, save);
        // wraps on a narrow main area (1366 px with the region card open) instead of cutting the controls
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(10, 6, filter, baseBox, buttons);
        bar.setAlignment(Pos.CENTER_LEFT);
        caption.setWrapText(true);
        caption.getStyleClass().add("caption");
        caption.setId("datatable-caption");

        TableColumn<TableRow, String> name = text(m.get("datatable.col.region"), TableRow::name);
        nameCol = name;
        TableColumn<TableRow, String> kato = text(m.get("datatable.col.kato"), TableRow::code);
        kato.setPrefWidth(70);
        oblastCol = text(m.get("datatable.col.oblast"), TableRow::oblast);
        oblastCol.setPrefWidth(190);
        valueCol = number(m.get("datatable.col.value"), TableRow::value, () -> model.indicator() == null ? 1 : model.indicator().decimals(), false);
        valueCol.setPrefWidth(120);
        TableColumn<TableRow, Integer> cls = new TableColumn<>(m.get("datatable.col.class"));
        cls.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().classNo() == 0 ? null : c.getValue().classNo()));
        cls.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        cls.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                TableRow r = empty ? null : getTableRow().getItem();
                if (r == null || item == null) { setText(empty || r == null ? null : NumberFormats.NO_VALUE); setGraphic(null); return; }
                Rectangle sw = new Rectangle(14, 14, Color.rgb((r.fill() >> 16) & 0xFF, (r.fill() >> 8) & 0xFF, r.fill() & 0xFF));
                sw.setStroke(Color.gray(0.4));
                setGraphic(sw);
                setText(String.valueOf(item));
            }
        });
        cls.setPrefWidth(70);
        TableColumn<TableRow, Integer> rank = new TableColumn<>(m.get("datatable.col.rank"));
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rank()));
        rank.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        rank.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? NumberFormats.NO_VALUE : String.valueOf(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        rank.setPrefWidth(60);
        changeCol = number("", TableRow::change, () -> model.indicator() == null ? 1 : model.indicator().decimals(), true);
        changeCol.setPrefWidth(115);
        changePctCol = number("", TableRow::changePct, () -> 1, true);
        changePctCol.setPrefWidth(105);
        groupCol = text(m.get("datatable.col.group"), TableRow::group);
        groupCol.setPrefWidth(160);
        table.getColumns().setAll(List.of(name, kato, oblastCol, valueCol, cls, rank, changeCol, changePctCol, groupCol));
        for (TableColumn<TableRow, ?> c : table.getColumns()) if (c.getText() != null && !c.getText().isEmpty()) header(c, c.getText());
        SortedList<TableRow> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setId("datatable-table");
        // the scene-wide table menu (Copy, Save as XLSX/CSV) saves the exact values with the title and source
        kz.aimaq.ui.common.TableExport.supply(table, () -> model.dataTable(List.copyOf(table.getItems())));
        table.setPlaceholder(new Label(m.get("table.empty")));
        table.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) { copy(); e.consume(); }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label national = new Label();
        national.setId("datatable-national");
        national.textProperty().bind(model.nationalProperty());
        national.setWrapText(true);
        national.getStyleClass().add("caption");
        Label source = new Label();
        source.textProperty().bind(model.sourceProperty());
        source.setWrapText(true);
        source.getStyleClass().add("source-line");
        getChildren().addAll(bar, caption, table, national, source);

        model.revisionProperty().addListener((o, a, b) -> relabel());
        relabel();
    }

    /** Wide enough for the longest text of the column (Russian oblast names are long): never "…" in a cell. */
    private void fitText(TableColumn<TableRow, String> c, java.util.function.Function<TableRow, String> get, double least) {
        // the header's longest word must fit too (a header wraps between words, never inside one; it is bold)
        double w = least;
        for (String word : headerText(c) == null ? new String[0] : headerText(c).split("\\s+")) {
            w = Math.max(w, new javafx.scene.text.Text(word).getLayoutBounds().getWidth() * 1.25 + 24);
        }
        for (TableRow r : model.rows()) {
            String t = get.apply(r);
            if (t != null) w = Math.max(w, new javafx.scene.text.Text(t).getLayoutBounds().getWidth() * 1.1 + 24);
        }
        c.setPrefWidth(w);
        c.setMinWidth(w);
    }

    private void relabel() {
        fitText(nameCol, TableRow::name, 150);
        fitText(oblastCol, TableRow::oblast, 120);
        fitText(groupCol, TableRow::group, 110);
        oblastCol.setVisible(model.districtsProperty().get());
        groupCol.setVisible(model.groupedProperty().get());
        var ind = model.indicator();
        caption.setText(ind == null ? "" : ind.name(m.lang()) + ", " + model.year() + " · " + ind.unit(m.lang()));
        header(valueCol, ind == null ? m.get("datatable.col.value") : m.get("datatable.col.value") + ", " + ind.unit(m.lang()));
        String b = model.baseYearProperty().get() == null ? "" : String.valueOf(model.baseYearProperty().get());
        header(changeCol, m.format("datatable.col.change", b));
        header(changePctCol, m.format("datatable.col.changePct", b));
    }

    /**
     * A header that wraps onto more lines instead of ending in "…" when the column is narrower
     * than its words (Kazakh and Russian headers are long; projectors run at 1366 px).
     */
    static void header(TableColumn<?, ?> c, String text) {
        Label l = c.getGraphic() instanceof Label x ? x : new Label();
        l.setText(text);
        l.setWrapText(true);
        l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.prefWidthProperty().bind(c.widthProperty().subtract(10));
        c.setText(null);
        c.setGraphic(l);
    }

    /** The header's words (a wrapped label, see {@link #header}). */
    static String headerText(TableColumn<?, ?> c) { return c.getGraphic() instanceof Label l ? l.getText() : c.getText(); }

    public TableView<TableRow> table() { return table; }

    /** Copies the selected rows (all shown rows when none is selected) as tab-separated text. */
    public void copy() {
        List<TableRow> sel = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (sel.isEmpty()) sel = List.copyOf(table.getItems());
        ClipboardContent c = new ClipboardContent();
        c.putString(model.copyText(sel));
        Clipboard.getSystemClipboard().setContent(c);
    }

    /** The shown rows in the table's current order. */
    public List<TableRow> shownInOrder() { return List.copyOf(table.getItems()); }

    /** Selects the row of a region (and nothing else), scrolled into view; false when the region has no row. */
    public boolean select(String code) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).code().equals(code)) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 3));
                return true;
            }
        }
        return false;
    }

    /** Listens to the selected rows' codes. */
    public void onSelection(java.util.function.Consumer<List<String>> c) {
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TableRow>) ch ->
                c.accept(table.getSelectionModel().getSelectedItems().stream().filter(java.util.Objects::nonNull).map(TableRow::code).toList()));
    }

    private static TableColumn<TableRow, String> text(String title, Function<TableRow, String> get) {
        TableColumn<TableRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(get.apply(x.getValue())));
        return c;
    }

    private TableColumn<TableRow, Double> number(String title, Function<TableRow, Double> get,
                                                 java.util.function.IntSupplier decimals, boolean signed) {
        TableColumn<TableRow, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(get.apply(x.getValue())));
        c.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setAlignment(Pos.CENTER_RIGHT);
                setTooltip(null);
                if (empty) { setText(null); return; }
                if (item == null) {
                    setText(NumberFormats.NO_VALUE);
                    TableRow r = getTableRow() == null ? null : getTableRow().getItem();
                    if (signed && r != null && r.changeNote() != null) setTooltip(new Tooltip(r.changeNote()));
                    return;
                }
                String s = NumberFormats.format(item, decimals.getAsInt(), model.messages().lang());
                setText(signed && item > 0 ? "+" + s : s);
            }
        });
        return c;
    }
}
