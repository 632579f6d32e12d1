package kz.aimaq.core.table;

import java.util.Objects;

/**
 * One column of a {@link DataTable}: its header as the user reads it, the kind of its cells and,
 * for numbers, the decimals shown (XLSX number format {@code #,##0.0} for 1; the stored value
 * keeps full precision). {@link Kind#PERCENT} cells hold the percentage itself (12.5 means
 * 12.5 %), not a fraction, so the same number reads the same in CSV and XLSX.
 */
public record TableColumn(String header, Kind kind, int decimals) {
    public enum Kind { TEXT, INTEGER, DECIMAL, PERCENT, YEAR }

    public TableColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        if (decimals < 0 || decimals > 12) throw new IllegalArgumentException("decimals must be 0..12, got " + decimals);
        if (kind == Kind.INTEGER || kind == Kind.YEAR || kind == Kind.TEXT) decimals = 0;
    }

    public static TableColumn text(String header) { return new TableColumn(header, Kind.TEXT, 0); }

    public static TableColumn integer(String header) { return new TableColumn(header, Kind.INTEGER, 0); }

    public static TableColumn year(String header) { return new TableColumn(header, Kind.YEAR, 0); }

    public static TableColumn decimal(String header, int decimals) { return new TableColumn(header, Kind.DECIMAL, decimals); }

    public static TableColumn percent(String header, int decimals) { return new TableColumn(header, Kind.PERCENT, decimals); }

    /** True for the kinds whose cells are numbers. */
    public boolean numeric() { return kind != Kind.TEXT; }
}
