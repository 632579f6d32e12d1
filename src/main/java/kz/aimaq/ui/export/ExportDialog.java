package kz.aimaq.ui.export;

import javafx.beans.Observable;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.*;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import kz.aimaq.core.export.PdfExporter;
import kz.aimaq.core.export.PngExporter;
import kz.aimaq.core.i18n.Messages;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;

/**
 * File → Export map…: format, size or page, title and subtitle (defaulting to indicator, year and
 * scenario), a switch for every frame element, and a live preview drawn by the export painter.
 * Returns the chosen file; the caller writes it off the UI thread.
 */
public final class ExportDialog extends Dialog<Path> {
    static final int PREVIEW_W = 480;

    private final ExportViewModel vm;
    private final Messages m;
    private final ImageView preview = new ImageView();

    public ExportDialog(Window owner, ExportViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        initOwner(owner);
        setTitle(m.get("export.title"));
        setResizable(true);

        ComboBox<ExportViewModel.Format> format = new ComboBox<>();
        format.getItems().setAll(ExportViewModel.Format.values());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        format.setConverter(converter(Map.of(ExportViewModel.Format.PNG, m.get("core.format.png"), ExportViewModel.Format.SVG, m.get("core.format.svg"),
                ExportViewModel.Format.PDF, m.get("core.format.pdf"), ExportViewModel.Format.PPTX, m.get("core.format.pptx"))));

        ComboBox<PngExporter.SizePreset> size = new ComboBox<>();
        size.getItems().setAll(PngExporter.SizePreset.values());
        size.valueProperty().bindBidirectional(vm.sizeProperty());
        size.setConverter(converter(Map.of(PngExporter.SizePreset.SLIDE_1080P, m.get("export.size.slide"),
                PngExporter.SizePreset.UHD_4K, m.get("export.size.uhd"), PngExporter.SizePreset.A4_300DPI, m.get("export.size.a4"),
                PngExporter.SizePreset.CUSTOM, m.get("export.size.custom"))));
        TextField w = new TextField(), h = new TextField();
        w.textProperty().bindBidirectional(vm.customWidthProperty());
        h.textProperty().bindBidirectional(vm.customHeightProperty());
        w.setPrefColumnCount(5);
        h.setPrefColumnCount(5);
        w.setPromptText(m.get("export.width"));
        h.setPromptText(m.get("export.height"));
        HBox custom = new HBox(6, w, new Label("×"), h);
        Label sizeProblem = new Label(m.get("export.badSize"));
        sizeProblem.setStyle("-fx-text-fill: #b42318;");
        sizeProblem.setWrapText(true);
        sizeProblem.setMaxWidth(360);

        ComboBox<PdfExporter.PageSize> page = new ComboBox<>();
        page.getItems().setAll(PdfExporter.PageSize.values());
        page.valueProperty().bindBidirectional(vm.pageProperty());
        page.setConverter(converter(Map.of(PdfExporter.PageSize.A4_LANDSCAPE, m.get("export.page.a4"),
                PdfExporter.PageSize.WIDESCREEN_16_9, m.get("export.page.wide"))));

        TextField title = new TextField(), subtitle = new TextField();
        title.textProperty().bindBidirectional(vm.titleProperty());
        subtitle.textProperty().bindBidirectional(vm.subtitleProperty());
        title.setPrefColumnCount(32);

        VBox switches = new VBox(4,
                check("export.legend", vm.legendProperty()), check("export.scaleBar", vm.scaleBarProperty()),
                check("export.northArrow", vm.northArrowProperty()), check("export.source", vm.sourceProperty()),
                check("export.attribution", vm.attributionProperty()), check("export.date", vm.dateProperty()),
                check("export.labels", vm.labelsProperty()));

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(12));
        int r = 0;
        g.addRow(r++, new Label(m.get("export.format")), format);
        Label sizeLabel = new Label(m.get("export.size")), pageLabel = new Label(m.get("export.page"));
        g.addRow(r++, sizeLabel, new VBox(4, new HBox(8, size, custom), sizeProblem));
        g.addRow(r++, pageLabel, page);
        g.addRow(r++, new Label(m.get("export.mapTitle")), title);
        g.addRow(r++, new Label(m.get("export.mapSubtitle")), subtitle);
        Label show = new Label(m.get("export.elements"));
        GridPane.setValignment(show, javafx.geometry.VPos.TOP);
        g.addRow(r++, show, switches);
        preview.setFitWidth(PREVIEW_W);
        preview.setPreserveRatio(true);
        VBox right = new VBox(6, new Label(m.get("export.preview")), preview);
        right.setPadding(new Insets(12));
        getDialogPane().setContent(new HBox(g, right));

        // only the controls that matter for the chosen format are enabled
        Runnable enable = () -> {
            ExportViewModel.Format f = vm.formatProperty().get();
            boolean pixels = f == ExportViewModel.Format.PNG || f == ExportViewModel.Format.SVG;
            size.setDisable(!pixels);
            custom.setDisable(!pixels || vm.sizeProperty().get() != PngExporter.SizePreset.CUSTOM);
            page.setDisable(f != ExportViewModel.Format.PDF);
        };
        ButtonType save = new ButtonType(m.get("export.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(m.get("export.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        Runnable refresh = () -> {
            enable.run();
            boolean badSize = vm.pixelSize() == null && (vm.formatProperty().get() == ExportViewModel.Format.PNG
                    || vm.formatProperty().get() == ExportViewModel.Format.SVG);
            saveButton.setDisable(badSize);
            sizeProblem.setVisible(badSize);
            sizeProblem.setManaged(badSize);
            refreshPreview();
        };
        for (Observable o : new Observable[]{vm.formatProperty(), vm.sizeProperty(), vm.customWidthProperty(), vm.customHeightProperty(),
                vm.pageProperty(), vm.titleProperty(), vm.subtitleProperty(), vm.legendProperty(), vm.scaleBarProperty(),
                vm.northArrowProperty(), vm.sourceProperty(), vm.attributionProperty(), vm.dateProperty(), vm.labelsProperty()}) {
            o.addListener(x -> refresh.run());
        }
        refresh.run();

        setResultConverter(button -> button == save ? chooseFile() : null);
    }

    private CheckBox check(String key, javafx.beans.property.BooleanProperty p) {
        CheckBox c = new CheckBox(m.get(key));
        c.selectedProperty().bindBidirectional(p);
        return c;
    }

    /** Redraws the preview: about 30 ms, cheap enough to follow every keystroke. */
    private void refreshPreview() {
        preview.setImage(SwingFXUtils.toFXImage(vm.preview(PREVIEW_W), null));
    }

    private Path chooseFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("export.title"));
        ExportViewModel.Format f = vm.formatProperty().get();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), "*." + f.extension));
        fc.setInitialFileName(vm.suggestedFileName());
        File file = kz.aimaq.ui.common.LastFolder.save(fc, getOwner());
        if (file == null) return null;
        String name = file.getName().toLowerCase();
        return name.endsWith("." + f.extension) ? file.toPath() : file.toPath().resolveSibling(file.getName() + "." + f.extension);
    }

    private static <T> StringConverter<T> converter(Map<T, String> names) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : names.getOrDefault(t, t.toString()); }
            @Override public T fromString(String s) { return null; }
        };
    }
}
