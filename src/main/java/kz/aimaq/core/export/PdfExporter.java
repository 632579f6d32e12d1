package kz.aimaq.core.export;

import kz.aimaq.core.io.AtomicFiles;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfWriter;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.Picture;

import java.awt.Font;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes a map (or chart) as a one-page vector PDF with OpenPDF: region shapes are paths, text
 * is text in the embedded DejaVu Sans (Identity-H, so Cyrillic and Kazakh letters display on
 * any machine and come back out of copy-paste and text extraction).
 */
public final class PdfExporter {
    private PdfExporter() {}

    /**
     * Page sizes in points. The picture is laid out on a virtual canvas 1400–1600 px wide (type about 7 pt on paper) and
     * scaled onto the page, so text, legend and labels keep the proportions they have on screen.
     */
    public enum PageSize {
        A4_LANDSCAPE(842, 595, 1400), WIDESCREEN_16_9(960, 540, 1600);

        public final float widthPt, heightPt;
        final int virtualWidth;

        PageSize(float widthPt, float heightPt, int virtualWidth) {
            this.widthPt = widthPt;
            this.heightPt = heightPt;
            this.virtualWidth = virtualWidth;
        }

        int virtualHeight() { return Math.round(virtualWidth * heightPt / widthPt); }
    }

    public static void write(MapScene scene, PageSize page, String documentTitle, Path out) throws IOException {
        write(Picture.of(scene), page, documentTitle, out);
    }

    public static void write(Picture picture, PageSize page, String documentTitle, Path out) throws IOException {
        AtomicFiles.write(out, os -> write(picture, page, documentTitle, os));
    }

    public static void write(Picture picture, PageSize page, String documentTitle, OutputStream os) throws IOException {
        ExportFonts.register();
        Document doc = new Document(new Rectangle(page.widthPt, page.heightPt), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, os);
            writer.setCloseStream(false);
            if (documentTitle != null) doc.addTitle(documentTitle);
            doc.addCreator("Aimaq");
            doc.open();
            PdfContentByte cb = writer.getDirectContent();
            Graphics2D g = new PdfGraphics2D(cb, page.widthPt, page.heightPt, new EmbeddedFonts(), false, false, 0.95f);
            try {
                double k = page.widthPt / page.virtualWidth;
                g.scale(k, k);
                picture.paint(new VectorSurface(g), page.virtualWidth, page.virtualHeight());
            } finally {
                g.dispose();
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("could not write the PDF: " + e.getMessage(), e);
        }
    }

    /** Every Java2D font becomes the bundled DejaVu Sans, regular or bold, embedded as a subset. */
    static final class EmbeddedFonts implements FontMapper {
        private BaseFont regular, bold;

        @Override public BaseFont awtToPdf(Font font) {
            try {
                if (font.isBold()) {
                    if (bold == null) bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                            false, ExportFonts.ttf(true), null);
                    return bold;
                }
                if (regular == null) regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        false, ExportFonts.ttf(false), null);
                return regular;
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("bundled font unreadable: " + e.getMessage(), e);
            }
        }

        @Override public Font pdfToAwt(BaseFont font, int size) {
            return new Font("DejaVu Sans", font == bold ? Font.BOLD : Font.PLAIN, size);
        }
    }
}
