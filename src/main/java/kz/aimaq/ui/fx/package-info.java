/**
 * Small JavaFX helpers every UI feature may use, including the map: they know no feature, model or
 * window, so they sit below all of them.
 */
package kz.aimaq.ui.fx;
