package kz.aimaq.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which indicators have values at district level, so that the district map offers only those
 * instead of an all-hatched map for the other nineteen.
 *
 * <p>The Bureau's regional tables in datasets/ are by oblast (two-digit KATO). A district value
 * exists for {@code area_km2}, measured on the district polygons (equal-area projection), and for
 * any indicator with observations under a nine-digit district code (an imported district table).
 * For every other indicator {@link #reasonKey} gives the bundle key of the explanation the UI shows.
 */
public final class DistrictLevel {
    private DistrictLevel() {}

    /** Measured on the district polygons themselves, so always available. */
    public static final String MEASURED_ON_MAP = "area_km2";

    /** Bundle key: "published by oblast only; no district figures in the data". */
    public static final String REASON_OBLAST_ONLY = "district.reason.oblastOnly";

    /** True when the indicator has district values. */
    public static boolean hasValues(IndicatorData data, String indicator) {
        if (MEASURED_ON_MAP.equals(indicator)) return true;
        for (int year : data.years(indicator)) {
            for (String kato : data.year(indicator, year).keySet()) if (kato.length() == 9) return true;
        }
        return false;
    }

    /** The indicators the district map can show, in catalogue order. */
    public static List<Indicator> indicators(IndicatorData data) {
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : data.catalog().all()) if (hasValues(data, i.id())) out.add(i);
        return out;
    }

    /** Why an indicator is not offered at district level (a bundle key), or empty when it is offered. */
    public static Optional<String> reasonKey(IndicatorData data, String indicator) {
        return hasValues(data, indicator) ? Optional.empty() : Optional.of(REASON_OBLAST_ONLY);
    }
}
