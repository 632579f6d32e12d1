package kz.aimaq.ui;

import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.ui.shell.MainWindow;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The application window as UI tests drive it: on a copy of the bundled figures, in a language
 * and size, with the features a test installs, returned once the first map is drawn.
 */
public final class RealWindow {
    private RealWindow() {}

    public static MainWindow open(String lang, double width, double height, Consumer<MainWindow> install) throws Exception {
        FxToolkit.registerPrimaryStage();
        Stage stage = FxToolkit.registerStage(Stage::new);
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            window[0] = new MainWindow(stage, IndicatorData.bundled().copy(), lang, l -> {});
            install.accept(window[0]);
            stage.setWidth(width);
            stage.setHeight(height);
            window[0].start();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window[0].viewModel().choroplethProperty().get() != null);
        return window[0];
    }
}
