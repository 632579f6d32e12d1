package kz.aimaq.core.geo;

import java.nio.file.Path;
import java.util.List;

/**
 * The features of one vector file (shapefile or GeoJSON), geometries in WGS84 lon/lat.
 *
 * @param source the file read
 * @param fields attribute names in file order
 */
public record VectorLayer(Path source, List<String> fields, List<Feature> features) {
    public VectorLayer {
        fields = List.copyOf(fields);
        features = List.copyOf(features);
    }

    public int size() { return features.size(); }
}
