package kz.aimaq.core.layer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import kz.aimaq.core.io.AtomicFiles;
import kz.aimaq.core.io.ExportException;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a {@link ThematicLayer} as RFC 7946 GeoJSON: a FeatureCollection in WGS84
 * longitude/latitude (no {@code crs} member, which RFC 7946 removed), exterior rings
 * counter-clockwise (the right-hand rule), coordinates to 7 decimals (about 1 cm), properties
 * {@code kato, name_kk, name_ru, name_en, value, class, colour} (+ {@code macro_region}).
 */
public final class GeoJsonLayerWriter {
    private GeoJsonLayerWriter() {}

    public static void write(ThematicLayer layer, Path file) throws ExportException {
        GeoJsonWriter geo = new GeoJsonWriter(7);
        geo.setEncodeCRS(false);
        geo.setForceCCW(true);
        try {
            AtomicFiles.write(file, out -> {
                try (JsonGenerator j = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                    j.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    j.writeStartObject();
                    j.writeStringField("type", "FeatureCollection");
                    j.writeStringField("name", layer.name());
                    j.writeArrayFieldStart("features");
                    for (LayerFeature f : layer.features()) {
                        j.writeRaw('\n');
                        j.writeStartObject();
                        j.writeStringField("type", "Feature");
                        j.writeObjectFieldStart("properties");
                        j.writeStringField("kato", f.kato());
                        j.writeStringField("name_kk", f.nameKk());
                        j.writeStringField("name_ru", f.nameRu());
                        j.writeStringField("name_en", f.nameEn());
                        if (f.value() == null) j.writeNullField("value"); else j.writeNumberField("value", f.value());
                        if (f.classNumber() == null) j.writeNullField("class"); else j.writeNumberField("class", f.classNumber());
                        j.writeStringField("colour", f.colour());
                        if (layer.grouped()) j.writeStringField("macro_region", f.macroRegion());
                        j.writeEndObject();
                        j.writeFieldName("geometry");
                        j.writeRawValue(geo.write(f.geometry()));
                        j.writeEndObject();
                    }
                    j.writeEndArray();
                    j.writeEndObject();
                }
            });
        } catch (ExportException e) {
            throw e;
        } catch (IOException e) {
            throw new ExportException(e, "export.error.failed", String.valueOf(file.getFileName()), String.valueOf(e.getMessage()));
        }
    }
}
