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
 */
public final class GeoJsonFeatureReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GeoJsonReader geometryReader;

    public GeoJsonFeatureReader() { this(new GeometryFactory()); }

    public GeoJsonFeatureReader(GeometryFactory factory) { this.geometryReader = new GeoJsonReader(factory); }

    public VectorLayer read(Path file) throws GeoReadException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new GeoReadException(file, Text.of("core.geo.jsonInvalid", e.getLocation().getLineNr(), e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new GeoReadException(file, Text.of("core.geo.cannotRead", e.getMessage()), e);
        }
        if (root == null || !root.isObject()) throw new GeoReadException(file, Text.of("core.geo.notGeoJson"));
        String type = root.path("type").asText("");
        List<JsonNode> featureNodes = new ArrayList<>();
        switch (type) {
            case "FeatureCollection" -> root.path("features").forEach(featureNodes::add);
            case "Feature" -> featureNodes.add(root);
            case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection" ->
                    featureNodes.add(JSON.createObjectNode().put("type", "Feature").set("geometry", root));
            default -> throw new GeoReadException(file, Text.of("core.geo.notCollection", type));
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
                    throw new GeoReadException(file, Text.of("core.geo.badGeometry", n, e.getMessage()), e);
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
        return new VectorLayer(file, new ArrayList<>(fields), features);
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
