package kz.aimaq.core.series;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.map.MapContent;
import kz.aimaq.core.map.MapModel;
import kz.aimaq.core.map.MapScenes;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.PreparedLayer;
import kz.aimaq.core.territory.Territory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The maps of one indicator over a list of years, each on its year's territory, ready to draw.
 *
 * <p>With {@link ChoroplethSpec#sameBreaksAllYears()} and more than one year drawn, the classes
 * are computed once from the pooled values of the years drawn (each on its own territory), so a
 * colour means the same in every map of the series and the legends' class boundaries are
 * identical. One year alone is classified on its own (pooling one year changes nothing but
 * would add the "same classes" note to its legend).
 *
 * <p>A year is {@link Missing} — left out of {@link #maps()}, never drawn as an empty map — when
 * the data have no figure of the indicator in that year ({@link Reason#NO_FIGURES}) or have
 * figures but none for the units of that year's territory ({@link Reason#NONE_ON_TERRITORY},
 * e.g. a rate published for today's oblasts only, on the 16-unit map of 2015).
 */
public final class MapSeries {

    /** Why a year has no map. */
    public enum Reason { NO_FIGURES, NONE_ON_TERRITORY }

    /** A year left out, why, and the territory it would have been drawn on. */
    public record Missing(int year, Reason reason, Territory territory) {}

    /** One map of the series. */
    public record YearMap(int year, MapModel model) {}

    private final Indicator indicator;
    private final List<YearMap> maps;
    private final List<Missing> missing;
    private final List<Integer> yearsWithData;

    private MapSeries(Indicator indicator, List<YearMap> maps, List<Missing> missing, List<Integer> yearsWithData) {
        this.indicator = indicator;
        this.maps = List.copyOf(maps);
        this.missing = List.copyOf(missing);
        this.yearsWithData = List.copyOf(yearsWithData);
    }

    /**
     * @param years  the years asked, in the order the maps should come (duplicates are the caller's to avoid)
     * @param layers the boundary layers, shared by the series of several indicators
     */
    public static MapSeries of(IndicatorData data, Indicator indicator, List<Integer> years, TerritoryLayers layers,
                               ChoroplethSpec spec, String lang) throws IOException {
        ChoroplethSpec own = spec.withSameBreaksAllYears(false).withLang(lang);
        List<Integer> withData = data.years(indicator.id());
        List<MapContent.IndicatorValues> contents = new ArrayList<>();
        List<PreparedLayer> layerOf = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (int y : years) {
            if (!withData.contains(y)) {
                missing.add(new Missing(y, Reason.NO_FIGURES, layers.territoryOf(y)));
                continue;
            }
            PreparedLayer layer = layers.forYear(y);
            MapContent.IndicatorValues iv = MapScenes.indicator(data, layer, indicator, y, own);
            if (iv.values().isEmpty()) {
                missing.add(new Missing(y, Reason.NONE_ON_TERRITORY, layers.territoryOf(y)));
                continue;
            }
            contents.add(iv);
            layerOf.add(layer);
        }
        double[] pool = null;
        if (spec.sameBreaksAllYears() && contents.size() > 1) {
            pool = contents.stream().flatMap(c -> c.values().values().stream()).mapToDouble(Double::doubleValue).toArray();
        }
        ChoroplethSpec drawn = spec.withLang(lang);
        List<YearMap> maps = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            MapContent.IndicatorValues iv = contents.get(i);
            MapContent.IndicatorValues c = pool == null ? iv
                    : new MapContent.IndicatorValues(iv.indicator(), iv.year(), iv.values(), iv.oldTerritory(), iv.dataSource(), pool);
            maps.add(new YearMap(iv.year(), new MapModel(layerOf.get(i), c, List.of(), drawn, lang)));
        }
        return new MapSeries(indicator, maps, missing, withData);
    }

    public Indicator indicator() { return indicator; }

    /** The maps that can be drawn, in the order of the years asked. */
    public List<YearMap> maps() { return maps; }

    /** The years asked that have no map, in the order asked. */
    public List<Missing> missing() { return missing; }

    /** Every year the data hold a figure of the indicator for (for messages: "years with data: …"). */
    public List<Integer> yearsWithData() { return yearsWithData; }
}
