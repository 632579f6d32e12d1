package kz.aimaq.core.layer;

import kz.aimaq.core.io.ExportException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Saves a {@link ThematicLayer} in the format its file name asks for ({@code .gpkg},
 * {@code .geojson}/{@code .json}, {@code .shp}) and always writes the QGIS style beside it
 * ({@code r.gpkg} → {@code r.qml}), which QGIS applies when it opens the file.
 */
public final class LayerFiles {
    private LayerFiles() {}

    public enum Format { GEOPACKAGE, GEOJSON, SHAPEFILE }

    /** The format of a file name, or empty for an extension no layer is written as. */
    public static Optional<Format> formatOf(Path file) {
        String n = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (n.endsWith(".gpkg")) return Optional.of(Format.GEOPACKAGE);
        if (n.endsWith(".geojson") || n.endsWith(".json")) return Optional.of(Format.GEOJSON);
        if (n.endsWith(".shp")) return Optional.of(Format.SHAPEFILE);
        return Optional.empty();
    }

    /** The style beside a layer file: same folder and name, {@code .qml}. */
    public static Path styleFile(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return file.resolveSibling((dot < 0 ? n : n.substring(0, dot)) + ".qml");
    }

    /**
     * Writes the layer and its style; returns every file written, the layer file first.
     * @throws ExportException for an extension that is not a layer format, or a failed write
     */
    public static List<Path> write(ThematicLayer layer, Path file) throws ExportException {
        Format f = formatOf(file).orElseThrow(() -> new ExportException(null, "layer.error.extension",
                String.valueOf(file.getFileName())));
        List<Path> written = new ArrayList<>();
        switch (f) {
            case GEOPACKAGE -> { GeoPackageWriter.write(layer, file); written.add(file); }
            case GEOJSON -> { GeoJsonLayerWriter.write(layer, file); written.add(file); }
            case SHAPEFILE -> written.addAll(ShapefileWriter.write(layer, file));
        }
        Path qml = styleFile(file);
        QmlStyle.write(layer, qml);
        written.add(qml);
        return written;
    }
}
