package kz.aimaq.core.geo;

/** Which administrative level a region layer shows. */
public enum MapLevel {
    /** 17 oblasts + 3 cities of republican significance (geokz adm1_2024). */
    OBLAST,
    /** ~224 raions and cities of oblast significance (geokz adm2_2024). */
    DISTRICT
}
