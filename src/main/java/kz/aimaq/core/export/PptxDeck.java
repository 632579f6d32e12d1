package kz.aimaq.core.export;

import kz.aimaq.core.io.AtomicFiles;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.render.LineChart;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.Picture;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.*;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Slide decks with Apache POI (XSLF): 16:9 (13.333 × 7.5 in), titles as editable text boxes,
 * maps and charts as 1920 × 1080 PNG pictures drawn by the shared painters, tables as real
 * PowerPoint tables.
 */
public final class PptxDeck {
    /** 13.333 × 7.5 in in points. */
    public static final int SLIDE_W = 960, SLIDE_H = 540;
    /** Pixel size of every map or chart picture. */
    public static final int PICTURE_W = 1920, PICTURE_H = 1080;
    /** Type on pictures drawn 1.25× the screen size, so it reads on a projected slide. */
    static final double PICTURE_ZOOM = 1.25;

    private static final Color TITLE = new Color(0x1F2933), MUTED = new Color(0x52606D), HEADER_FILL = new Color(0xE4E7EB);

    /** One map slide: the slide's title and subtitle are text boxes, the map below them a picture. */
    public record MapSlide(String title, String subtitle, MapScene scene) {}

    private final XMLSlideShow ppt = new XMLSlideShow();

    private PptxDeck() {
        ppt.setPageSize(new Dimension(SLIDE_W, SLIDE_H));
    }

    /** One slide per map. */
    public static void writeMaps(List<MapSlide> slides, Path out) throws IOException {
        PptxDeck d = new PptxDeck();
        for (MapSlide s : slides) d.mapSlide(s);
        d.save(out);
    }

    /** Title, the two scenario maps, the trajectories chart and the end-year table. */
    public static void writeComparison(ScenarioComparison c, Path out) throws IOException {
        Messages m = Messages.of(c.lang());
        PptxDeck d = new PptxDeck();
        d.titleSlide(m.format("deck.comparison.title", c.nameA(), c.nameB()),
                m.format("deck.comparison.subtitle", String.valueOf(c.a().base().year()), String.valueOf(c.a().end().year()))
                        + "\n" + Today.text());
        String unit = c.mapA().legend().unit();
        String mapTitle = m.get("deck.map.indicator");
        int year = c.a().end().year();
        d.mapSlide(new MapSlide(c.nameA() + ": " + mapTitle + ", " + year, m.format("deck.map.subtitle", unit, c.nameB()), c.mapA().scene()));
        d.mapSlide(new MapSlide(c.nameB() + ": " + mapTitle + ", " + year, m.format("deck.map.subtitle", unit, c.nameA()), c.mapB().scene()));
        LineChart ch = c.chart();
        d.pictureSlide(ch.title(), ch.subtitle(), new LineChart(null, null, ch.panels(), ch.sourceLine(), ch.lang()));
        d.tableSlide(c.table(), m.format("map.source", m.get("deck.source")));
        d.save(out);
    }

    private XSLFSlide slideWithTitle(String title, String subtitle) {
        XSLFSlide slide = ppt.createSlide();
        text(slide, title, new Rectangle2D.Double(36, 14, SLIDE_W - 72, 44), 26, true, TITLE);
        if (subtitle != null && !subtitle.isBlank()) text(slide, subtitle, new Rectangle2D.Double(36, 56, SLIDE_W - 72, 26), 14, false, MUTED);
        return slide;
    }

    private void mapSlide(MapSlide s) throws IOException {
        MapScene.Decorations d = s.scene().decorations();
        // the title and subtitle live in the slide's text boxes, where they stay editable
        MapScene scene = s.scene().withDecorations(new MapScene.Decorations(null, null, d.sourceLine(), d.attributionLine(),
                d.dateLine(), d.legend(), d.scaleBar(), d.northArrow(), d.labels(), d.lang()));
        pictureSlide(s.title(), s.subtitle(), Picture.of(scene));
    }

    private void pictureSlide(String title, String subtitle, Picture picture) throws IOException {
        XSLFSlide slide = slideWithTitle(title, subtitle);
        XSLFPictureData data = ppt.addPicture(PngExporter.bytes(picture, PICTURE_W, PICTURE_H, PICTURE_ZOOM), PictureData.PictureType.PNG);
        XSLFPictureShape pic = slide.createPicture(data);
        double top = 88, h = SLIDE_H - top - 10, w = h * PICTURE_W / PICTURE_H;
        pic.setAnchor(new Rectangle2D.Double((SLIDE_W - w) / 2, top, w, h));
    }

    private void titleSlide(String title, String subtitle) {
        XSLFSlide slide = ppt.createSlide();
        text(slide, title, new Rectangle2D.Double(60, 170, SLIDE_W - 120, 90), 36, true, TITLE);
        text(slide, subtitle, new Rectangle2D.Double(60, 270, SLIDE_W - 120, 80), 18, false, MUTED);
    }

    private void tableSlide(ScenarioComparison.Table t, String source) {
        XSLFSlide slide = slideWithTitle(t.title(), null);
        int cols = t.header().size();
        XSLFTable table = slide.createTable();
        double tableW = SLIDE_W - 120, first = tableW * 0.40, other = (tableW - first) / (cols - 1);
        addRow(table, t.header(), true);
        for (List<String> r : t.rows()) addRow(table, r, false);
        for (int c = 0; c < cols; c++) table.setColumnWidth(c, c == 0 ? first : other);
        table.setAnchor(new Rectangle2D.Double(60, 100, tableW, 34.0 * (t.rows().size() + 1)));
        text(slide, source, new Rectangle2D.Double(60, SLIDE_H - 50, SLIDE_W - 120, 30), 11, false, MUTED);
    }

    private static void addRow(XSLFTable table, List<String> cells, boolean header) {
        XSLFTableRow row = table.addRow();
        row.setHeight(34);
        for (int c = 0; c < cells.size(); c++) {
            XSLFTableCell cell = row.addCell();
            XSLFTextRun run = cell.setText(cells.get(c));
            run.setFontSize(header ? 14.0 : 16.0);
            run.setBold(header);
            run.setFontColor(TITLE);
            cell.getTextParagraphs().getFirst().setTextAlign(c == 0 ? TextParagraph.TextAlign.LEFT : TextParagraph.TextAlign.RIGHT);
            cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
            if (header) cell.setFillColor(HEADER_FILL);
            for (var edge : new org.apache.poi.sl.usermodel.TableCell.BorderEdge[]{
                    org.apache.poi.sl.usermodel.TableCell.BorderEdge.bottom, org.apache.poi.sl.usermodel.TableCell.BorderEdge.top}) {
                cell.setBorderColor(edge, new Color(0xCBD2D9));
                cell.setBorderWidth(edge, 0.75);
            }
        }
    }

    private static void text(XSLFSlide slide, String s, Rectangle2D anchor, double size, boolean bold, Color color) {
        if (s == null || s.isBlank()) return;
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.clearText();
        String[] lines = s.split("\n");
        for (String line : lines) {
            XSLFTextParagraph p = box.addNewTextParagraph();
            XSLFTextRun r = p.addNewTextRun();
            r.setText(line);
            r.setFontSize(size);
            r.setBold(bold);
            r.setFontColor(color);
        }
    }

    private void save(Path out) throws IOException {
        try (ppt) {
            AtomicFiles.write(out, ppt::write);
        }
    }
}
