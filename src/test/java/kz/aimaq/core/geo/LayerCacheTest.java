package kz.aimaq.core.geo;

import kz.aimaq.core.data.Resources;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class LayerCacheTest {

    @Test
    void aCachedLayerEqualsTheFreshlyBuiltOne() throws Exception {
        LayerConfig config = LayerConfig.bundled(MapLevel.OBLAST);
        Path shp = Resources.sharedFolder().resolve(config.file());
        RegionLayer fresh = RegionLayers.build(RegionLayers.read(shp), config);
        LayerCache.write(config, shp, fresh);
        RegionLayer cached = LayerCache.read(config, shp).orElseThrow();
        assertEquals(fresh.size(), cached.size());
        for (MapRegion r : fresh.regions()) {
            MapRegion c = cached.byCode(r.code()).orElseThrow();
            assertEquals(r.nameKk(), c.nameKk());
            assertEquals(r.areaKm2(), c.areaKm2(), 0.0);
            assertTrue(r.projected().equalsExact(c.projected()), "projected geometry of " + r.code());
            assertTrue(r.lonLat().equalsExact(c.lonLat()), "lon/lat geometry of " + r.code());
        }
        assertEquals(fresh.coverageIssues().size(), cached.coverageIssues().size());
    }

    @Test
    void simplifiedCopiesAndLabelPointsComeBackFromTheCache() throws Exception {
        LayerConfig config = LayerConfig.bundled(MapLevel.OBLAST);
        Path shp = Resources.sharedFolder().resolve(config.file());
        RegionLayer fresh = RegionLayers.build(RegionLayers.read(shp), config);
        RegionLayer simple = fresh.simplified(1000);
        var kostanay = fresh.labelPoint("39").orElseThrow();
        LayerCache.write(config, shp, fresh);
        RegionLayer cached = LayerCache.read(config, shp).orElseThrow();
        assertTrue(cached.hasSimplified(1000), "the copy made before writing is read back");
        assertFalse(cached.hasSimplified(250), "no copy that was never made");
        RegionLayer cachedSimple = cached.simplified(1000);
        for (int i = 0; i < simple.size(); i++) {
            assertTrue(simple.regions().get(i).projected().equalsExact(cachedSimple.regions().get(i).projected()),
                    "simplified geometry of " + simple.regions().get(i).code());
            assertEquals(fresh.regions().get(i).areaKm2(), cachedSimple.regions().get(i).areaKm2(), 0.0, "true area kept");
        }
        assertTrue(simple.regions().getFirst().projected().getNumPoints() < fresh.regions().getFirst().projected().getNumPoints());
        assertEquals(kostanay, cached.labelPoint("39").orElseThrow());
        assertEquals(1, cached.knownLabelPoints().size(), "only the computed label point is stored");
    }

    /** A default layer read from its file goes into the cache with every label point: later runs compute none. */
    @Test
    void aLayerReadFromItsFileIsCachedWithAllItsLabelPoints() throws Exception {
        LayerConfig config = LayerConfig.bundled(MapLevel.OBLAST);
        Path shp = Resources.sharedFolder().resolve(config.file());
        Files.deleteIfExists(Resources.cacheFolder().resolve(LayerCache.fileName(LayerCache.key(config, shp))));
        RegionLayer loaded = RegionLayers.load(config);
        RegionLayer cached = LayerCache.read(config, shp).orElseThrow();
        assertEquals(20, cached.knownLabelPoints().size());
        for (MapRegion r : loaded.regions()) assertEquals(loaded.labelPoint(r.code()), cached.labelPoint(r.code()), r.code());
    }

    /** The 16-unit map (South Kazakhstan whole) is kept in the cache too, with its label points. */
    @Test
    void theDissolvedPre2018MapComesBackFromTheCache() throws Exception {
        RegionLayer layer2018 = RegionLayers.load(LayerConfig.bundled("maps/oblasts-2018.json"));
        var territory = kz.aimaq.core.territory.Territory.forYear(2015);
        RegionLayer made = RegionLayers.dissolvedBefore2018(layer2018, territory);
        RegionLayer again = RegionLayers.dissolvedBefore2018(layer2018, territory);
        assertNotSame(made, again);
        assertEquals(16, again.size());
        assertTrue(again.byCode("51").isPresent() && again.byCode("61").isEmpty() && again.byCode("79").isEmpty());
        assertTrue(made.byCode("51").orElseThrow().projected().equalsExact(again.byCode("51").orElseThrow().projected()));
        assertEquals(16, again.knownLabelPoints().size());
        assertEquals(made.labelPoint("51"), again.labelPoint("51"));
    }

    @Test
    void anEntryForAnotherConfigurationIsNotUsed() throws Exception {
        LayerConfig config = LayerConfig.bundled(MapLevel.OBLAST);
        Path shp = Resources.sharedFolder().resolve(config.file());
        LayerConfig renamed = new LayerConfig("other", config.level(), config.file(), config.codeField(),
                config.nameFields(), "another credit", config.nameCorrections());
        assertNotEquals(LayerCache.key(config, shp), LayerCache.key(renamed, shp));
        // the key is stable across JVMs: it must not depend on hash iteration order
        assertEquals(LayerCache.key(config, shp), LayerCache.key(LayerConfig.bundled(MapLevel.OBLAST), shp));
    }

    /** A copy of the default oblast files in a folder of its own (its .shp and companions). */
    private static Path copyOfTheOblastFiles(Path dir) throws Exception {
        Path shp = Resources.sharedFolder().resolve(LayerConfig.bundled(MapLevel.OBLAST).file());
        String stem = shp.getFileName().toString().replace(".shp", "");
        Files.createDirectories(dir);
        try (var files = Files.list(shp.getParent())) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(stem + ".")).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        return dir.resolve(shp.getFileName());
    }

    /** An installer's copy of the files sits in another folder with other file times: same key; other content: another key. */
    @Test
    void aDefaultLayersKeyFollowsTheFilesContentNotTheirFolder(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        LayerConfig config = LayerConfig.bundled(MapLevel.OBLAST);
        Path a = copyOfTheOblastFiles(tmp.resolve("build/shared"));
        Path b = copyOfTheOblastFiles(tmp.resolve("installed/elsewhere"));
        Files.setLastModifiedTime(b, java.nio.file.attribute.FileTime.fromMillis(0));
        assertEquals(LayerCache.contentKey(config, a), LayerCache.contentKey(config, b));
        assertEquals(LayerCache.contentKey(config, Resources.sharedFolder().resolve(config.file())), LayerCache.contentKey(config, a));
        assertNotEquals(LayerCache.key(config, a), LayerCache.key(config, b), "the user's cache goes by folder and time (no file read)");
        // one byte of a name in the .dbf changed, the size the same
        Path dbf = b.resolveSibling(b.getFileName().toString().replace(".shp", ".dbf"));
        byte[] bytes = Files.readAllBytes(dbf);
        bytes[bytes.length - 10] ^= 1;
        Files.write(dbf, bytes);
        assertNotEquals(LayerCache.contentKey(config, a), LayerCache.contentKey(config, b));
        // a user's file is still told apart by where it is
        assertNotEquals(LayerCache.userKey(a), LayerCache.userKey(copyOfTheOblastFiles(tmp.resolve("third"))));
    }

    /** The installed app's first start: the user's cache folder is empty, the app's prepared folder has the entry. */
    @Test
    void anEntryInTheAppsPreparedFolderIsReadWhenTheUsersCacheHasNone(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        LayerConfig config = LayerConfig.bundled(MapLevel.OBLAST);
        Path shp = Resources.sharedFolder().resolve(config.file());
        String cache = System.getProperty("aimaq.cache"), home = System.getProperty("aimaq.home");
        try {
            // the training run writes the prepared entry beside its own
            System.setProperty("aimaq.cache", tmp.resolve("training-cache").toString());
            System.setProperty("aimaq.preparedCacheOut", tmp.resolve("app/cache").toString());
            RegionLayer built = RegionLayers.build(RegionLayers.read(shp), config);
            built.computeLabelPoints();
            LayerCache.write(config, shp, built);
            System.clearProperty("aimaq.preparedCacheOut");
            // the planner's first start, with the files installed elsewhere
            Path installed = copyOfTheOblastFiles(tmp.resolve("installed/shared"));
            System.setProperty("aimaq.cache", tmp.resolve("user-cache").toString());
            assertTrue(LayerCache.read(config, installed).isEmpty(), "no prepared folder: nothing to read");
            System.setProperty("aimaq.home", tmp.resolve("app").toString());
            RegionLayer read = LayerCache.read(config, installed).orElseThrow();
            assertEquals(20, read.size());
            assertEquals(installed, read.source(), "the layer names the installed files");
            assertEquals(built.labelPoint("39"), read.labelPoint("39"));
            assertTrue(Files.exists(tmp.resolve("user-cache").resolve(LayerCache.fileName(LayerCache.key(config, installed)))),
                    "copied into the user's folder: later starts find it without reading the files");
        } finally {
            System.clearProperty("aimaq.preparedCacheOut");
            if (cache == null) System.clearProperty("aimaq.cache"); else System.setProperty("aimaq.cache", cache);
            if (home == null) System.clearProperty("aimaq.home"); else System.setProperty("aimaq.home", home);
        }
    }

    @Test
    void aCorruptEntryIsIgnored() throws Exception {
        LayerConfig config = LayerConfig.bundled(MapLevel.DISTRICT);
        Path shp = Resources.sharedFolder().resolve(config.file());
        LayerCache.write(config, shp, RegionLayers.load(MapLevel.DISTRICT));
        try (var files = Files.list(Resources.cacheFolder())) {
            for (Path p : files.toList()) Files.write(p, new byte[]{1, 2, 3});
        }
        assertTrue(LayerCache.read(config, shp).isEmpty());
    }
}
