/**
 * Region passports in the app: right-click a region on the map → Region passport… (PDF or PPTX), and
 * File → Export atlas… with progress and cancel. The work runs off the FX thread in
 * {@link kz.aimaq.ui.passport.PassportViewModel}; the pages are {@code core.export}'s, the same as
 * the {@code passport} and {@code atlas} commands write.
 */
package kz.aimaq.ui.passport;
