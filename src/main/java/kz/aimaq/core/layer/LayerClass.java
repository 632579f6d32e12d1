package kz.aimaq.core.layer;

/**
 * One class of a layer: values {@code lower < v <= upper} (the first class includes its lower
 * bound, as the map's and QGIS's graduated classes do), its colour {@code 0xRRGGBB} and the
 * legend's label ("1 234,5 – 2 345,6").
 */
public record LayerClass(double lower, double upper, int rgb, String label) {
    public String hex() { return String.format("#%06x", rgb & 0xFFFFFF); }
}
