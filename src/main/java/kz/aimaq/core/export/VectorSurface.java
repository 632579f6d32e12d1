package kz.aimaq.core.export;

import kz.aimaq.core.render.Java2DSurface;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;

/**
 * The Java2D surface for SVG and PDF. The raster surface fakes a label halo with eight offset
 * copies of the text; in a vector file those copies would be eight more words in the text layer
 * (search and copy-paste would find "АстанаАстана…"). Here the halo is one stroked outline
 * shape and the label itself is drawn once, as text.
 */
class VectorSurface extends Java2DSurface {

    VectorSurface(Graphics2D g) {
        super(g);
    }

    /** Vector output keeps its antialiasing hint: a viewer rasterises the shapes at its own scale. */
    @Override public void fillRegions(int argb, double borderWidth) { fillPath(argb); }

    @Override
    public void text(String s, double x, double y, double size, boolean bold, int argb, double align, int haloArgb) {
        if (haloArgb != 0 && !s.isEmpty()) {
            TextLayout tl = new TextLayout(s, font(size, bold), g.getFontRenderContext());
            double w = textWidth(s, size, bold);
            Shape outline = tl.getOutline(AffineTransform.getTranslateInstance(x - w * align, y));
            g.setColor(new Color(haloArgb, true));
            g.setStroke(new BasicStroke((float) Math.max(2, size / 4.5), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        super.text(s, x, y, size, bold, argb, align, 0);
    }
}
