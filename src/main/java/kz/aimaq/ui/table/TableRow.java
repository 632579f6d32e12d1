package kz.aimaq.ui.table;

/**
 * One region's line of the data table.
 *
 * @param code       KATO code of the unit on the shown map
 * @param name       name in the interface language
 * @param oblast     the oblast of a district (district map), else null
 * @param value      the mapped value, null where the region has no figure
 * @param classNo    1-based class of the value, 0 when unclassed or without a value
 * @param fill       the class colour as drawn (0xAARRGGBB), 0 for no data
 * @param rank       1 = highest value, ties share a rank; null without a value
 * @param change     value minus the value in the base year on the same territory, null when not comparable
 * @param changePct  the change in per cent of the base value, null when not comparable or the base is 0
 * @param changeNote why there is no change ("—"): the region did not exist, or no figure; null when there is one
 * @param group      macro-region of the active grouping, null when none is drawn
 */
public record TableRow(String code, String name, String oblast, Double value, int classNo, int fill, Integer rank,
                       Double change, Double changePct, String changeNote, String group) {}
