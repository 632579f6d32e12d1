package kz.aimaq.core.export;

import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.io.AtomicFiles;
import kz.aimaq.core.passport.RegionPassport;
import kz.aimaq.core.render.Picture;
import kz.aimaq.core.render.TextMeasure;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.*;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Region passports as 16:9 PowerPoint slides: the name, macro-region and type as text boxes, the
 * locator map and the trend charts as pictures drawn by the shared painters, the key figures as a
 * real (editable) table, notes and numbered sources as text. An atlas is a contents slide and one
 * slide per region.
 */
public final class PassportSlides {
    private PassportSlides() {}

    private static final int W = PptxDeck.SLIDE_W, H = PptxDeck.SLIDE_H;
    private static final Color TITLE = new Color(0x1F2933), MUTED = new Color(0x52606D), HEADER_FILL = new Color(0xE4E7EB),
            VALUE = new Color(0x9C4400);

    public static void write(PassportPdf.Sheet sheet, Path out) throws IOException {
        XMLSlideShow ppt = show();
        slide(ppt, sheet);
        save(ppt, out);
    }

    public static void writeAtlas(List<String> katos, PassportPdf.Sheets sheets, String lang, PassportPdf.Progress progress,
                                  Path out) throws IOException {
        Messages m = Messages.of(lang);
        XMLSlideShow ppt = show();
        XSLFSlide contents = ppt.createSlide();
        int total = katos.size();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (progress.cancelled()) throw new PassportPdf.Cancelled();
            PassportPdf.Sheet s = sheets.sheet(katos.get(i));
            names.add(s.passport().name());
            slide(ppt, s);
            progress.done(i + 1, total + 1);
        }
        text(contents, m.get("atlas.title"), new Rectangle2D.Double(40, 24, W - 80, 44), 28, true, TITLE);
        text(contents, m.get("atlas.contents"), new Rectangle2D.Double(40, 70, W - 80, 26), 16, true, MUTED);
        int half = (names.size() + 1) / 2;
        for (int col = 0; col < 2; col++) {
            StringBuilder b = new StringBuilder();
            for (int i = col * half; i < Math.min(names.size(), (col + 1) * half); i++) {
                if (!b.isEmpty()) b.append('\n');
                b.append(i + 2).append("   ").append(names.get(i));
            }
            text(contents, b.toString(), new Rectangle2D.Double(40 + col * (W - 80) / 2.0, 104, (W - 80) / 2.0 - 10, H - 130), 13, false, TITLE);
        }
        if (progress.cancelled()) throw new PassportPdf.Cancelled();
        save(ppt, out);
        progress.done(total + 1, total + 1);
    }

    private static XMLSlideShow show() {
        XMLSlideShow ppt = new XMLSlideShow();
        ppt.setPageSize(new Dimension(W, H));
        return ppt;
    }

    private static void slide(XMLSlideShow ppt, PassportPdf.Sheet sheet) throws IOException {
        RegionPassport p = sheet.passport();
        Messages m = Messages.of(p.lang());
        XSLFSlide slide = ppt.createSlide();
        double titleSize = 24;
        while (titleSize > 14 && TextMeasure.width(p.name(), titleSize, true) > W - 60) titleSize -= 1;
        text(slide, p.name(), new Rectangle2D.Double(24, 8, W - 48, 36), titleSize, true, TITLE);
        text(slide, m.get("passport.macroRegion") + ": " + p.macroRegion() + "   ·   " + m.get("passport.typology") + ": " + p.typology(),
                new Rectangle2D.Double(24, 42, W - 48, 22), 11, false, MUTED);

        // left: the locator map, the trend charts below it
        double lx = 24, lw = 440, top = 64, mapH = 196;
        picture(ppt, slide, Picture.of(sheet.locator()), (int) (lw * 2), (int) (mapH * 2), 1.6, new Rectangle2D.Double(lx, top, lw, mapH));
        double chartTop = top + mapH + 4, chartH = H - chartTop - 6;
        picture(ppt, slide, PassportPage.trendsPicture(p), (int) (lw * 1.6), (int) (chartH * 1.6), 1.0,
                new Rectangle2D.Double(lx, chartTop, lw, chartH));

        // right: key figures as a real (editable) table; rows grow with long names, so their height is estimated
        XSLFTable table = slide.createTable();
        double tx = lx + lw + 16, tw = W - tx - 20;
        double[] cw = {0.34, 0.09, 0.15, 0.15, 0.17, 0.10};
        List<String> head = List.of(m.get("passport.col.indicator"), m.get("passport.col.year"), m.get("passport.col.value"),
                m.get("passport.col.national"), m.get("passport.col.rank"), m.get("passport.col.source"));
        addRow(table, head, true);
        double tableH = rowHeight(head, cw, tw, true);
        for (RegionPassport.KeyFigure f : p.figures()) {
            List<String> cells = List.of(f.name() + ", " + f.unit(), String.valueOf(f.year()), f.value(), f.national(), f.rankText(),
                    PassportPage.numbers(f.sourceNumbers()));
            addRow(table, cells, false);
            tableH += rowHeight(cells, cw, tw, false);
        }
        for (int c = 0; c < cw.length; c++) table.setColumnWidth(c, cw[c] * tw);
        table.setAnchor(new Rectangle2D.Double(tx, top, tw, tableH));
        // POI lays the rows out as PowerPoint will (text height per cell): take its heights where it gives them
        table.updateCellAnchor();
        double laid = 0;
        for (XSLFTableRow r : table.getRows()) laid += r.getHeight();
        if (laid > 0) tableH = Math.max(tableH, laid);

        // then the neighbours, the notes and the numbered sources, as large as fits (all also in the slide's notes)
        double y = top + tableH + 8;
        String neighbours = m.get("passport.neighbours") + ": " + (p.neighbours().isEmpty() ? "—" : String.join(", ", p.neighbours()));
        double nh = height(neighbours, tw, 8.5);
        text(slide, neighbours, new Rectangle2D.Double(tx, y, tw, nh), 8.5, false, TITLE);
        y += nh;
        String notes = String.join("\n", p.notes());
        StringBuilder src = new StringBuilder(m.get("passport.sources"));
        for (int i = 0; i < p.sources().size(); i++) src.append('\n').append(i + 1).append(". ").append(p.sources().get(i));
        double rest = H - y - 4;
        double size = 7;
        while (size > 4 && height(notes, tw, size) + height(src.toString(), tw, size) > rest) size -= 0.25;
        double notesH = height(notes, tw, size);
        text(slide, notes, new Rectangle2D.Double(tx, y, tw, notesH), size, false, MUTED);
        text(slide, src.toString(), new Rectangle2D.Double(tx, y + notesH, tw, rest - notesH), size, false, MUTED);
        XSLFNotes speaker = ppt.getNotesSlide(slide);
        for (XSLFTextShape sh : speaker.getPlaceholders()) {
            if (sh.getTextType() == org.apache.poi.sl.usermodel.Placeholder.BODY) sh.setText(notes + "\n\n" + src);
        }
    }

    /** Height of a text box holding the text wrapped to the width at that size. */
    private static double height(String text, double w, double size) {
        int lines = 0;
        for (String para : text.split("\n")) lines += Math.max(1, PassportPage.wrap(MEASURE, para, size, false, w - 10).size());
        // PowerPoint (and POI's renderer) space small type more loosely than 1.2 em: leave room, never overlap
        return lines * size * 1.4 + 8;
    }

    /**
     * A table row's height: its tallest cell wrapped to its column at 8.5 pt, with the cell insets
     * PowerPoint and POI's renderer apply (0.1 in left and right, 0.05 in top and bottom).
     */
    private static double rowHeight(List<String> cells, double[] cw, double tw, boolean bold) {
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) lines = Math.max(lines, PassportPage.wrap(MEASURE, cells.get(c), 8.5, bold, cw[c] * tw - 16).size());
        return Math.max(16, lines * 8.5 * 1.25 + 8);
    }

    /** Text widths for the layout estimates: the shared measurer, 3 % wider for PowerPoint's own rendering. */
    private static final kz.aimaq.core.render.Surface MEASURE = new kz.aimaq.core.render.Java2DSurface(
            new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_ARGB).createGraphics()) {
        @Override public double textWidth(String s, double size, boolean bold) { return TextMeasure.width(s, size, bold) * 1.03; }
    };

    private static void picture(XMLSlideShow ppt, XSLFSlide slide, Picture pic, int pw, int ph, double zoom, Rectangle2D anchor) throws IOException {
        XSLFPictureData data = ppt.addPicture(PngExporter.bytes(pic, pw, ph, zoom), PictureData.PictureType.PNG);
        XSLFPictureShape shape = slide.createPicture(data);
        shape.setAnchor(anchor);
    }

    private static void addRow(XSLFTable table, List<String> cells, boolean header) {
        XSLFTableRow row = table.addRow();
        row.setHeight(16);
        for (int c = 0; c < cells.size(); c++) {
            XSLFTableCell cell = row.addCell();
            XSLFTextRun run = cell.setText(cells.get(c));
            run.setFontSize(header ? 8.5 : 8.5);
            run.setBold(header || c == 2);
            run.setFontColor(c == 2 && !header ? VALUE : TITLE);
            cell.getTextParagraphs().getFirst().setTextAlign(c == 0 ? TextParagraph.TextAlign.LEFT : TextParagraph.TextAlign.RIGHT);
            cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
            if (header) cell.setFillColor(HEADER_FILL);
            cell.setBorderColor(TableCell.BorderEdge.bottom, new Color(0xCBD2D9));
            cell.setBorderWidth(TableCell.BorderEdge.bottom, 0.5);
        }
    }

    private static void text(XSLFSlide slide, String s, Rectangle2D anchor, double size, boolean bold, Color color) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.clearText();
        box.setInsets(new org.apache.poi.sl.usermodel.Insets2D(2, 4, 2, 4));
        box.setWordWrap(true);
        for (String line : s.split("\n")) {
            XSLFTextParagraph para = box.addNewTextParagraph();
            XSLFTextRun r = para.addNewTextRun();
            r.setText(line);
            r.setFontSize(size);
            r.setBold(bold);
            r.setFontColor(color);
            r.setFontFamily("DejaVu Sans");
        }
    }

    private static void save(XMLSlideShow ppt, Path out) throws IOException {
        try (ppt) {
            AtomicFiles.write(out, ppt::write);
        }
    }

}
