package kz.aimaq.core.map;

import kz.aimaq.cli.Cli;
import kz.aimaq.core.analysis.CategoricalMap;
import kz.aimaq.core.analysis.Typology;
import kz.aimaq.core.analysis.TypologyThresholds;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.render.Choropleth;
import kz.aimaq.core.render.ChoroplethScenes;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.LegendBlock;
import kz.aimaq.core.render.PreparedLayer;
import kz.aimaq.core.stats.Contiguity;
import kz.aimaq.core.stats.Lisa;
import kz.aimaq.core.stats.SpatialWeights;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** What a map shows, as the CLI writes it and as the model frames it. */
class MapModelTest {
    static PreparedLayer oblasts;
    static IndicatorData data;

    @BeforeAll
    static void load() throws Exception {
        oblasts = new PreparedLayer(RegionLayers.load(MapLevel.OBLAST));
        data = IndicatorData.bundled();
    }

    private static String render(Path out, String... args) {
        List<String> argv = new ArrayList<>(List.of("render"));
        argv.addAll(List.of(args));
        argv.addAll(List.of("--out", out.toString()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(argv.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        try { return Files.readString(out); } catch (java.io.IOException e) { throw new AssertionError(e); }
    }

    /** The first fill inside the SVG group with that id. */
    private static String fillOf(String svg, String groupId) {
        int at = svg.indexOf("id='" + groupId + "'");
        if (at < 0) at = svg.indexOf("id=\"" + groupId + "\"");
        assertTrue(at >= 0, "no group " + groupId);
        Matcher m = Pattern.compile("fill:(rgb\\([0-9,]+\\))").matcher(svg);
        assertTrue(m.find(at), "no fill after " + groupId);
        return m.group(1);
    }

    private static List<String> texts(String svg) {
        List<String> t = new ArrayList<>();
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) t.add(m.group(1));
        return t;
    }

    @Test
    void russianSvgHasTheCitiesInTheirRegionsColourEveryOblastNameAndNoEnglish(@TempDir Path dir) {
        String svg = render(dir.resolve("m.svg"), "--indicator", "unemployment_rate", "--year", "2024", "--lang", "ru");
        for (String city : List.of("71", "75", "79")) {
            assertEquals(fillOf(svg, "region-" + city), fillOf(svg, "city-" + city), "city " + city + " in its class colour");
        }
        List<String> texts = texts(svg);
        RegionCatalog catalog = RegionCatalog.bundled();
        int oblasts = 0;
        for (Region r : catalog.current()) {
            if (r.type() != Region.Type.OBLAST) continue;
            oblasts++;
            assertTrue(texts.contains(r.shortName("ru")), "the name of " + r.nameEn() + " (" + r.shortName("ru") + ") is on the map");
        }
        assertEquals(17, oblasts);
        // English words: three or more Latin letters, except names of sources, licences and units that are not translated
        Pattern latin = Pattern.compile("[A-Za-z]{3,}");
        List<String> allowed = List.of("stat.gov.kz", "geokz", "github", "https", "arodionoff", "OCHA", "HDX", "COD", "Kazakhstan",
                "humdata", "org", "dataset", "cod", "kaz", "com", "GVF", "CC BY");
        for (String t : texts) {
            String rest = t.replaceAll("https?://\\S+", "");
            for (String a : allowed) rest = rest.replace(a, "");
            assertFalse(latin.matcher(rest).find(), "English in the Russian map: " + t);
        }
    }

    @Test
    void kazakhRenderHasItsTitleInKazakh(@TempDir Path dir) {
        String svg = render(dir.resolve("k.svg"), "--indicator", "unemployment_rate", "--year", "2024", "--lang", "kk");
        assertTrue(texts(svg).contains("Жұмыссыздық деңгейі, 2024"), texts(svg).subList(0, 3).toString());
    }

    @Test
    void aDifferenceMapIsCentredOnZero() {
        Indicator grp = data.catalog().require("grp_per_capita");
        // real 2024 GRP per capita as a scenario's result, and the same minus 20 % for half of the regions as the comparison
        Map<String, Double> diff = new LinkedHashMap<>();
        int i = 0;
        for (MapRegion r : oblasts.layer().regions()) {
            double v = data.current("grp_per_capita", 2022, r.code()).orElseThrow();
            diff.put(r.code(), (i++ % 2 == 0 ? 0.2 : -0.05) * v); // gains of up to ~+5,000, losses of up to ~−1,300
        }
        MapModel model = new MapModel(oblasts, new MapContent.ScenarioDifference("Полюса роста", "Перераспределение", grp, 2040, diff),
                List.of(), ChoroplethSpec.defaults("ru"), "ru");
        Choropleth c = model.draw();
        List<LegendBlock.Entry> entries = c.scene().legend().entries();
        assertEquals(5, entries.size());
        double[] breaks = c.classification().breaks();
        assertEquals(-breaks[0], breaks[3], 1e-9, "symmetric breaks around zero");
        assertTrue(c.classification().lower(2) < 0 && breaks[2] > 0, "the middle class holds 0");
        assertEquals(0xFFF7F7F7, entries.get(2).argb(), "no change is white");
        int loss = entries.get(0).argb(), gain = entries.get(4).argb();
        assertTrue(((loss >> 16) & 0xFF) > (loss & 0xFF), "losses red");
        assertTrue((gain & 0xFF) > ((gain >> 16) & 0xFF), "gains blue");
        for (MapRegion r : oblasts.layer().regions()) {
            int fill = c.fillOf(r.code());
            double d = diff.get(r.code());
            if (d > breaks[2]) assertTrue((fill & 0xFF) > ((fill >> 16) & 0xFF), r.code() + " gains, drawn blue");
            if (d <= c.classification().lower(2)) assertTrue(((fill >> 16) & 0xFF) > (fill & 0xFF), r.code() + " loses, drawn red");
        }
        assertTrue(model.frame().sourceLines().getFirst().contains("«Полюса роста» минус «Перераспределение»"));
    }

    @Test
    void typologyAndLisaAreCreditedToTheDataAndTheirMethodNeverToTheScenarioModel() throws Exception {
        Messages ru = Messages.of("ru");
        Indicator grp = data.catalog().require("grp_per_capita");
        String bns = ChoroplethScenes.sourceOf(data, "grp_per_capita", 2022, ru);

        List<String> codes = oblasts.layer().regions().stream().map(MapRegion::code).toList();
        Typology.Result t = Typology.compute(data, 2022, 2025, codes, TypologyThresholds.DEFAULT);
        MapModel typology = new MapModel(oblasts, new MapContent.Categories(MapContent.Categories.Kind.TYPOLOGY,
                CategoricalMap.of(t, "Типы регионов", "ru"), grp, 2025, bns, List.of("2022", "2025")), List.of(),
                ChoroplethSpec.defaults("ru"), "ru");

        SpatialWeights w = Contiguity.queen(oblasts.layer()).rowStandardised();
        double[] x = w.codes().stream().mapToDouble(c -> data.current("grp_per_capita", 2022, c).orElseThrow()).toArray();
        Lisa.Result l = Lisa.of(x, w, 999, 1, Lisa.DEFAULT_ALPHA);
        MapModel lisa = new MapModel(oblasts, new MapContent.Categories(MapContent.Categories.Kind.LISA,
                CategoricalMap.of(l, "Кластеры LISA", "ru"), grp, 2022, bns, List.of(ru.get("weights.queen"), "999", "0,05")),
                List.of(), ChoroplethSpec.defaults("ru"), "ru");

        for (MapModel m : List.of(typology, lisa)) {
            List<String> lines = m.frame().sourceLines();
            assertEquals("Источник: Бюро национальной статистики Республики Казахстан (stat.gov.kz)", lines.get(0));
            assertTrue(lines.get(1).startsWith("Метод: "), lines.get(1));
            assertFalse(String.join(" ", lines).contains("сценарн"), "not the scenario model: " + lines);
            assertEquals(m.frame().sourceText(), m.draw().scene().decorations().sourceLine(), "the painted footer is the frame's");
        }
        assertTrue(lisa.frame().sourceLines().get(1).contains("ферзь") && lisa.frame().sourceLines().get(1).contains("999 перестановок"));
        assertTrue(typology.frame().sourceLines().get(1).contains("2022–2025"));
    }

    @Test
    void everyOblastKeepsItsNameAtLaptopSizeEvenUnderMacroRegionNames(@TempDir Path dir) throws Exception {
        // the planner's complaint: at 1366 px about 8 names vanished, and group names took oblasts' places
        var five = kz.aimaq.core.group.Groupings.preset("five");
        MapModel model = new MapModel(oblasts, MapScenes.indicator(data, oblasts, data.catalog().require("grp_per_capita"), 2024,
                ChoroplethSpec.defaults("kk")), List.of(GroupOverlay.overlay(oblasts.layer(), five, GroupOverlay.Mode.OUTLINES)),
                ChoroplethSpec.defaults("kk"), "kk");
        for (int[] size : new int[][]{{1366, 768}, {1920, 1080}}) {
            Path out = dir.resolve("m" + size[0] + ".svg");
            kz.aimaq.core.export.SvgExporter.write(model.draw().scene(), size[0], size[1], out);
            List<String> texts = texts(Files.readString(out));
            for (Region r : RegionCatalog.bundled().current()) {
                if (r.type() == Region.Type.OBLAST) {
                    assertTrue(texts.contains(r.shortName("kk")), r.shortName("kk") + " at " + size[0] + "x" + size[1]);
                }
            }
            assertTrue(texts.contains("Солтүстік"), "the macro-region names are there too where room is left: " + texts);
        }
    }
}
