package kz.aimaq.core.classify;

import kz.aimaq.core.data.Resources;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** mapclassify's example data: employment density of the 58 California counties (../shared, not copied). */
final class CalEmpDensity {
    private CalEmpDensity() {}

    static double[] values() throws IOException {
        Path csv = Resources.sharedFolder().resolve("data/reference/mapclassify/calempdensity.csv");
        List<Double> list = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                list.add(Double.parseDouble(rec.get("emp/sq km")));
            }
        }
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
