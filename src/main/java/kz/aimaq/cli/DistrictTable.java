package kz.aimaq.cli;

import java.util.List;

/** District rows of {@code aimaq table --level district}; filled in once the district layer loads. */
final class DistrictTable {
    private DistrictTable() {}

    static void rows(String indicator, int year, List<List<Object>> rows) {
        throw new CliException("district-level tables need the district layer (not yet available)");
    }
}
