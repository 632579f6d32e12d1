package kz.aimaq.core.stats;

import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.geo.RegionLayer;

import java.util.Locale;

/**
 * A choice of spatial weights as the user writes it: {@code queen}, {@code rook}, {@code knn:K}
 * or {@code distance:KM}. Shared by the CLI and the UI so both accept the same words.
 *
 * @param parameter k for knn, the band in km for distance, unused otherwise
 */
public record WeightsSpec(Kind kind, double parameter) {

    public enum Kind { QUEEN, ROOK, KNN, DISTANCE }

    public static final WeightsSpec QUEEN = new WeightsSpec(Kind.QUEEN, 0);

    /** @throws IllegalArgumentException saying which forms are accepted */
    public static WeightsSpec parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        String head = t.contains(":") ? t.substring(0, t.indexOf(':')) : t;
        String arg = t.contains(":") ? t.substring(t.indexOf(':') + 1) : "";
        try {
            return switch (head) {
                case "queen" -> QUEEN;
                case "rook" -> new WeightsSpec(Kind.ROOK, 0);
                case "knn" -> {
                    int k = Integer.parseInt(arg);
                    if (k < 1) throw new InvalidInputException("core.weights.knn", k);
                    yield new WeightsSpec(Kind.KNN, k);
                }
                case "distance" -> {
                    double km = Double.parseDouble(arg);
                    if (!(km > 0)) throw new InvalidInputException("core.weights.distance", arg);
                    yield new WeightsSpec(Kind.DISTANCE, km);
                }
                default -> throw new InvalidInputException("core.weights.usage", text);
            };
        } catch (NumberFormatException e) {
            throw new InvalidInputException("core.weights.usage", text);
        }
    }

    /**
     * The weights as a method name in {@code lang}, for legends, source lines and choice boxes:
     * "queen contiguity", "смежность ферзя", "k = 4 nearest neighbours"...
     */
    public String label(String lang) {
        kz.aimaq.core.i18n.Messages m = kz.aimaq.core.i18n.Messages.of(lang);
        return switch (kind) {
            case QUEEN -> m.get("core.weights.queenName");
            case ROOK -> m.get("core.weights.rookName");
            case KNN -> m.format("core.weights.knnName", Integer.toString((int) parameter));
            case DISTANCE -> m.format("core.weights.distanceName", toString().substring("distance:".length()));
        };
    }

    /** Binary weights on the layer (not yet row-standardised). */
    public SpatialWeights build(RegionLayer layer) {
        return switch (kind) {
            case QUEEN -> Contiguity.queen(layer);
            case ROOK -> Contiguity.rook(layer);
            case KNN -> NearestNeighbours.of(layer, (int) parameter);
            case DISTANCE -> DistanceBand.of(layer, parameter);
        };
    }

    @Override public String toString() {
        return switch (kind) {
            case QUEEN -> "queen";
            case ROOK -> "rook";
            case KNN -> "knn:" + (int) parameter;
            case DISTANCE -> "distance:" + (parameter == Math.rint(parameter) ? Long.toString((long) parameter) : Double.toString(parameter));
        };
    }
}
