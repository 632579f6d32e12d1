/** Locale-aware formatting of figures for maps, legends and tables (en, ru, kk). */
package kz.aimaq.core.format;
