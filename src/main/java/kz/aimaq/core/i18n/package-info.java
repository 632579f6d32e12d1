/**
 * Words for the user in Kazakh, Russian and English. {@link kz.aimaq.core.i18n.Messages} reads the
 * bundles ({@code i18n/*.properties}); a {@link kz.aimaq.core.i18n.Text} is a message not yet put
 * into words (a key and its arguments), and the core's errors a user can cause are
 * {@link kz.aimaq.core.i18n.Localized} exceptions carrying one: {@code getMessage()} is English
 * (logs, CLI), {@code Localized.message(e, messages)} is what the UI shows. Tests keep the three
 * bundles aligned and fail on English text in a user-facing exception.
 */
package kz.aimaq.core.i18n;
