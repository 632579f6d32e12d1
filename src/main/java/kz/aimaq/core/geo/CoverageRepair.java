package kz.aimaq.core.geo;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.*;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;

import java.util.*;

/**
 * Turns a nearly-matching set of region polygons into an exact polygon coverage, so that
 * neighbours share identical edges. That is what CoverageSimplifier and CoverageUnion need:
 * without it, simplification opens gaps and slivers along every border whose vertices differ
 * between the two neighbours (the geokz files have such borders in 17 of 20 oblasts).
 *
 * <p>Method (the usual noding-and-polygonizing cleanup): all ring edges are snap-rounded
 * together onto a grid (JTS UnaryUnionNG with a fixed precision model), the noded lines are
 * polygonized into faces, and each face goes to the region that contains its interior point.
 * A face inside two regions (an overlap) goes to the first in input order; a face inside none (a
 * gap) goes to the neighbour sharing the longest border with it if it is a sliver (narrower than
 * {@code maxGapWidth}), otherwise it stays a gap. Each region is then the union of its faces.
 */
final class CoverageRepair {
    private CoverageRepair() {}

    /**
     * What the repair did, for the load findings and tests.
     *
     * @param overlapArea per input polygon, the area (square metres) it shares with another one
     * @param gapKeptArea total area of the gaps too wide to be slivers, left as holes
     */
    record Result(Geometry[] coverage, int overlapFaces, int gapsMerged, int gapsKept,
                  double[] overlapArea, double gapKeptArea) {}

    /**
     * @param coverage    polygons in projected metres
     * @param gridSize    snapping grid, metres (vertices closer than this are merged)
     * @param maxGapWidth gaps narrower than this (2·area/perimeter, metres) are filled by a neighbour
     */
    static Result repair(Geometry[] coverage, double gridSize, double maxGapWidth) {
        GeometryFactory gf = coverage[0].getFactory();
        List<Geometry> lines = new ArrayList<>();
        for (Geometry g : coverage) lines.addAll(LinearComponentExtracter.getLines(g, true));
        Geometry noded = UnaryUnionNG.union(gf.buildGeometry(lines), new PrecisionModel(1.0 / gridSize));

        Polygonizer polygonizer = new Polygonizer(false);
        polygonizer.add(noded);
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = polygonizer.getPolygons();

        STRtree index = new STRtree();
        IndexedPointInAreaLocator[] locators = new IndexedPointInAreaLocator[coverage.length];
        for (int i = 0; i < coverage.length; i++) {
            locators[i] = new IndexedPointInAreaLocator(coverage[i]);
            index.insert(coverage[i].getEnvelopeInternal(), i);
        }
        List<List<Geometry>> facesOf = new ArrayList<>();
        for (int i = 0; i < coverage.length; i++) facesOf.add(new ArrayList<>());
        List<Polygon> gaps = new ArrayList<>();
        int overlaps = 0;
        double[] overlapArea = new double[coverage.length];
        for (Polygon face : faces) {
            Coordinate p = face.getInteriorPoint().getCoordinate();
            int owner = -1, hits = 0;
            @SuppressWarnings("unchecked")
            List<Integer> candidates = index.query(new Envelope(p));
            candidates.sort(null);
            List<Integer> inside = new ArrayList<>(2);
            for (int i : candidates) {
                if (locators[i].locate(p) == Location.INTERIOR) {
                    hits++;
                    inside.add(i);
                    if (owner < 0) owner = i;
                }
            }
            if (hits > 1) {
                overlaps++;
                double a = face.getArea();
                for (int i : inside) overlapArea[i] += a;
            }
            if (owner >= 0) facesOf.get(owner).add(face);
            else gaps.add(face);
        }

        int merged = 0, kept = 0;
        double keptArea = 0;
        for (Polygon gap : gaps) {
            double width = 2 * gap.getArea() / gap.getLength();
            int best = -1;
            double bestShared = 0;
            if (width < maxGapWidth) {
                Geometry boundary = gap.getBoundary();
                @SuppressWarnings("unchecked")
                List<Integer> candidates = index.query(gap.getEnvelopeInternal());
                candidates.sort(null);
                for (int i : candidates) {
                    double shared = boundary.intersection(coverage[i].buffer(gridSize)).getLength();
                    if (shared > bestShared) { bestShared = shared; best = i; }
                }
            }
            if (best >= 0) { facesOf.get(best).add(gap); merged++; }
            else { kept++; keptArea += gap.getArea(); }
        }

        Geometry[] out = new Geometry[coverage.length];
        for (int i = 0; i < coverage.length; i++) {
            List<Geometry> f = facesOf.get(i);
            if (f.isEmpty()) { out[i] = coverage[i]; continue; } // nothing assigned: keep the original
            Geometry u = CoverageUnion.union(f.toArray(Geometry[]::new));
            out[i] = u.isValid() ? u : GeometryFixer.fix(u);
        }
        return new Result(out, overlaps, merged, kept, overlapArea, keptArea);
    }
}
