package kz.aimaq.ui.export;

import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.Feature;
import kz.aimaq.core.geo.GeoPackageReader;
import kz.aimaq.core.geo.VectorLayer;
import kz.aimaq.core.layer.LayerFiles;
import kz.aimaq.core.layer.ThematicLayer;
import kz.aimaq.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/** File → Export layer… in the real window: the layer is the map on screen. */
@ExtendWith(ApplicationExtension.class)
class LayerExportFeatureTest {
    private MainWindow w;
    private LayerExportFeature feature;

    @Start
    void start(Stage stage) {
        w = new MainWindow(stage, IndicatorData.bundled(), "ru", lang -> {});
        feature = LayerExportFeature.install(w);
        w.start();
    }

    @Test
    void theMapOnScreenBecomesAGeoPackageWithItsValuesAndColours(FxRobot robot, @TempDir Path dir) throws Exception {
        assertTrue(w.fileMenu().getItems().stream().anyMatch(i -> "Экспорт слоя для QGIS…".equals(i.getText())));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> w.viewModel().choroplethProperty().get() != null
                && w.viewModel().modelProperty().get() != null);
        AtomicReference<ThematicLayer> layer = new AtomicReference<>();
        robot.interact(() -> layer.set(feature.layer().orElseThrow()));
        var map = w.viewModel().choroplethProperty().get();
        assertEquals(w.viewModel().layerProperty().get().layer().size(), layer.get().features().size());
        Path gpkg = dir.resolve("map.gpkg");
        var written = LayerFiles.write(layer.get(), gpkg);
        assertEquals(java.util.List.of(gpkg, dir.resolve("map.qml")), written);
        assertTrue(Files.size(dir.resolve("map.qml")) > 0);
        VectorLayer back = new GeoPackageReader().read(gpkg);
        for (Feature f : back.features()) {
            String kato = f.text("kato");
            Double shown = map.values().get(kato);
            assertEquals(shown, (Double) f.attributes().get("value"), kato);
            if (shown != null) assertEquals(String.format("#%06x", map.fillOf(kato) & 0xFFFFFF), f.text("colour"), kato);
        }
        assertEquals(Path.of("x.shp"), LayerExportFeature.withExtension(Path.of("x"), "shp"));
        assertEquals(Path.of("x.gpkg"), LayerExportFeature.withExtension(Path.of("x.gpkg"), "shp"));
    }
}
