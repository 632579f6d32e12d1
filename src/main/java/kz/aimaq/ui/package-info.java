/**
 * The JavaFX desktop app over the core: {@link kz.aimaq.ui.AimaqApp} starts it; each feature
 * package ({@code map}, {@code data}, {@code group}, {@code scenario}, {@code analysis},
 * {@code export}, {@code workspace}) has its view, a view model without nodes and its part of the
 * menus, and {@code shell} assembles them. Every word shown comes from the bundles; long work runs
 * off the UI thread.
 */
package kz.aimaq.ui;
