package kz.aimaq.core.region;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.*;
import java.util.regex.Pattern;

/**
 * Finds the region a label in somebody's table means: a KATO code (2 or 9 digits), an ISO
 * 3166-2 code (with or without hyphen, current or withdrawn alpha), or a name in Kazakh, Russian
 * or English in the forms real tables use ("Акмолинская обл.", "Ақмола облысы", "Akmolinskaya",
 * "г.Нур-Султан", "Туркестанская2)", "Shimkent city").
 *
 * <p>How a name is compared: footnote markers ("2)", "*") are dropped, Latin letters that look
 * Cyrillic inside a Cyrillic word are fixed, the words that say "region" or "city" (область,
 * облысы, Region, г., қаласы, city...) are removed but remembered, and what remains is reduced
 * to a Latin "skeleton" (Kazakh and Russian letters transliterated, y→i, kh→h, q→k, double
 * letters collapsed), so that Kazakh, Russian and transliterated spellings meet. Exact skeleton
 * hits against the catalogue's names give {@link Method#NAME}; hits against the alias table
 * ({@code region_aliases.csv}: old names, abbreviations, spellings) give {@link Method#ALIAS};
 * otherwise the closest name by Jaro-Winkler similarity is offered as {@link Method#FUZZY} when
 * it reaches {@link #FUZZY_THRESHOLD}. A fuzzy match is a suggestion the user must confirm.
 *
 * <p>"Алматы" or "Almaty" alone can be the region or the city. {@link #match} returns it as
 * {@link Method#AMBIGUOUS} with both candidates; {@link #matchAll} settles it from the rest of
 * the table (if "Алматы қаласы" is another row, the bare one is the region).
 *
 * <p>Thread-safe and immutable; build one per catalogue.
 */
public final class RegionNameMatcher {

    /** How a label was recognised. NATIONAL: the national total row, not a region. */
    public enum Method { KATO, ISO, NAME, ALIAS, FUZZY, NATIONAL, AMBIGUOUS, NONE }

    /** Jaro-Winkler similarity from which a name is offered as a fuzzy match (0..1). */
    public static final double FUZZY_THRESHOLD = 0.92;

    /**
     * The outcome for one label.
     * @param region     the region (national total for NATIONAL), empty for NONE / AMBIGUOUS
     * @param score      1 for exact methods, the similarity for FUZZY, the best similarity seen for NONE
     * @param candidates the possible regions for AMBIGUOUS (and the suggestion for FUZZY)
     */
    public record Match(String label, Optional<Region> region, Method method, double score, List<Region> candidates) {
        public boolean isExact() {
            return method == Method.KATO || method == Method.ISO || method == Method.NAME
                    || method == Method.ALIAS || method == Method.NATIONAL;
        }
        public boolean isNational() { return method == Method.NATIONAL; }
        static Match none(String label, double score) { return new Match(label, Optional.empty(), Method.NONE, score, List.of()); }
    }

    private enum Kind { CITY, OBLAST, ANY }

    private record Entry(String kato, Kind kind, Method method) {}

    private final RegionCatalog catalog;
    /** skeleton -> entries sharing it (several only for Almaty). */
    private final Map<String, List<Entry>> index = new HashMap<>();

    public RegionNameMatcher(RegionCatalog catalog) {
        this.catalog = catalog;
        for (Region r : catalog.all()) {
            if (r.isNational()) continue;
            Kind kind = r.type() == Region.Type.CITY ? Kind.CITY : Kind.OBLAST;
            for (String n : List.of(r.nameEn(), r.nameRu(), r.nameKk())) {
                if (n != null && !n.isBlank()) add(parse(n).skeleton, r.kato(), kind, Method.NAME);
            }
        }
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                RegionNameMatcher.class.getResourceAsStream("region_aliases.csv"), "region_aliases.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String kato = rec.get("kato");
                if (!kato.equals(Region.NATIONAL) && catalog.byKato(kato).isEmpty()) continue;
                String alias = rec.get("alias");
                Kind kind = switch (rec.get("kind")) { case "city" -> Kind.CITY; case "oblast" -> Kind.OBLAST; default -> Kind.ANY; };
                String key = alias.toUpperCase(Locale.ROOT).matches("KZ-?[A-Z]{3}") ? isoKey(alias) : parse(alias).skeleton;
                add(key, kato, kind, kato.equals(Region.NATIONAL) ? Method.NATIONAL
                        : key.startsWith("iso:") ? Method.ISO : Method.ALIAS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static volatile RegionNameMatcher bundled;

    /** A matcher over {@link RegionCatalog#bundled()}. */
    public static RegionNameMatcher bundled() {
        RegionNameMatcher m = bundled;
        if (m == null) m = bundled = new RegionNameMatcher(RegionCatalog.bundled());
        return m;
    }

    public RegionCatalog catalog() { return catalog; }

    private void add(String key, String kato, Kind kind, Method method) {
        if (key.isEmpty()) return;
        List<Entry> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        // a catalogue name beats an alias spelling of the same region
        if (list.stream().noneMatch(e -> e.kato.equals(kato) && e.kind == kind)) list.add(new Entry(kato, kind, method));
    }

    /** Labels repeat (a long table names each region hundreds of times): remember recent answers. */
    private final Map<String, Match> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 20_000;

    /** Matches one label on its own (no context). Never throws; blank text gives NONE. */
    public Match match(String label) {
        String raw = label == null ? "" : label;
        Match cached = cache.get(raw);
        if (cached != null) return cached;
        Match m = matchUncached(raw);
        if (cache.size() >= CACHE_LIMIT) cache.clear();
        cache.put(raw, m);
        return m;
    }

    private Match matchUncached(String raw) {
        Parsed p = parse(raw);
        if (p.skeleton.isEmpty() && p.code.isEmpty()) return Match.none(raw, 0);

        // codes first: they are unambiguous
        if (!p.code.isEmpty()) {
            String c = p.code;
            if (c.matches("\\d{9}") || c.matches("\\d{1,2}")) {
                String kato = RegionCatalog.normaliseKato(c);
                if (kato.equals(Region.NATIONAL)) return national(raw);
                Optional<Region> r = catalog.byKato(kato);
                if (r.isPresent()) return new Match(raw, r, Method.KATO, 1, List.of());
                return Match.none(raw, 0);
            }
            if (c.matches("KZ-?\\d{2}")) {
                Optional<Region> r = catalog.byKato(RegionCatalog.normaliseKato(c));
                return r.map(region -> new Match(raw, Optional.of(region), Method.ISO, 1, List.<Region>of()))
                        .orElseGet(() -> Match.none(raw, 0));
            }
            if (c.equals("KZ")) return national(raw);
            List<Entry> iso = index.get(isoKey(c));
            if (iso != null) return new Match(raw, catalog.byKato(iso.getFirst().kato), Method.ISO, 1, List.of());
        }

        // a district, village or city administration ("Абай ауданы", "Ақмол а.", "Қарағанды қ.ә.") is not a region
        if (p.district) return Match.none(raw, 0);

        List<Entry> hits = index.get(p.skeleton);
        if (hits != null && !hits.isEmpty()) {
            if (hits.getFirst().method == Method.NATIONAL) return national(raw);
            // "Ақтөбе қаласы" is the city of oblast significance, not Aktobe Region
            if (p.city && hits.stream().noneMatch(e -> e.kind != Kind.OBLAST)) return Match.none(raw, 0);
            List<Entry> chosen = hits;
            if (hits.size() > 1) {
                Kind want = p.city ? Kind.CITY : p.oblast ? Kind.OBLAST : Kind.ANY;
                if (want != Kind.ANY) {
                    List<Entry> k = hits.stream().filter(e -> e.kind == want || e.kind == Kind.ANY).toList();
                    if (!k.isEmpty()) chosen = k;
                }
            }
            Set<String> katos = new LinkedHashSet<>();
            chosen.forEach(e -> katos.add(e.kato));
            if (katos.size() == 1) {
                Entry e = chosen.getFirst();
                Method m = chosen.stream().anyMatch(x -> x.method == Method.NAME) ? Method.NAME : e.method;
                return new Match(raw, catalog.byKato(e.kato), m, 1, List.of());
            }
            List<Region> cands = katos.stream().map(catalog::require).toList();
            return new Match(raw, Optional.empty(), Method.AMBIGUOUS, 1, cands);
        }

        // fuzzy: closest skeleton
        // numbers and very short text are never names
        if (p.skeleton.length() < 4 || p.skeleton.chars().allMatch(Character::isDigit)) return Match.none(raw, 0);
        double best = 0;
        String bestKey = null;
        for (var ke : index.entrySet()) {
            String key = ke.getKey();
            if (key.startsWith("iso:")) continue;
            if (p.city && ke.getValue().stream().noneMatch(e -> e.kind != Kind.OBLAST)) continue;
            double s = jaroWinkler(p.skeleton, key);
            if (s > best) { best = s; bestKey = key; }
        }
        if (bestKey != null && best >= FUZZY_THRESHOLD) {
            Entry e = index.get(bestKey).stream().filter(x -> !p.city || x.kind != Kind.OBLAST).findFirst().orElseThrow();
            if (e.method == Method.NATIONAL) return Match.none(raw, best);
            Region r = catalog.require(e.kato);
            return new Match(raw, Optional.of(r), Method.FUZZY, best, List.of(r));
        }
        return Match.none(raw, best);
    }

    /**
     * Matches every label of a table column, settling ambiguous ones ("Алматы") from the others:
     * a candidate already taken by an exact match elsewhere is ruled out; if exactly one
     * candidate is left the label gets it (method NAME), otherwise it stays AMBIGUOUS.
     */
    public List<Match> matchAll(List<String> labels) {
        List<Match> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String l : labels) {
            Match m = match(l);
            out.add(m);
            if (m.isExact() && m.region().isPresent()) taken.add(m.region().get().kato());
        }
        for (int i = 0; i < out.size(); i++) {
            Match m = out.get(i);
            if (m.method() != Method.AMBIGUOUS) continue;
            List<Region> free = m.candidates().stream().filter(r -> !taken.contains(r.kato())).toList();
            if (free.size() == 1) {
                out.set(i, new Match(m.label(), Optional.of(free.getFirst()), Method.NAME, 1, m.candidates()));
                taken.add(free.getFirst().kato());
            }
        }
        return out;
    }

    private Match national(String raw) {
        return new Match(raw, catalog.byKato(Region.NATIONAL), Method.NATIONAL, 1, List.of());
    }

    // ---------------------------------------------------------------- normalisation

    private static final Pattern FOOTNOTE = Pattern.compile("(\\s*(\\d{1,2}\\)|\\*+|[\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]+))+$");
    private static final Set<String> CITY_WORDS = Set.of("г", "гор", "город", "города", "қаласы", "қала", "қ", "city", "qalasy", "shahary");
    private static final Set<String> DISTRICT_WORDS = Set.of("ауданы", "аудан", "район", "района", "р-н", "district", "raion",
            "audany", "а", "ауылы", "ауыл", "с", "село", "п", "пос", "поселок", "посёлок", "к", "кенті", "ә", "га", "village");
    private static final Set<String> OBLAST_WORDS = Set.of("область", "обл", "области", "облысы", "облысының",
            "region", "oblast", "oblysy", "province", "reg");

    /** A label taken apart: code-like text, the region/city words seen, and the name skeleton. */
    record Parsed(String code, boolean city, boolean oblast, boolean district, String skeleton) {}

    static Parsed parse(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFC)
                .replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').strip();
        s = FOOTNOTE.matcher(s).replaceAll("").strip();
        String compact = s.replace(" ", "").toUpperCase(Locale.ROOT);
        String code = "";
        if (compact.matches("\\d{1,2}|\\d{9}|KZ-?\\d{2}|KZ-?[A-Z]{3}|KZ")) code = compact;
        s = fixHomoglyphs(s).toLowerCase(Locale.ROOT);
        boolean city = false, oblast = false, district = false;
        StringBuilder stem = new StringBuilder();
        for (String tok : s.split("[\\s.,;:()\\[\\]«»\"'/\\\\\\-–—_]+")) {
            if (tok.isEmpty()) continue;
            if (CITY_WORDS.contains(tok)) { city = true; continue; }
            if (OBLAST_WORDS.contains(tok)) { oblast = true; continue; }
            if (DISTRICT_WORDS.contains(tok)) { district = true; continue; }
            if (tok.equals("of")) continue;   // "city of Almaty"
            stem.append(tok);
        }
        return new Parsed(code, city, oblast, district, skeleton(stem.toString()));
    }

    private static String isoKey(String code) {
        return "iso:" + code.toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }

    private static final String LATIN_LOOKALIKE = "AaBCcEeHKkMOoPpTXxYy";
    private static final String CYRILLIC_TWIN   = "АаВСсЕеНКкМОоРрТХхУу";

    /** In a word that has Cyrillic letters, Latin look-alikes (typed on the wrong layout) become Cyrillic. */
    static String fixHomoglyphs(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String word : s.split("(?<=\\s)|(?=\\s)")) {
            boolean cyr = word.chars().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.CYRILLIC);
            if (!cyr) { out.append(word); continue; }
            for (char ch : word.toCharArray()) {
                int i = LATIN_LOOKALIKE.indexOf(ch);
                out.append(i >= 0 ? CYRILLIC_TWIN.charAt(i) : ch);
            }
        }
        return out.toString();
    }

    private static final Map<Character, String> TRANSLIT = new HashMap<>();
    static {
        String[] pairs = {"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e", "ж", "zh", "з", "z",
                "и", "i", "й", "i", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s",
                "т", "t", "у", "u", "ф", "f", "х", "h", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "sh", "ъ", "", "ы", "i",
                "ь", "", "э", "e", "ю", "iu", "я", "ia", "ә", "a", "ғ", "g", "қ", "k", "ң", "n", "ө", "o", "ұ", "u",
                "ү", "u", "һ", "h", "і", "i",
                // Kazakh and Turkic Latin letters
                "á", "a", "ä", "a", "ǵ", "g", "ğ", "g", "ı", "i", "ń", "n", "ó", "o", "ö", "o", "ú", "u", "ü", "u",
                "ý", "u", "ş", "sh", "ç", "ch", "é", "e", "q", "k", "j", "zh", "y", "i", "w", "u"};
        for (int i = 0; i < pairs.length; i += 2) TRANSLIT.put(pairs[i].charAt(0), pairs[i + 1]);
    }

    /** Lower-case text to a Latin skeleton where Kazakh, Russian and transliterated spellings meet. */
    static String skeleton(String lower) {
        StringBuilder b = new StringBuilder();
        for (char ch : lower.toCharArray()) {
            String t = TRANSLIT.get(ch);
            if (t != null) b.append(t);
            else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) b.append(ch);
        }
        String s = b.toString()
                .replace("dzh", "zh").replace("zhzh", "zh").replace("kh", "h")
                .replace("iu", "u").replace("ia", "a");
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (out.isEmpty() || out.charAt(out.length() - 1) != ch) out.append(ch);
        }
        return out.toString();
    }

    /** Jaro-Winkler similarity (prefix scale 0.1, up to 4 characters). */
    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) return 1;
        int la = a.length(), lb = b.length();
        if (la == 0 || lb == 0) return 0;
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] ma = new boolean[la], mb = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            for (int j = Math.max(0, i - window); j < Math.min(lb, i + window + 1); j++) {
                if (!mb[j] && a.charAt(i) == b.charAt(j)) { ma[i] = mb[j] = true; matches++; break; }
            }
        }
        if (matches == 0) return 0;
        int t = 0, k = 0;
        for (int i = 0; i < la; i++) {
            if (!ma[i]) continue;
            while (!mb[k]) k++;
            if (a.charAt(i) != b.charAt(k)) t++;
            k++;
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - t / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(la, lb)) && a.charAt(prefix) == b.charAt(prefix)) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
