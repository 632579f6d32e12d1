/**
 * The regions of Kazakhstan: {@link kz.aimaq.core.region.Region} (KATO and ISO codes, names in
 * kk/ru/en, oblast or city of republican significance, current or former) and the catalogue of
 * {@code datasets/regions.csv}. {@link kz.aimaq.core.region.RegionNameMatcher} is the one place
 * where a label (a code, a name in any of the three languages or a transliteration) becomes a region:
 * the importer and the boundary reader both use it, so "Almaty" means the same in a table and
 * in a map file (ambiguous between the city and the region unless the other rows settle it).
 * The bottom of the core: depends on nothing else in it.
 */
package kz.aimaq.core.region;
