package kz.aimaq.core.geo;

import java.nio.file.Path;
import java.util.List;

/**
 * The features of one vector file (shapefile or GeoJSON), geometries in WGS84 lon/lat.
 *
 * @param source   the file read
 * @param fields   attribute names in file order
 * @param findings what the reader noticed but could work around (e.g. a wrong .cpg)
 */
public record VectorLayer(Path source, List<String> fields, List<Feature> features, List<LayerFinding> findings) {
    public VectorLayer {
        fields = List.copyOf(fields);
        features = List.copyOf(features);
        findings = List.copyOf(findings);
    }

    public VectorLayer(Path source, List<String> fields, List<Feature> features) {
        this(source, fields, features, List.of());
    }

    public int size() { return features.size(); }
}
