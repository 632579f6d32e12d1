/**
 * Puts region passports on pages: {@link kz.aimaq.core.atlas.PassportSheets} pairs each
 * {@code core.passport.RegionPassport} with its locator map (drawn through {@code core.map.MapModel})
 * for the writers in {@code core.export}. It sits above all three, so none of them depends on another
 * in a cycle (the map package uses export's layouts; export draws passports).
 */
package kz.aimaq.core.atlas;
