package kz.aimaq.ui.shell;

import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContextMenu;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.aimaq.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class ChartMenuTest {
    private LineChart<Number, Number> chart;
    private final java.util.List<String> statuses = new java.util.ArrayList<>();

    @Start
    void start(Stage stage) {
        chart = new LineChart<>(new NumberAxis(), new NumberAxis());
        chart.setTitle("ВРП: 2025/2050");
        chart.setAnimated(false);
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        for (int i = 0; i < 10; i++) s.getData().add(new XYChart.Data<>(2025 + i, i * i));
        chart.getData().add(s);
        Scene scene = new Scene(chart, 400, 300);
        ChartMenu.install(scene, Messages.of("ru"), msg -> {}, statuses::add);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void rightClickOffersCopyAndSaveInTheInterfaceLanguage(FxRobot robot) {
        // the headless platform does not turn a right click into a context-menu request: send the request itself
        robot.interact(() -> {
            var b = chart.localToScreen(chart.getBoundsInLocal());
            chart.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    100, 100, b.getMinX() + 100, b.getMinY() + 100, false, new javafx.scene.input.PickResult(chart, 100, 100)));
        });
        ContextMenu menu = robot.listWindows().stream().filter(w -> w instanceof ContextMenu).map(w -> (ContextMenu) w)
                .findFirst().orElseThrow(() -> new AssertionError("no context menu on the chart"));
        assertEquals("Копировать диаграмму", menu.getItems().get(0).getText());
        assertEquals("Сохранить диаграмму как PNG…", menu.getItems().get(1).getText());
        // a copy says so: the clipboard gives no sign of its own
        robot.interact(() -> menu.getItems().get(0).fire());
        assertEquals(java.util.List.of("Диаграмма скопирована в буфер обмена"), statuses);
        robot.interact(menu::hide);
    }

    @Test
    void savedChartIsAPngAtTwiceTheScreenSize(FxRobot robot, @TempDir Path dir) throws Exception {
        Path png = dir.resolve(ChartMenu.fileName(chart.getTitle()));
        assertEquals("ВРП 2025 2050.png", png.getFileName().toString(), "no path separators from the title");
        robot.interact(() -> {
            try {
                ChartMenu.save(chart, png);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        BufferedImage img = ImageIO.read(png.toFile());
        // the stage may be shared with earlier tests, so compare with the chart's actual size
        assertEquals(chart.getWidth() * 2, img.getWidth(), 6, "snapshot bounds may add a few pixels of stroke");
        assertEquals(chart.getHeight() * 2, img.getHeight(), 6);
        assertTrue(img.getWidth() >= 400, "a real picture, not an empty one: " + img.getWidth());
    }
}
