/**
 * Which regions existed in which year, and the value of an indicator on the territory of a year.
 *
 * <p>Kazakhstan's first-level map changed twice in the years the data cover: in June 2018 South
 * Kazakhstan (KATO 51) became Turkistan Region (61) and the city of Shymkent (79); in June 2022
 * Abai (10), Zhetisu (33) and Ulytau (62) split off East Kazakhstan (63), Almaty Region (19) and
 * Karaganda (35). {@link kz.aimaq.core.territory.Territory} names the three configurations;
 * {@link kz.aimaq.core.territory.TerritoryValues} gives an indicator's values on any of them
 * (published figures for the old unit where they exist, else aggregated from today's units with
 * the catalogue's rule); {@link kz.aimaq.core.territory.ConsistentPanel} keeps one set of units
 * through a period so that a time series compares like with like. No JavaFX here.
 */
package kz.aimaq.core.territory;
