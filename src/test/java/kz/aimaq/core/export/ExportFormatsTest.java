package kz.aimaq.core.export;

import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.render.Choropleth;
import kz.aimaq.core.render.ChoroplethScenes;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.LegendBlock;
import kz.aimaq.core.render.MapPainter;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.PreparedLayer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** PNG, SVG and PDF of the same real map (bundled 2024 GRP per capita on the geokz oblasts). */
class ExportFormatsTest {
    static PreparedLayer oblasts;
    static final IndicatorData data = IndicatorData.bundled();

    @BeforeAll
    static void load() throws Exception {
        oblasts = new PreparedLayer(RegionLayers.load(MapLevel.OBLAST));
    }

    static Choropleth grpPerCapita(String lang) {
        Indicator ind = data.catalog().require("grp_per_capita");
        return ChoroplethScenes.build(data, oblasts, ind, 2024,
                ChoroplethSpec.defaults(lang).withMethod(ClassificationMethod.QUANTILE).withClasses(5));
    }

    static MapScene framed(Choropleth c, SnapshotLayout layout, String lang) {
        return layout.apply(c.scene(), SnapshotLayout.attributionFor(oblasts.layer().attribution(), lang), lang);
    }

    static SnapshotLayout defaults(String lang) {
        return SnapshotLayout.defaults(data.catalog().require("grp_per_capita"), 2024, lang);
    }

    @Test
    void slidePngHasTheLegendColoursTopDownAtTheLegendsPlace() {
        Choropleth c = grpPerCapita("ru");
        MapScene scene = framed(c, defaults("ru"), "ru");
        int w = 1920, h = 1080;
        BufferedImage img = PngExporter.render(scene, w, h);
        assertEquals(w, img.getWidth());
        MapPainter.Layout l = new MapPainter().layout(scene, w, h);
        // the swatches are 22 ui wide after a 10 ui padding inside the key's box
        var g = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics();
        double[] box = new MapPainter().legendBox(scene, new kz.aimaq.core.render.Java2DSurface(g), w, h);
        int x = (int) Math.round(box[0] + 10 * l.ui() + 11 * l.ui());
        int top = (int) (l.mapY() + l.mapH() / 2), bottom = (int) (l.mapY() + l.mapH());
        List<Integer> runs = colourRuns(img, x, top, bottom, (int) (10 * l.ui()));
        List<Integer> expected = new ArrayList<>();
        List<LegendBlock.Entry> entries = scene.legend().entries();
        for (int i = entries.size() - 1; i >= 0; i--) expected.add(entries.get(i).argb() & 0xFFFFFF);
        int at = Math.max(0, runs.indexOf(expected.getFirst()));
        assertTrue(runs.size() >= at + expected.size(), "colour runs down the swatch column: " + hex(runs));
        assertEquals(hex(expected), hex(runs.subList(at, at + expected.size())), "swatches, highest class on top");
        // and the swatch of the top class is the colour Astana is drawn in
        assertEquals(c.fillOf("71") & 0xFFFFFF, expected.getFirst());
    }

    /** Colours that fill at least {@code minLen} consecutive pixels going down column x. */
    private static List<Integer> colourRuns(BufferedImage img, int x, int y0, int y1, int minLen) {
        List<Integer> runs = new ArrayList<>();
        int run = 0, prev = -1;
        for (int y = y0; y < y1; y++) {
            int rgb = img.getRGB(x, y) & 0xFFFFFF;
            run = rgb == prev ? run + 1 : 1;
            prev = rgb;
            if (run == minLen && (runs.isEmpty() || runs.getLast() != rgb)) runs.add(rgb);
        }
        return runs;
    }

    private static List<String> hex(List<Integer> c) { return c.stream().map(Integer::toHexString).toList(); }

    @Test
    void svgHasOneFilledPathPerRegionInItsClassColourAndTextAsText() throws Exception {
        Choropleth c = grpPerCapita("kk");
        SnapshotLayout layout = defaults("kk").withTitle("Өңірлер: ЖӨӨ, 2024");
        String svg = SvgExporter.render(framed(c, layout, "kk"), 1920, 1080);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Map<String, Element> groups = new HashMap<>();
        NodeList gs = doc.getElementsByTagName("g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (g.getAttribute("id").startsWith("region-")) groups.put(g.getAttribute("id").substring(7), g);
        }
        assertEquals(20, groups.size(), "one group per oblast and city");
        for (MapRegion r : oblasts.layer().regions()) {
            Element g = groups.get(r.code());
            assertNotNull(g, "group of " + r.code());
            List<String> fills = new ArrayList<>();
            NodeList paths = g.getElementsByTagName("path");
            for (int i = 0; i < paths.getLength(); i++) {
                String fill = fillOf((Element) paths.item(i), g);
                if (fill != null && !fill.equals("none")) fills.add(fill);
            }
            int argb = c.fillOf(r.code());
            String want = "rgb(" + ((argb >> 16) & 255) + "," + ((argb >> 8) & 255) + "," + (argb & 255) + ")";
            assertEquals(List.of(want), fills, "filled paths of region " + r.code());
        }
        List<String> texts = new ArrayList<>();
        NodeList ts = doc.getElementsByTagName("text");
        for (int i = 0; i < ts.getLength(); i++) texts.add(ts.item(i).getTextContent());
        assertTrue(texts.contains("Өңірлер: ЖӨӨ, 2024"), "title as <text>: " + texts);
        assertTrue(texts.contains("Қарағанды"), "region label as <text>: " + texts);
        assertEquals(1, texts.stream().filter("Астана"::equals).count(), "a label is written once (its halo is a shape)");
    }

    /** A canvas made ahead on another thread gives the same picture as one made on the spot, and only at its own size. */
    @Test
    void aPreparedCanvasPaintsTheSamePixels() {
        MapScene scene = framed(grpPerCapita("kk"), defaults("kk"), "kk");
        java.awt.image.BufferedImage fresh = PngExporter.render(scene, 800, 450);
        PngExporter.prepareCanvas(800, 450);
        java.awt.image.BufferedImage prepared = PngExporter.render(scene, 800, 450);
        assertNotSame(fresh, prepared);
        assertArrayEquals(fresh.getRGB(0, 0, 800, 450, null, 0, 800), prepared.getRGB(0, 0, 800, 450, null, 0, 800));
        PngExporter.prepareCanvas(640, 360); // another size than the next picture: not used
        java.awt.image.BufferedImage other = PngExporter.render(scene, 800, 450);
        assertEquals(800, other.getWidth());
        assertArrayEquals(fresh.getRGB(0, 0, 800, 450, null, 0, 800), other.getRGB(0, 0, 800, 450, null, 0, 800));
    }

    /** The white borders are one path over the whole map (a shared border drawn once), not one stroke per region. */
    @Test
    void svgDrawsAllBordersAsOnePathAboveTheRegions() throws Exception {
        String svg = SvgExporter.render(framed(grpPerCapita("ru"), defaults("ru"), "ru"), 1920, 1080);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element borders = null;
        NodeList gs = doc.getElementsByTagName("g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (g.getAttribute("id").equals("borders")) borders = g;
            if (g.getAttribute("id").startsWith("region-")) {
                NodeList paths = g.getElementsByTagName("path");
                for (int k = 0; k < paths.getLength(); k++) {
                    assertFalse(styleChain((Element) paths.item(k), g).contains("stroke:rgb"), "no border inside " + g.getAttribute("id"));
                }
            }
        }
        assertNotNull(borders, "a borders group");
        NodeList paths = borders.getElementsByTagName("path");
        assertEquals(1, paths.getLength(), "one path for all borders");
        assertTrue(styleChain((Element) paths.item(0), borders).contains("stroke:rgb(255,255,255)"));
        // the path holds every region's rings: at least one subpath (M) per region
        assertTrue(((Element) paths.item(0)).getAttribute("d").split("M").length > 20);
    }

    /** The style attributes from a path up to (and including) an enclosing element. */
    private static String styleChain(Element path, Element stop) {
        StringBuilder b = new StringBuilder();
        for (Node n = path; n instanceof Element e; n = n.getParentNode()) {
            b.append(e.getAttribute("style")).append(';');
            if (e == stop) break;
        }
        return b.toString();
    }

    /** The fill a path is painted with: its own style or the nearest enclosing group's (JFreeSVG wraps paths). */
    private static String fillOf(Element path, Element stop) {
        Pattern p = Pattern.compile("fill:\\s*([^;]+)");
        for (Node n = path; n instanceof Element e; n = n.getParentNode()) {
            if (!e.getAttribute("fill").isEmpty()) return e.getAttribute("fill").trim();
            Matcher m = p.matcher(e.getAttribute("style"));
            if (m.find()) return m.group(1).trim().replace(" ", "");
            if (e == stop) break;
        }
        return null;
    }

    @Test
    void switchedOffElementsAreNotDrawn() {
        Choropleth c = grpPerCapita("en");
        SnapshotLayout off = defaults("en").withLegend(false).withAttribution(false).withSource(false).withDate(false);
        String all = SvgExporter.render(framed(c, defaults("en"), "en"), 1600, 1000);
        String none = SvgExporter.render(framed(c, off, "en"), 1600, 1000);
        String legendTitle = ">" + c.scene().legend().title() + "<";
        assertTrue(all.contains(legendTitle));
        assertTrue(all.contains("geokz"));
        assertFalse(none.contains(legendTitle), "legend switched off");
        assertFalse(none.contains("geokz"), "attribution switched off");
        assertFalse(none.contains("Bureau of National Statistics"), "source switched off");
    }

    @Test
    void pdfTextLayerHoldsTheTitleAndKazakhRegionNamesInAnEmbeddedFont(@TempDir Path dir) throws Exception {
        Choropleth c = grpPerCapita("kk");
        SnapshotLayout layout = defaults("kk");
        Path pdf = dir.resolve("map.pdf");
        PdfExporter.write(framed(c, layout, "kk"), PdfExporter.PageSize.A4_LANDSCAPE, layout.title(), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(842, page.getMediaBox().getWidth(), 1);
            assertEquals(595, page.getMediaBox().getHeight(), 1);
            String text = new PDFTextStripper().getText(doc);
            assertEquals("Жан басына шаққандағы ЖӨӨ, 2024", layout.title());
            assertTrue(text.contains(layout.title()), text);
            for (String name : List.of("Қарағанды", "Ақтөбе", "Ұлытау", "Түркістан", "Шығыс Қазақстан", "Астана")) {
                assertTrue(text.contains(name), name + " in the text layer:\n" + text);
            }
            assertEquals(1, text.lines().filter("Қарағанды"::equals).count(), "each label once, halo is not text");
            for (var name : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(name);
                assertTrue(f.isEmbedded(), f.getName() + " embedded");
                assertTrue(f.getName().contains("DejaVuSans"), f.getName());
            }
        }
    }

    @Test
    void widescreenPdfPageIs16by9(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("wide.pdf");
        PdfExporter.write(framed(grpPerCapita("en"), defaults("en"), "en"), PdfExporter.PageSize.WIDESCREEN_16_9, "t", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(16.0 / 9, doc.getPage(0).getMediaBox().getWidth() / doc.getPage(0).getMediaBox().getHeight(), 1e-3);
        }
        assertTrue(Files.size(pdf) > 10_000);
    }
}
