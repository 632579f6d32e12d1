package kz.aimaq.ui.guide;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** F1 in the real window (Kazakh) opens the guide at the page for the side tab in use, with its steps and screenshots. */
class GuideFeatureUiTest {
    static MainWindow window;
    static GuideFeature feature;
    static Stage stage;

    @BeforeAll
    static void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, IndicatorData.bundled(), "kk", l -> {});
            feature = GuideFeature.install(window);
            // the scenario feature's tab, as ScenarioFeature names it
            Tab scenario = new Tab("Сценарийлер");
            scenario.setId("scenario-tab");
            window.sideTabs().getTabs().add(scenario);
            window.start();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.viewModel().sceneProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    static String shownTitle() throws Exception {
        String[] t = new String[1];
        FxToolkit.setupFixture(() -> t[0] = ((Label) feature.view().lookup("#guide-title")).getText());
        return t[0];
    }

    @Test
    void f1OpensTheKazakhGuideAtThePageOfTheSelectedTab() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.toFront();
            window.sideTabs().getSelectionModel().select(0);
            window.map().requestFocus();
        });
        new FxRobot().push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(feature.view(), "F1 opened the guide");
        assertEquals("Слайдқа арналған карта", shownTitle());
        FxToolkit.setupFixture(() -> {
            assertTrue(feature.view().lookupAll(".image-view").stream().anyMatch(n -> ((ImageView) n).getImage() != null),
                    "the page shows its screenshot");
            Tab guide = window.root().lookupAll(".tab-pane").stream()
                    .flatMap(n -> ((javafx.scene.control.TabPane) n).getTabs().stream())
                    .filter(t -> "guide".equals(t.getId())).findFirst().orElseThrow();
            assertEquals("Aimaq пайдаланушы нұсқаулығы", guide.getText());
            assertTrue(guide.isSelected());
        });

        FxToolkit.setupFixture(() -> {
            window.sideTabs().getSelectionModel().select(window.sideTabs().getTabs().getLast());
            window.map().requestFocus();
        });
        new FxRobot().push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Сценарийді іске қосу және түсіндіру", shownTitle());
    }

    @Test
    void everyPageExistsInEveryLanguageWithItsStepsAndPictures() throws Exception {
        for (String lang : List.of("kk", "ru", "en")) {
            List<GuidePages.Page> pages = GuidePages.all(lang);
            assertEquals(List.of("map-slide", "macro-regions", "scenario", "import", "project"), pages.stream().map(GuidePages.Page::id).toList());
            for (GuidePages.Page p : pages) {
                assertTrue(p.blocks().stream().filter(b -> b instanceof GuidePages.Block.Step).count() >= 3, lang + " " + p.id());
                for (GuidePages.Block b : p.blocks()) {
                    if (b instanceof GuidePages.Block.Image img) {
                        var url = GuidePages.class.getResource(img.resource());
                        assertNotNull(url, img.resource());
                        try (var in = url.openStream()) {
                            assertTrue(in.readAllBytes().length <= 150_000, img.resource() + " small (at most 150 KB)");
                        }
                        assertTrue(img.resource().contains("/" + lang + "/"), "the screenshot is in the page's language");
                    }
                }
            }
        }
        assertEquals("Карта для слайда", GuidePages.page("map-slide", "ru").title());
    }
}
