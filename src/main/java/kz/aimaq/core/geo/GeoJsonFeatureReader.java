package kz.aimaq.core.geo;

import kz.aimaq.core.i18n.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946, WGS84 lon/lat) into a {@link VectorLayer}:
 * geometries with JTS's {@link GeoJsonReader}, properties with Jackson (numbers become
 * Long/Double, strings stay strings, nested objects become maps). A single Feature or a bare
 * geometry is accepted as a collection of one.
 *
 * <p>GeoJSON is longitude/latitude by definition. A legacy {@code crs} member naming another
 * system (QGIS and old GDAL write "EPSG:32642" for UTM 42N) is refused with advice, and so are
 * coordinates outside ±180/±90, instead of being read as degrees.
 */
public final class GeoJsonFeatureReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GeoJsonReader geometryReader;

    public GeoJsonFeatureReader() { this(new GeometryFactory()); }

    public GeoJsonFeatureReader(GeometryFactory factory) { this.geometryReader = new GeoJsonReader(factory); }

    public VectorLayer read(Path file) throws GeoReadException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file, in);
        } catch (GeoReadException e) {
            throw e;
        } catch (IOException e) {
            throw GeoReadException.keyed(file, e, ReadErrors.key(e), ReadErrors.detail(e));
        }
    }

    /** Reads GeoJSON from a stream (e.g. a classpath resource); {@code file} names it in messages. */
    public VectorLayer read(Path file, InputStream in) throws GeoReadException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            // getOriginalMessage: without Jackson's "[Source: REDACTED ...]" suffix
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw GeoReadException.keyed(file, e, "geo.error.json", line, firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw GeoReadException.keyed(file, e, ReadErrors.key(e), ReadErrors.detail(e));
        }
        if (root == null || !root.isObject()) throw GeoReadException.keyed(file, "geo.error.notGeoJson", "");
        String crs = legacyCrs(root);
        if (crs != null) throw GeoReadException.keyed(file, "geo.error.geojsonCrs", crs);
        String type = root.path("type").asText("");
        List<JsonNode> featureNodes = new ArrayList<>();
        switch (type) {
            case "FeatureCollection" -> root.path("features").forEach(featureNodes::add);
            case "Feature" -> featureNodes.add(root);
            case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection" ->
                    featureNodes.add(JSON.createObjectNode().put("type", "Feature").set("geometry", root));
            default -> throw GeoReadException.keyed(file, "geo.error.notGeoJson", type);
        }
        Set<String> fields = new LinkedHashSet<>();
        List<Feature> features = new ArrayList<>();
        int n = 0;
        for (JsonNode f : featureNodes) {
            n++;
            Geometry g = null;
            JsonNode geom = f.get("geometry");
            if (geom != null && !geom.isNull()) {
                try {
                    g = geometryReader.read(geom.toString());
                } catch (ParseException | RuntimeException e) {
                    // JTS's messages here are class casts and array indexes: name the feature instead
                    throw GeoReadException.keyed(file, e, "geo.error.geometry", n, geom.path("type").asText("?"));
                }
            }
            Map<String, Object> props = new LinkedHashMap<>();
            JsonNode p = f.get("properties");
            if (p != null && p.isObject()) {
                p.properties().forEach(e -> props.put(e.getKey(), value(e.getValue())));
            }
            fields.addAll(props.keySet());
            features.add(new Feature(g, Collections.unmodifiableMap(props)));
        }
        LonLatCheck.check(file, features, false, "geo.error.notLonLatJson");
        return new VectorLayer(file, new ArrayList<>(fields), features);
    }

    /**
     * The name in a legacy (2008 spec) {@code crs} member when it is not WGS 84 lon/lat, else null.
     * CRS84, EPSG:4326 and their URN forms are lon/lat and accepted.
     */
    static String legacyCrs(JsonNode root) {
        JsonNode crs = root.get("crs");
        if (crs == null || crs.isNull()) return null;
        String name = crs.path("properties").path("name").asText(
                crs.path("properties").path("href").asText(crs.path("type").asText("")));
        String n = name.toUpperCase(Locale.ROOT).replace("::", ":");
        if (n.isEmpty() || n.endsWith("CRS84") || n.endsWith("CRS:84") || n.endsWith("EPSG:4326")
                || n.endsWith("EPSG:4326:") || n.equals("4326") || n.contains("WGS84") || n.contains("WGS 84")) return null;
        return name;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    private static Object value(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (v.isTextual()) return v.asText();
        if (v.isIntegralNumber()) return v.asLong();
        if (v.isNumber()) return v.asDouble();
        if (v.isBoolean()) return v.asBoolean();
        return JSON.convertValue(v, Object.class);
    }
}
