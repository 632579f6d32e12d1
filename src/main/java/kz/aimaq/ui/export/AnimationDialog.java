package kz.aimaq.ui.export;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.*;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import kz.aimaq.core.i18n.Messages;

import java.io.File;
import java.nio.file.Path;

/**
 * File → Export animation…: the current indicator, the years from and to, frames per second,
 * size and file; Export runs the view model's export off the UI thread with a progress bar, and
 * the Cancel button stops it (no file is left). The dialog stays open to show the outcome.
 */
public final class AnimationDialog extends Dialog<Void> {
    private final AnimationViewModel vm;
    private final Messages m;
    final ButtonType exportType, closeType;

    public AnimationDialog(Window owner, AnimationViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        initOwner(owner);
        setTitle(m.get("animation.title"));
        setResizable(true);

        Label indicator = new Label(vm.indicator().name(m.lang()) + ", " + vm.indicator().unit(m.lang()));
        indicator.setWrapText(true);
        indicator.setMaxWidth(420);
        ComboBox<Integer> from = new ComboBox<>(), to = new ComboBox<>();
        from.setId("animation-from");
        to.setId("animation-to");
        from.getItems().setAll(vm.years());
        to.getItems().setAll(vm.years());
        from.valueProperty().bindBidirectional(vm.fromProperty());
        to.valueProperty().bindBidirectional(vm.toProperty());
        Spinner<Integer> fps = new Spinner<>(1, 10, vm.fpsProperty().get());
        fps.setId("animation-fps");
        fps.setPrefWidth(80);
        fps.valueProperty().addListener((o, a, b) -> vm.fpsProperty().set(b));
        ComboBox<AnimationViewModel.Size> size = new ComboBox<>();
        size.setId("animation-size");
        size.getItems().setAll(AnimationViewModel.Size.values());
        size.valueProperty().bindBidirectional(vm.sizeProperty());
        TextField file = new TextField();
        file.setId("animation-file");
        file.setPrefColumnCount(30);
        file.textProperty().bindBidirectional(vm.fileProperty());
        Button browse = new Button(m.get("animation.browse"));
        browse.setOnAction(e -> browse());
        HBox.setHgrow(file, Priority.ALWAYS);

        ProgressBar bar = new ProgressBar(0);
        bar.setId("animation-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setId("animation-status");
        status.setWrapText(true);
        status.setMaxWidth(460);
        status.textProperty().bind(vm.messageProperty());
        Label note = new Label(m.get("animation.note"));
        note.setWrapText(true);
        note.setMaxWidth(460);
        note.setStyle("-fx-text-fill: #52606d;");

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        int r = 0;
        g.addRow(r++, new Label(m.get("animation.indicator")), indicator);
        g.addRow(r++, new Label(m.get("animation.years")), new HBox(6, from, new Label("–"), to));
        g.addRow(r++, new Label(m.get("animation.fps")), fps);
        g.addRow(r++, new Label(m.get("animation.size")), size);
        g.addRow(r++, new Label(m.get("animation.file")), new HBox(6, file, browse));
        VBox box = new VBox(10, g, note, bar, status);
        box.setPadding(new Insets(12));
        getDialogPane().setContent(box);

        exportType = new ButtonType(m.get("animation.export"), ButtonBar.ButtonData.OK_DONE);
        closeType = new ButtonType(m.get("animation.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(exportType, closeType);
        Button export = (Button) getDialogPane().lookupButton(exportType);
        Button close = (Button) getDialogPane().lookupButton(closeType);
        // Export starts the work and keeps the dialog open; while it runs, the other button cancels it
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.start();
        });
        close.addEventFilter(ActionEvent.ACTION, e -> {
            if (running()) {
                e.consume();
                vm.cancel();
            }
        });
        setOnCloseRequest(e -> {
            if (running()) {
                vm.cancel();
                e.consume();
            }
        });
        Runnable refresh = () -> {
            boolean run = running();
            export.setDisable(run || vm.problem() != null);
            close.setText(m.get(run ? "animation.cancel" : "animation.close"));
            for (var n : new javafx.scene.Node[]{from, to, fps, size, file, browse}) n.setDisable(run);
        };
        vm.stateProperty().addListener(o -> refresh.run());
        vm.fromProperty().addListener(o -> refresh.run());
        vm.toProperty().addListener(o -> refresh.run());
        vm.fileProperty().addListener(o -> refresh.run());
        refresh.run();
        setResultConverter(b -> null);
    }

    private boolean running() { return vm.stateProperty().get() == AnimationViewModel.State.RUNNING; }

    private void browse() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("animation.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("animation.format"), "*.gif"));
        Path current = vm.target();
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            fc.setInitialDirectory(current.getParent().toFile());
        }
        fc.setInitialFileName(vm.suggestedFileName());
        File f = kz.aimaq.ui.common.LastFolder.save(fc, getOwner());
        if (f != null) vm.fileProperty().set(f.getPath());
    }
}
