package kz.aimaq.core.export;

import kz.aimaq.core.io.AtomicFiles;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.Picture;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a map (or chart) as SVG through the shared painter with JFreeSVG: each region is a
 * {@code <g id="region-71">} holding its filled {@code <path>}, and titles, legend and labels
 * are {@code <text>} elements, so the file stays editable in Inkscape or Illustrator.
 */
public final class SvgExporter {
    private SvgExporter() {}

    /** The SVG document (with XML declaration) at width × height user units (pixels). */
    public static String render(Picture picture, int width, int height) {
        ExportFonts.register();
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // two decimals are 1/100 px: enough for print, and a tenth of the default file size
        g.setGeomDoubleConverter(d -> String.format(Locale.ROOT, "%.2f", d));
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setRenderingHint(SVGHints.KEY_TEXT_RENDERING, "geometricPrecision");
        // fallbacks for viewers without DejaVu: both have Cyrillic; Kazakh letters need DejaVu or Arial
        g.setFontFunction(family -> "\"" + family + "\", Arial, sans-serif");
        picture.paint(new SvgSurface(g), width, height);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n";
    }

    public static String render(MapScene scene, int width, int height) {
        return render(Picture.of(scene), width, height);
    }

    public static void write(Picture picture, int width, int height, Path out) throws IOException {
        byte[] svg = render(picture, width, height).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out, os -> os.write(svg));
    }

    public static void write(MapScene scene, int width, int height, Path out) throws IOException {
        write(Picture.of(scene), width, height, out);
    }

    /** Turns the painter's group hooks into SVG groups. */
    private static final class SvgSurface extends VectorSurface {
        SvgSurface(SVGGraphics2D g) { super(g); }

        /** JFreeSVG writes whole-pixel font sizes; measuring at the same size keeps halos and alignment exact. */
        @Override protected java.awt.Font font(double size, boolean bold) { return super.font(Math.max(1, Math.round(size)), bold); }

        @Override public boolean groupsRegions() { return true; }

        @Override public void beginGroup(String id) { g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, id); }

        @Override public void endGroup() { g.setRenderingHint(SVGHints.KEY_END_GROUP, "true"); }
    }
}
