package kz.aimaq.core.data;

import kz.aimaq.core.io.CsvTable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's own {@code datasets/indicators.csv} with {@link CsvTable}'s one-pass
 * scanner. Every command and the app read this 2.7 MB table first (the observation snapshot then
 * replaces it); the general CSV library took about a fifth of a 4K render's time on it. Repeated
 * texts (units, the long source lines, notes) are kept once, so 7,800 observations share a few
 * hundred strings instead of holding 7,800 copies. Imported files still go through Commons CSV
 * ({@link IndicatorData#readObservations}): they come in every dialect, this table in one.
 */
final class BundledCsv {
    private BundledCsv() {}

    static List<Observation> readObservations(InputStream in) throws IOException {
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    static List<Observation> parse(String text) throws IOException {
        CsvTable t = CsvTable.parse(text, "datasets/indicators.csv");
        int kato = t.column("kato"), year = t.column("year"), indicator = t.column("indicator"), value = t.column("value"),
                unit = t.column("unit"), boundary = t.column("boundary"), source = t.column("source"), note = t.column("note");
        Map<String, String> shared = new HashMap<>();
        List<Observation> out = new ArrayList<>(t.rows().size());
        for (List<String> r : t.rows()) {
            out.add(new Observation(once(shared, r.get(kato)), Integer.parseInt(r.get(year)), once(shared, r.get(indicator)),
                    Double.parseDouble(r.get(value)), once(shared, r.get(unit)), Observation.Boundary.parse(r.get(boundary)),
                    once(shared, r.get(source)), once(shared, r.get(note))));
        }
        return out;
    }

    private static String once(Map<String, String> shared, String s) {
        String kept = shared.putIfAbsent(s, s);
        return kept == null ? s : kept;
    }
}
