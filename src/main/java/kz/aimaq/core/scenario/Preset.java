package kz.aimaq.core.scenario;

import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.i18n.InvalidInputException;
import java.util.List;
import java.util.Locale;

/** The five policy presets of the scenario panel and the CLI ({@code --scenario ID}). */
public enum Preset {
    /** No policy budget: the economy follows its trend and β-convergence. */
    INERTIAL("inertial", "Inertial"),
    /** The whole budget to the 2015 Regions Development programme's agglomerations. */
    GROWTH_POLES("growth-poles", "Growth poles"),
    /** The whole budget to lagging regions (y below θ·ȳ), gap-weighted. */
    REDISTRIBUTION("redistribution", "Redistribution"),
    /** The whole budget to a user-picked list of target regions (Kyzylorda as the worked example). */
    SELECTIVE("selective", "Selective"),
    /** A user-set share α to the poles, the rest to lagging regions. */
    MIX("mix", "Managed mix"),
    /** A scenario read from a file that does not start from a preset. */
    CUSTOM("custom", "Custom");

    /**
     * Agglomerations named by the Regions Development programme (2015): Astana (71), Almaty city (75),
     * Shymkent (79), Aktobe (15) and Aktau, the centre of Mangystau (47).
     */
    public static final List<String> POLES_2015 = List.of("71", "75", "79", "15", "47");

    /** The selective-policy worked example of the literature: Kyzylorda. */
    public static final List<String> SELECTIVE_TARGETS = List.of("43");

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
