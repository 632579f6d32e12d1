/**
 * The entry point ({@link kz.aimaq.Launcher}): with no arguments, or a project file, it starts the
 * desktop app ({@code ui}); with a command name it runs the headless command line ({@code cli}).
 * Nothing else lives here, so neither layer depends on the other through it.
 */
package kz.aimaq;
