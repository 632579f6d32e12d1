package kz.aimaq.core.render;

/**
 * The drawing operations the map painter needs, implemented once for Java2D (PNG, SVG, PDF
 * exports) and once for the JavaFX canvas (the screen). Keeping the painter on this small
 * interface is what makes a snapshot look exactly like the screen.
 * Colours are 0xAARRGGBB. Coordinates are device pixels (or points for PDF), y down.
 */
public interface Surface {

    /** Starts a new path made of closed rings; the painter adds rings with {@link #ring}. */
    void beginPath();

    /** Adds one closed ring: xs/ys hold n points (the ring is closed implicitly). */
    void ring(double[] xs, double[] ys, int n);

    /** Fills the current path with the even-odd rule (holes stay holes). */
    void fillPath(int argb);

    /**
     * Fills the current path with regions' fill colour, under a border {@code borderWidth} wide
     * the painter strokes over every edge afterwards: a raster surface may assign each pixel by
     * its centre, without antialiasing, as the screen's fills are ({@link RegionRaster}), where
     * that border is wide enough to cover the steps.
     */
    default void fillRegions(int argb, double borderWidth) { fillPath(argb); }

    /** Strokes the current path. */
    void strokePath(int argb, double width);

    /**
     * Draws diagonal hatching lines (rising to the right, {@code step} apart) inside the current
     * path, if this surface has a cheaper way than clipping and drawing each line; returns false
     * when it does not, and the painter clips and draws the lines itself. The JavaFX canvas
     * clips to a non-rectangular path by blending a whole-canvas mask per drawing call, which made
     * an all-hatched district map take seconds.
     */
    default boolean hatchPath(int lineArgb, double step, double lineWidth) { return false; }

    /** Restricts drawing to the current path until {@link #restore}. */
    void clipToPath();

    /** Restricts drawing to a rectangle until {@link #restore} (the current path is replaced). */
    default void clipToRect(double x, double y, double w, double h) {
        beginPath();
        ring(new double[]{x, x + w, x + w, x}, new double[]{y, y, y + h, y + h}, 4);
        clipToPath();
    }

    void save();

    void restore();

    void fillRect(double x, double y, double w, double h, int argb);

    void strokeRect(double x, double y, double w, double h, int argb, double width);

    void line(double x1, double y1, double x2, double y2, int argb, double width);

    /**
     * Draws text with its baseline at y. align: 0 left, 0.5 centre, 1 right.
     * haloArgb != 0 draws an outline behind the glyphs so labels stay legible on any fill.
     */
    void text(String s, double x, double y, double size, boolean bold, int argb, double align, int haloArgb);

    /** The advance width of the text in the surface's font at that size. */
    double textWidth(String s, double size, boolean bold);

    /**
     * True where each region must stay a drawing of its own under its group (SVG, which a
     * planner edits region by region); elsewhere the painter fills regions of one colour together.
     */
    default boolean groupsRegions() { return false; }

    /** Groups the following drawing under an id (SVG: a &lt;g id&gt;; ignored elsewhere). */
    default void beginGroup(String id) {}

    default void endGroup() {}
}
