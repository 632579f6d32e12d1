package kz.aimaq.core.render;

import java.util.List;

/**
 * A small multi-panel line chart, already worded in the user's language: e.g. national GRP and
 * the Theil index of two scenarios side by side. Drawn by {@link ChartPainter} on any
 * {@link Surface}, so it exports to PNG, SVG, PDF and slides like a map.
 *
 * @param decimals digits after the separator for tick and end-point labels of each panel
 */
public record LineChart(String title, String subtitle, List<Panel> panels, String sourceLine, String lang) implements Picture {

    /** One plot: its heading (with unit), series sharing the y axis, and how many decimals its numbers get. */
    public record Panel(String title, List<Series> series, int decimals) {
        public Panel {
            series = List.copyOf(series);
        }
    }

    /** One line: legend name, colour 0xAARRGGBB, x (years) and y values of equal length. */
    public record Series(String name, int argb, double[] x, double[] y) {
        public Series {
            if (x.length != y.length) throw new IllegalArgumentException("series " + name + ": " + x.length + " x values, " + y.length + " y values");
        }
    }

    public LineChart {
        panels = List.copyOf(panels);
    }

    @Override public void paint(Surface s, double width, double height) {
        new ChartPainter().paint(this, s, width, height);
    }
}
