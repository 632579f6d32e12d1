package kz.aimaq.ui.disparity;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.disparity.TerritoryMode;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class DisparityViewTest {
    private DisparityView view;
    private DisparityViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new DisparityViewModel(IndicatorData.bundled(), () -> Groupings.preset("five"), () -> null, "kk");
        view = new DisparityView(vm, Messages.of("kk"), e -> {});
        vm.refresh(); // as the menu's "open" does
        stage.setScene(new Scene(view, 1200, 700));
        stage.show();
    }

    @Test
    void drawsTheChartAndSwitchesTerritoryInKazakh(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.canvas().getWidth() > 500, "the chart fills the window");
        robot.interact(() -> {
            WritableImage img = view.canvas().snapshot(null, null);
            // a history line pixel somewhere: not every pixel is background
            int differing = 0;
            var reader = img.getPixelReader();
            for (int x = 0; x < img.getWidth(); x += 7) for (int y = 0; y < img.getHeight(); y += 7) {
                if (reader.getArgb(x, y) != 0xFFF4F6F8) differing++;
            }
            assertTrue(differing > 100, "the chart was painted");
        });
        @SuppressWarnings("unchecked")
        ComboBox<TerritoryMode> territory = robot.lookup("#disparity-territory").queryAs(ComboBox.class);
        robot.interact(() -> territory.getSelectionModel().select(TerritoryMode.CONSISTENT));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.seriesProperty().get().stream().allMatch(y -> y.unitCount() == 16));
        assertEquals("барлық жылдарда бірдей өңірлер", territory.getConverter().toString(territory.getValue()));
        assertEquals("", robot.lookup("#disparity-problem").queryAs(Label.class).getText());
    }
}
