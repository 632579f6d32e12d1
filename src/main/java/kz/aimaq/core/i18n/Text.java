package kz.aimaq.core.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * A message for the user not yet put into words: a bundle key ({@code i18n/messages*.properties})
 * and its arguments. Core code that reports something to the user returns or throws a Text, and
 * whoever shows it (a view model, the CLI) says it in the user's language with {@link #in}.
 * An argument may itself be a Text (a reason inside a sentence), or a list of Texts (said one
 * after another), and is said in the same language.
 * Whole numbers are shown as they are (a year is 2024, never "2,024"); other numbers as Java
 * writes them, with a decimal comma in Kazakh and Russian ("2.5" in English, "2,5" in Russian).
 */
public record Text(String key, List<Object> args) {
    public Text {
        args = args.stream().map(a -> a == null ? (Object) "" : a).toList();
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** The message in {@code m}'s language. */
    public String in(Messages m) {
        Object[] a = new Object[args.size()];
        for (int i = 0; i < a.length; i++) {
            Object v = args.get(i);
            a[i] = v instanceof Text t ? t.in(m)
                    : v instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(x -> x instanceof Text)
                            ? String.join(" ", list.stream().map(x -> ((Text) x).in(m)).toList())
                    : v instanceof Integer || v instanceof Long || v instanceof Short ? v.toString()
                    : v instanceof Double || v instanceof Float ? decimal(v.toString(), m)
                    : v;
        }
        return m.format(key, a);
    }

    private static String decimal(String s, Messages m) {
        return m.lang().equals("en") ? s : s.replace('.', ',');
    }

    /** The message in English (the CLI's default language, logs, {@code getMessage()}). */
    public String en() { return in(EN); }

    private static final Messages EN = Messages.of("en");
}
