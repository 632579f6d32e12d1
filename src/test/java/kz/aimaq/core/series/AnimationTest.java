package kz.aimaq.core.series;

import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.classify.Classifiers;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.render.ChoroplethScenes;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.LegendBlock;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** The animation of GRP per capita 2016–2018 and 2021–2022: across both territory changes of the map. */
class AnimationTest {
    static final List<Integer> YEARS = List.of(2016, 2017, 2018, 2021, 2022);
    static IndicatorData data;
    static Indicator grpPerCapita;
    static TerritoryLayers layers;
    static Animation animation;

    @BeforeAll
    static void build() throws Exception {
        data = IndicatorData.bundled();
        grpPerCapita = data.catalog().require("grp_per_capita");
        layers = new TerritoryLayers(MapLevel.OBLAST, true);
        animation = Animation.of(data, grpPerCapita, YEARS, layers, ChoroplethSpec.defaults("ru"), "ru", FrameStyle.defaults());
    }

    @Test
    void oneFramePerYearEachOnItsYearsTerritory() {
        assertEquals(List.of(), animation.missing());
        assertEquals(YEARS, animation.frames().stream().map(Animation.Frame::year).toList());
        assertEquals(List.of(16, 16, 17, 17, 20), animation.frames().stream().map(f -> f.scene().areas().size()).toList());
        // title, source and attribution on every frame, as render writes them
        for (Animation.Frame f : animation.frames()) {
            MapScene.Decorations d = f.scene().decorations();
            assertEquals("ВРП на душу населения, " + f.year(), d.title());
            assertTrue(d.sourceLine().contains("stat.gov.kz"), d.sourceLine());
            assertTrue(d.attributionLine().contains("geokz"), d.attributionLine());
            assertTrue(d.legend());
        }
    }

    @Test
    void theBreaksArePooledOverTheAnimationsYearsAndTheSameInEveryFrame() throws Exception {
        List<Double> pool = new ArrayList<>();
        for (int y : YEARS) pool.addAll(ChoroplethScenes.values(data, layers.forYear(y), "grp_per_capita", y).values());
        double[] expected = Classifiers.classify(ClassificationMethod.QUANTILE, pool.stream().mapToDouble(Double::doubleValue).toArray(),
                5, null).breaks();
        var first = animation.series().maps().getFirst().model().draw();
        var last = animation.series().maps().getLast().model().draw();
        assertArrayEquals(expected, first.classification().breaks(), 1e-9);
        assertArrayEquals(expected, last.classification().breaks(), 1e-9);
        // the legend's class boundaries read the same; only the region counts differ
        assertEquals(labels(animation.frames().getFirst().scene().legend()), labels(animation.frames().getLast().scene().legend()));
        // and they are not the breaks of 2016 alone: pooling changed something
        var alone = MapSeries.of(data, grpPerCapita, List.of(2016), layers, ChoroplethSpec.defaults("ru"), "ru").maps().getFirst().model().draw();
        assertFalse(java.util.Arrays.equals(expected, alone.classification().breaks()));
    }

    private static List<String> labels(LegendBlock l) {
        return l.entries().stream().map(e -> e.argb() + " " + e.label()).toList();
    }

    @Test
    void aRegionsPixelHasItsClassColourInTwoFramesAndTheYearIsDrawnLarge(@TempDir Path dir) throws Exception {
        int w = 640, h = 360;
        Path gif = dir.resolve("grp.gif");
        animation.writeGif(gif, w, h, 2, 0, (d, t) -> { }, () -> false);
        List<BufferedImage> frames = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            for (int i = 0; i < r.getNumImages(true); i++) frames.add(r.read(i));
        }
        Viewport v = animation.viewport(w, h);
        // Karaganda (35) has the same outline in 2016 and 2021 (Ulytau left it only in 2022)
        for (int i : new int[]{0, 3}) {
            MapScene.Area kar = animation.frames().get(i).scene().areas().stream().filter(a -> a.code().equals("35")).findFirst().orElseThrow();
            Double value = animation.series().maps().get(i).model().draw().values().get("35");
            assertNotNull(value);
            int px = (int) Math.round(v.toDeviceX(kar.labelX())), py = (int) Math.round(v.toDeviceY(kar.labelY())) + 14;
            assertEquals(kar.fillArgb() & 0xFFFFFF, frames.get(i).getRGB(px, py) & 0xFFFFFF,
                    "Karaganda's pixel in " + YEARS.get(i) + " is its class colour");
        }
        // the big year at the top right differs between two frames; the title's top-left corner does not
        assertNotEquals(block(frames.get(0), w - 130, 8, 120, 50), block(frames.get(4), w - 130, 8, 120, 50));
        assertEquals(block(frames.get(0), 0, 0, 12, 12), block(frames.get(4), 0, 0, 12, 12));
    }

    private static List<Integer> block(BufferedImage img, int x, int y, int w, int h) {
        List<Integer> px = new ArrayList<>();
        for (int j = y; j < y + h; j++) for (int i = x; i < x + w; i++) px.add(img.getRGB(i, j));
        return px;
    }

    @Test
    void theGifHoldsOneFramePerYearWithTheDelayOfTheFpsAndLoopsForEver(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("sub/grp.gif");
        AtomicInteger reported = new AtomicInteger();
        animation.writeGif(gif, 400, 300, 4, 1.5, (d, t) -> { assertEquals(YEARS.size(), t); reported.set(d); }, () -> false);
        assertEquals(YEARS.size(), reported.get());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            assertEquals(YEARS.size(), r.getNumImages(true));
            for (int i = 0; i < YEARS.size(); i++) {
                IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                // 4 frames per second = 25 hundredths; the last one held 1.5 s longer
                assertEquals(i == YEARS.size() - 1 ? "175" : "25", gce.getAttribute("delayTime"));
                assertEquals(400, r.getWidth(i));
                assertEquals(300, r.getHeight(i));
            }
            IIOMetadataNode first = (IIOMetadataNode) r.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            Node app = first.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", ((IIOMetadataNode) app).getAttribute("applicationID"));
            byte[] loop = (byte[]) ((IIOMetadataNode) app).getUserObject();
            assertEquals(0, (loop[1] & 0xFF) | (loop[2] & 0xFF) << 8, "loop count 0: for ever");
        }
    }

    @Test
    void aCancelledExportLeavesNoFileAndKeepsTheEarlierOne(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("grp.gif");
        AtomicInteger frames = new AtomicInteger();
        assertThrows(CancellationException.class,
                () -> animation.writeGif(gif, 400, 300, 2, 0, (d, t) -> frames.set(d), () -> frames.get() >= 2));
        assertFalse(Files.exists(gif));
        try (var s = Files.list(dir)) { assertEquals(List.of(), s.toList(), "no temporary file left either"); }

        Files.writeString(gif, "earlier");
        assertThrows(CancellationException.class, () -> animation.writeGif(gif, 400, 300, 2, 0, (d, t) -> { }, () -> true));
        assertEquals("earlier", Files.readString(gif));
    }

    @Test
    void yearsWithoutFiguresAreNamedWithTheReason() throws Exception {
        // hourly earnings: published from 2014, and before 2018 for today's oblasts only
        Animation a = Animation.of(data, data.catalog().require("avg_hourly_earnings"), List.of(2012, 2013, 2016, 2018), layers,
                ChoroplethSpec.defaults("en"), "en", FrameStyle.defaults());
        assertEquals(List.of(new MapSeries.Missing(2012, MapSeries.Reason.NO_FIGURES, kz.aimaq.core.territory.Territory.BEFORE_2018),
                new MapSeries.Missing(2013, MapSeries.Reason.NO_FIGURES, kz.aimaq.core.territory.Territory.BEFORE_2018),
                new MapSeries.Missing(2016, MapSeries.Reason.NONE_ON_TERRITORY, kz.aimaq.core.territory.Territory.BEFORE_2018)),
                a.missing());
        assertEquals(List.of(2018), a.frames().stream().map(Animation.Frame::year).toList());
    }
}
