/**
 * The headless commands ({@code aimaq table|classify|render|...}): each a {@link kz.aimaq.cli.Command}
 * that parses its options with {@link kz.aimaq.cli.Args}, runs the core and prints CSV or JSON to
 * standard output. {@link kz.aimaq.cli.Cli#run} never throws: a mistake the user made prints one
 * line on standard error (in English, or in the command's {@code --lang}) and exits with 2, a bug
 * exits with 1. No JavaFX; the README's command list is checked against what these commands print.
 */
package kz.aimaq.cli;
