package kz.aimaq.ui.passport;

import kz.aimaq.core.atlas.PassportSheets;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.export.PassportPdf;
import kz.aimaq.core.export.PassportSlides;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.passport.RegionPassports;
import kz.aimaq.core.render.PreparedLayer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes passports and atlases for the app, without nodes: the feature calls these off the FX
 * thread. The format follows the file's extension (.pptx, else PDF).
 */
public final class PassportViewModel {
    private final IndicatorData data;
    private final String lang;

    public PassportViewModel(IndicatorData data, String lang) {
        this.data = data;
        this.lang = lang;
    }

    /** True when a region of this code can have a passport (one of today's 20). */
    public static boolean hasPassport(String code) {
        return code != null && RegionPassports.regions().contains(code);
    }

    public static boolean isPptx(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pptx");
    }

    /** The file name with .pdf added when it has neither .pdf nor .pptx. */
    public static Path withExtension(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") || n.endsWith(".pptx") ? file : file.resolveSibling(file.getFileName() + ".pdf");
    }

    private PassportSheets sheets() throws IOException {
        return new PassportSheets(data, new PreparedLayer(RegionLayers.load(MapLevel.OBLAST)), lang);
    }

    public void passport(String kato, Path out) throws IOException {
        PassportPdf.Sheet sheet = sheets().sheet(kato);
        if (isPptx(out)) PassportSlides.write(sheet, out);
        else PassportPdf.write(sheet, out);
    }

    /** The atlas of the 20 regions; {@link PassportPdf.Cancelled} when the progress says to stop (no file written). */
    public void atlas(Path out, PassportPdf.Progress progress) throws IOException {
        PassportSheets sheets = sheets();
        if (isPptx(out)) PassportSlides.writeAtlas(RegionPassports.regions(), sheets, lang, progress, out);
        else PassportPdf.writeAtlas(RegionPassports.regions(), sheets, lang, progress, out);
    }
}
