package kz.aimaq.core.scenario;

import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.i18n.InvalidInputException;
import java.util.List;
import java.util.Locale;

/** The five policy presets of the scenario panel and the CLI ({@code --scenario ID}). */
public enum Preset {
    /** No policy budget: the economy follows its trend and β-convergence. */
    INERTIAL("inertial", "Inertial"),
    /** The whole budget to the agglomerations of the 2006–2011 growth-pole strategy and the 2015 Regions Development programme. */
    GROWTH_POLES("growth-poles", "Growth poles"),
    /** The whole budget to lagging regions (y below θ·ȳ), gap-weighted. */
    REDISTRIBUTION("redistribution", "Redistribution"),
    /** The whole budget to a user-picked list of target regions (Kyzylorda as the worked example). */
    SELECTIVE("selective", "Selective"),
    /** A user-set share α to the poles, the rest to lagging regions. */
    MIX("mix", "Managed mix"),
    /**
     * The oil regions as poles, with backwash above spread: the lesson the literature draws from
     * Kazakhstan's resource regions, which did not act as locomotives for their neighbours.
     */
    OIL_POLES("oil-poles", "Oil regions as poles"),
    /** A scenario read from a file that does not start from a preset. */
    CUSTOM("custom", "Custom");

    /**
     * Agglomerations named by the Regions Development programme (2015): Astana (71), Almaty city (75),
     * Shymkent (79), Aktobe (15) and Aktau, the centre of Mangystau (47).
     */
    public static final List<String> POLES_2015 = List.of("71", "75", "79", "15", "47");

    /** The selective-policy worked example of the literature: Kyzylorda. */
    public static final List<String> SELECTIVE_TARGETS = List.of("43");

    /**
     * Budget of the Selective preset, 0.06 % of national GRP: Kyzylorda produced 1.91 % of national GRP
     * in 2025, so 0.06 % of national GRP is 3.1 % of its own (room for its share to fall), under the 4 % absorption cap
     * ({@link ScenarioParameters#ABSORPTION_CAP}). The first model sent it 1 % of national GRP, about
     * half of its output, which no region can absorb.
     */
    public static final double SELECTIVE_BUDGET = 0.0006;

    /** Oil and gas regions: Atyrau (23), Mangystau (47), West Kazakhstan (27), Aktobe (15), Kyzylorda (43). */
    public static final List<String> OIL_POLES_REGIONS = List.of("23", "47", "27", "15", "43");

    /**
     * Spread and backwash of the oil-poles preset: backwash above spread (net −0.2), the enclave pattern
     * of extractive regions (Myrdal 1957; for Kazakhstan's oil regions, see docs/scenario-model.md).
     */
    public static final double OIL_SPREAD = 0.1, OIL_BACKWASH = 0.3;

    /** α of the Managed-mix preset before the user moves the slider: half and half. */
    public static final double MIX_ALPHA = 0.5;

    public final String id;
    public final String label;

    Preset(String id, String label) { this.id = id; this.label = label; }

    /** The preset's name in {@code lang} (kk, ru, en), from the bundles: "Growth poles", "Полюса роста", "Өсу полюстері". */
    public String label(String lang) { return Messages.of(lang).get("scenario.preset." + id); }

    /** The preset with that id ("growth-poles"), or an error listing the valid ids. */
    public static Preset byId(String id) {
        String k = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (Preset p : values()) if (p.id.equals(k)) return p;
        throw new InvalidInputException("core.scenario.unknownPreset", id);
    }
}
