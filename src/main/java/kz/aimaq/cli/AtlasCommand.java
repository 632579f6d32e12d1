package kz.aimaq.cli;

import kz.aimaq.core.export.PassportPdf;
import kz.aimaq.core.export.PassportSlides;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.atlas.PassportSheets;
import kz.aimaq.core.passport.RegionPassports;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code aimaq atlas --lang kk --out atlas.pptx}: the passports of all 20 regions after a contents
 * page, as one PDF (A4) or PPTX (16:9).
 */
final class AtlasCommand implements Command {
    @Override public String name() { return "atlas"; }

    @Override public String usage() {
        return "atlas [--lang kk|ru|en] --out FILE.pdf|FILE.pptx";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        String lang = Messages.normalise(args.choice("lang", "en", "kk", "ru", "en"));
        Path file = Path.of(args.require("out"));
        args.rejectUnknown();
        boolean pptx = isPptx(file);
        PassportSheets sheets = PassportSheets.bundled(lang);
        if (pptx) PassportSlides.writeAtlas(RegionPassports.regions(), sheets, lang, PassportPdf.Progress.NONE, file);
        else PassportPdf.writeAtlas(RegionPassports.regions(), sheets, lang, PassportPdf.Progress.NONE, file);
        out.println(file);
        return 0;
    }

    /** True for .pptx, false for .pdf; anything else is refused. */
    static boolean isPptx(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".pptx")) return true;
        if (n.endsWith(".pdf")) return false;
        throw new CliException("--out must name a .pdf or .pptx file, got " + file);
    }
}
