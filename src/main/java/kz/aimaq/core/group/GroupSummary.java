package kz.aimaq.core.group;

/**
 * The figures of one group in one year, as the summary table, the chart and {@code aimaq groups}
 * show them. Shares are percentages of the whole country (all units of the territory), so the shares of a
 * grouping with an "ungrouped" row still add up to 100.
 *
 * @param population     average annual population, persons
 * @param areaKm2        area, km²
 * @param grp            gross regional product, million KZT
 * @param grpPerCapita   ΣGRP / Σpopulation × 1000, thousand KZT per person (the data's unit)
 */
public record GroupSummary(Group group, int year, Aggregate population, Aggregate areaKm2, Aggregate grp,
                           double populationShare, double areaShare, double grpShare, Aggregate grpPerCapita) {

    /** True for the synthetic row of regions in no group. */
    public boolean isUngrouped() { return GroupingFiles.UNGROUPED_ID.equals(group.id()); }
}
