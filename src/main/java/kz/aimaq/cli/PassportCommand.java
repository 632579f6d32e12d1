package kz.aimaq.cli;

import kz.aimaq.core.export.PassportPdf;
import kz.aimaq.core.export.PassportSlides;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.atlas.PassportSheets;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code aimaq passport --region 43 --lang ru --out kyzylorda.pdf}: one region's passport as an A4
 * page (PDF) or a 16:9 slide (PPTX).
 */
final class PassportCommand implements Command {
    @Override public String name() { return "passport"; }

    @Override public String usage() {
        return "passport --region KATO [--lang kk|ru|en] --out FILE.pdf|FILE.pptx   (KATO: one of today's 20 regions, e.g. 43)";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        String region = args.require("region");
        String lang = Messages.normalise(args.choice("lang", "en", "kk", "ru", "en"));
        Path file = Path.of(args.require("out"));
        args.rejectUnknown();
        boolean pptx = AtlasCommand.isPptx(file);
        PassportSheets sheets = PassportSheets.bundled(lang);
        PassportPdf.Sheet sheet = sheets.sheet(region);
        if (pptx) PassportSlides.write(sheet, file);
        else PassportPdf.write(sheet, file);
        out.println(file);
        return 0;
    }

}
