package kz.aimaq.core.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfWriter;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.io.AtomicFiles;
import kz.aimaq.core.passport.RegionPassport;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.Picture;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Region passports as A4 portrait PDF pages (vector, DejaVu Sans embedded, text extractable): one
 * page for one region, or an atlas of a contents page and one page per region.
 */
public final class PassportPdf {
    private PassportPdf() {}

    /** A4 portrait in points. */
    public static final float PAGE_W = 595, PAGE_H = 842;

    /** One passport page: the passport and its locator map. */
    public record Sheet(RegionPassport passport, MapScene locator) {}

    /** Makes the sheet of a region (built while the atlas is written, so progress follows the work). */
    @FunctionalInterface
    public interface Sheets {
        Sheet sheet(String kato);
    }

    /**
     * Progress of an atlas: called after each page; {@link #cancelled()} is asked before each page and
     * stops the work (nothing is written then).
     */
    public interface Progress {
        void done(int pages, int total);

        default boolean cancelled() { return false; }

        Progress NONE = (p, t) -> {};
    }

    /** Thrown when the user cancelled an atlas; the target file is left as it was. */
    public static final class Cancelled extends IOException {
        public Cancelled() { super("cancelled"); }
    }

    public static void write(Sheet sheet, Path out) throws IOException {
        String title = Messages.of(sheet.passport().lang()).format("passport.documentTitle", sheet.passport().name());
        AtomicFiles.write(out, os -> writePages(List.of(page(sheet, null)), title, Progress.NONE, os));
    }

    /**
     * Contents page, then one page per region in the order given. Progress counts the pages drawn
     * (the passports themselves are quick to build); a cancel is honoured before each page.
     */
    public static void writeAtlas(List<String> katos, Sheets sheets, String lang, Progress progress, Path out) throws IOException {
        Messages m = Messages.of(lang);
        int total = katos.size();
        List<Picture> pages = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (progress.cancelled()) throw new Cancelled();
            Sheet s = sheets.sheet(katos.get(i));
            names.add(s.passport().name());
            pages.add(page(s, m.format("passport.pageOf", String.valueOf(i + 2), String.valueOf(total + 1))));
        }
        pages.addFirst(new ContentsPage(m.get("atlas.title"), m.get("atlas.contents"), names, 2, lang));
        try {
            AtomicFiles.write(out, os -> writePages(pages, m.get("atlas.title"), progress, os));
        } catch (IOException e) {
            // the temporary file is gone and the target untouched: say it was the user's cancel, not a failure
            if (progress.cancelled()) throw new Cancelled();
            throw e;
        }
    }

    private static Picture page(Sheet s, String footer) {
        return new PassportPage(s.passport(), s.locator(), footer);
    }

    private static void writePages(List<Picture> pages, String documentTitle, Progress progress, OutputStream os) throws IOException {
        ExportFonts.register();
        Document doc = new Document(new Rectangle(PAGE_W, PAGE_H), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, os);
            writer.setCloseStream(false);
            doc.addTitle(documentTitle);
            doc.addCreator("Aimaq");
            doc.open();
            PdfExporter.EmbeddedFonts fonts = new PdfExporter.EmbeddedFonts();
            for (int i = 0; i < pages.size(); i++) {
                if (progress.cancelled()) throw new Cancelled();
                if (i > 0) doc.newPage();
                PdfContentByte cb = writer.getDirectContent();
                Graphics2D g = new PdfGraphics2D(cb, PAGE_W, PAGE_H, fonts, false, false, 0.95f);
                try {
                    double k = PAGE_W / PassportPage.WIDTH;
                    g.scale(k, k);
                    pages.get(i).paint(new VectorSurface(g), PassportPage.WIDTH, PassportPage.HEIGHT);
                } finally {
                    g.dispose();
                }
                progress.done(i + 1, pages.size());
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("could not write the PDF: " + e.getMessage(), e);
        }
    }
}
