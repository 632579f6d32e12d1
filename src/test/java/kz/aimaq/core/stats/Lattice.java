package kz.aimaq.core.stats;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.ArrayList;
import java.util.List;

/** A rows × cols grid of square cells (10 km sides, metres), codes "r,c", in row-major order. */
final class Lattice {
    static final double SIDE = 10_000;
    private static final GeometryFactory GF = new GeometryFactory();

    final int rows, cols;
    final List<String> codes = new ArrayList<>();
    final List<Geometry> cells = new ArrayList<>();

    Lattice(int rows, int cols) { this(rows, cols, 0); }

    /** @param gap metres left empty between neighbouring cells (a generalisation sliver) */
    Lattice(int rows, int cols, double gap) {
        this.rows = rows; this.cols = cols;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double x0 = c * SIDE, y0 = -r * SIDE, x1 = x0 + SIDE - gap, y1 = y0 - SIDE + gap;
                codes.add(r + "," + c);
                cells.add(GF.createPolygon(new Coordinate[]{
                        new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1),
                        new Coordinate(x0, y1), new Coordinate(x0, y0)}));
            }
        }
    }

    SpatialWeights rook() { return Contiguity.of(codes, cells, Contiguity.DEFAULT_TOLERANCE_M, true); }

    SpatialWeights queen() { return Contiguity.of(codes, cells, Contiguity.DEFAULT_TOLERANCE_M, false); }

    List<Coordinate> centres() {
        return cells.stream().map(g -> g.getCentroid().getCoordinate()).toList();
    }
}
