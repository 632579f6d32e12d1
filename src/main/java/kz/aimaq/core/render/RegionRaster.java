package kz.aimaq.core.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * Which region each device pixel of a view shows: made once per view (geometry, viewport, size,
 * pixel scale), it turns a recolour (another indicator, year or class count) into one colour
 * fill per run of pixels instead of rasterising every polygon again. On the software pipeline that
 * rasterising was the larger part of a recolour frame: 19 of the render thread's 26 ms on the
 * oblast map, measured with the probe.
 * <p>
 * Pixels are assigned by their centre, without antialiasing: the region borders drawn above the
 * fills (0.9 px, antialiased) cover the edges, so the map reads as when the fills are painted as
 * paths. Exports never use this; they paint paths through {@link MapPainter#paint}.
 */
public final class RegionRaster {
    /** Device pixels across and down. */
    final int deviceWidth, deviceHeight;
    /**
     * The pixels as runs along each row, as a fill layer is mostly long stretches of one
     * region: run r covers pixels [runEnd[r - 1], runEnd[r]) in row-major order (each row starts
     * a run) and shows {@code runId[r]}: 0 for the background (outside every region, or outside
     * the map rectangle), i + 1 for area i of the scene. A recolour then fills runs (a few
     * thousand on the oblast map) instead of looking up every pixel, and the raster keeps a
     * fraction of a pixel array's memory.
     */
    private final int[] runEnd, runId;
    /** The first run of each row, and the run count at the end. */
    private final int[] rowRuns;
    final double width, height, pixelScale;
    final Viewport viewport;
    final MapPainter.Layout layout;
    /** Each area's rings, by identity: a recolour keeps them, any other change replaces them. */
    private final RingSet[] rings;

    private RegionRaster(MapScene scene, double width, double height, double pixelScale, Viewport v, MapPainter.Layout l,
                         int deviceWidth, int deviceHeight, int[] ids) {
        this.width = width;
        this.height = height;
        this.pixelScale = pixelScale;
        this.viewport = v;
        this.layout = l;
        this.deviceWidth = deviceWidth;
        this.deviceHeight = deviceHeight;
        int[] ends = new int[Math.max(16, deviceHeight * 8)], which = new int[ends.length];
        int[] rows = new int[deviceHeight + 1];
        int n = 0;
        for (int y = 0, k = 0; y < deviceHeight; y++) {
            rows[y] = n;
            int id = -1;
            for (int x = 0; x < deviceWidth; x++, k++) {
                int here = ids[k] & 0xFFFFFF;
                if (here == id) continue;
                if (n > 0 && id >= 0) ends[n - 1] = k;
                if (n == ends.length) {
                    ends = java.util.Arrays.copyOf(ends, n * 2);
                    which = java.util.Arrays.copyOf(which, n * 2);
                }
                which[n++] = here;
                id = here;
            }
            ends[n - 1] = k;
        }
        rows[deviceHeight] = n;
        this.runEnd = java.util.Arrays.copyOf(ends, n);
        this.runId = java.util.Arrays.copyOf(which, n);
        this.rowRuns = rows;
        List<MapScene.Area> areas = scene.areas();
        this.rings = new RingSet[areas.size()];
        for (int i = 0; i < rings.length; i++) rings[i] = areas.get(i).rings();
    }

    public int deviceWidth() { return deviceWidth; }

    public int deviceHeight() { return deviceHeight; }

    /** The region index at a device pixel: -1 for the background, else the area's index in the scene. */
    public int areaAt(int x, int y) {
        int k = y * deviceWidth + x;
        int lo = rowRuns[y], hi = rowRuns[y + 1] - 1;
        while (lo < hi) { // the first run of the row that ends after k
            int mid = (lo + hi) >>> 1;
            if (runEnd[mid] <= k) lo = mid + 1; else hi = mid;
        }
        return runId[lo] - 1;
    }

    /** The hatched grey by x + y ({@link #hatchByDiagonal}), made on the first recolour that needs it. */
    private int[] diagonal;

    /** How many runs the raster holds: tests check that it stays far below the pixel count. */
    int runs() { return runId.length; }

    /**
     * Rasterises the scene's areas in scene order (a region drawn later covers one drawn before,
     * as when painting), each by the even-odd rule, clipped to the layout's map rectangle.
     */
    static RegionRaster of(MapScene scene, double width, double height, double pixelScale, Viewport v, MapPainter.Layout l,
                           double[] bufX, double[] bufY) {
        int dw = Math.max(1, (int) Math.ceil(width * pixelScale)), dh = Math.max(1, (int) Math.ceil(height * pixelScale));
        BufferedImage img = new BufferedImage(dw, dh, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            Java2DSurface s = new Java2DSurface(g);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
            g.scale(pixelScale, pixelScale);
            g.clip(new java.awt.geom.Rectangle2D.Double(l.mapX(), l.mapY(), l.mapW(), l.mapH()));
            var visible = v.visibleWorld();
            List<MapScene.Area> areas = scene.areas();
            for (int i = 0; i < areas.size(); i++) {
                MapScene.Area a = areas.get(i);
                if (!a.rings().envelope().intersects(visible)) continue;
                s.beginPath();
                a.rings().emit(s, v, bufX, bufY);
                s.fillPath(0xFF000000 | (i + 1));
            }
        } finally {
            g.dispose();
        }
        int[] ids = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        return new RegionRaster(scene, width, height, pixelScale, v, l, dw, dh, ids);
    }

    /** Whether this raster is the one {@link #of} would make for the scene in this view: only the fills may differ. */
    boolean shows(MapScene scene, double width, double height, double pixelScale, Viewport v, MapPainter.Layout l) {
        if (width != this.width || height != this.height || pixelScale != this.pixelScale
                || !v.equals(viewport) || !l.equals(layout) || scene.areas().size() != rings.length) return false;
        List<MapScene.Area> areas = scene.areas();
        for (int i = 0; i < rings.length; i++) if (areas.get(i).rings() != rings[i]) return false;
        return true;
    }

    /**
     * The fill layer's pixels (opaque ARGB, {@code deviceWidth} per row) for the scene's colours:
     * background, each region's class colour, and the no-data grey with its diagonal hatching,
     * placed as the screen's hatch pattern places it (lines x + y = n * step from the origin).
     */
    void colour(MapScene scene, int[] out) {
        List<MapScene.Area> areas = scene.areas();
        // the same pixels coloured before through this raster: runs whose colour stays (always the
        // background, often a region on a change of classes) keep their pixels
        boolean again = out == lastOut && lastPalette != null && lastPalette.length == areas.size() + 1;
        int[] palette = new int[areas.size() + 1];
        boolean[] hatched = new boolean[palette.length];
        palette[0] = MapPainter.BACKGROUND;
        double ui = layout.ui();
        for (int i = 0; i < areas.size(); i++) {
            MapScene.Area a = areas.get(i);
            if (a.hasData()) {
                palette[i + 1] = over(a.fillArgb(), MapPainter.BACKGROUND);
            } else {
                palette[i + 1] = MapPainter.NO_DATA_FILL;
                hatched[i + 1] = MapPainter.hatches(a, viewport, ui);
            }
        }
        if (diagonal == null) diagonal = hatchByDiagonal(ui);
        boolean[] same = new boolean[palette.length];
        for (int id = 0; id < palette.length; id++) same[id] = again && palette[id] == lastPalette[id] && hatched[id] == lastHatched[id];
        int w = deviceWidth;
        for (int y = 0; y < deviceHeight; y++) {
            int rowStart = y * w;
            for (int r = rowRuns[y], start = rowStart; r < rowRuns[y + 1]; start = runEnd[r++]) {
                int id = runId[r];
                if (same[id]) continue;
                if (!hatched[id]) {
                    java.util.Arrays.fill(out, start, runEnd[r], palette[id]);
                } else {
                    // along a row x + y grows by one a pixel: the run is a stretch of the table
                    System.arraycopy(diagonal, start - rowStart + y, out, start, runEnd[r] - start);
                }
            }
        }
        lastOut = out;
        lastPalette = palette;
        lastHatched = hatched;
    }

    /** The pixels last coloured through this raster, and with which colours (the UI thread's only). */
    private int[] lastOut, lastPalette;
    private boolean[] lastHatched;

    /**
     * The hatched grey of a device pixel by x + y, as the screen's hatch tile has it: lines
     * x + y = n * size (size = the step rounded to whole px), each pixel shaded by the distance of
     * its centre to the nearest line.
     */
    private int[] hatchByDiagonal(double ui) {
        double size = Math.max(2, Math.round(MapPainter.HATCH_STEP * ui));
        double half = MapPainter.HATCH_WIDTH * ui / 2;
        int[] out = new int[deviceWidth + deviceHeight];
        for (int d = 0; d < out.length; d++) {
            double t = ((d + 1) / pixelScale) % size; // x + y of the pixel centre, in px of the tile
            double distance = Math.min(t, size - t) / Math.sqrt(2);
            double coverage = Math.clamp((half + 0.5 / pixelScale - distance) * pixelScale, 0, 1);
            out[d] = mix(MapPainter.NO_DATA_HATCH, MapPainter.NO_DATA_FILL, coverage);
        }
        return out;
    }

    /** Colour {@code argb} drawn over the opaque colour {@code under}. */
    private static int over(int argb, int under) {
        return mix(argb | 0xFF000000, under, ((argb >>> 24) & 0xFF) / 255.0);
    }

    private static int mix(int top, int under, double alpha) {
        int r = (int) Math.round(((top >> 16) & 0xFF) * alpha + ((under >> 16) & 0xFF) * (1 - alpha));
        int g = (int) Math.round(((top >> 8) & 0xFF) * alpha + ((under >> 8) & 0xFF) * (1 - alpha));
        int b = (int) Math.round((top & 0xFF) * alpha + (under & 0xFF) * (1 - alpha));
        return 0xFF000000 | r << 16 | g << 8 | b;
    }
}
