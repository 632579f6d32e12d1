package kz.aimaq.core.geo;

import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;

import java.text.Normalizer;
import java.util.*;

/**
 * Finds the catalogue region (two-digit KATO) that a boundary file names, for files without
 * codes such as OSM exports ("Aqtöbe region", "Jetisu Region", "Астана", "Абай облысы").
 * Names are compared after normalising spelling variants (q/k, j/zh, ö/o, y/i, Latin
 * look-alikes in Cyrillic) and removing the words for region/city; "Almaty Region" and
 * "Almaty" are told apart by those words, a bare name meaning the city when both exist.
 */
public final class RegionNameMatcher {
    private enum Kind { OBLAST, CITY, ANY }

    private record Key(String base, Kind kind) {}

    private final Map<String, List<Region>> byBase = new HashMap<>();

    public RegionNameMatcher(RegionCatalog catalog) {
        for (Region r : catalog.current()) {
            for (String n : List.of(r.nameEn(), r.nameRu(), r.nameKk())) {
                List<Region> list = byBase.computeIfAbsent(key(n).base(), k -> new ArrayList<>());
                if (!list.contains(r)) list.add(r);
            }
        }
    }

    /** The two-digit KATO code the name refers to, if exactly one current region fits. */
    public Optional<String> match(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        Key k = key(name);
        List<Region> candidates = byBase.getOrDefault(k.base(), List.of());
        List<Region> fit = candidates.stream().filter(r -> switch (k.kind()) {
            case OBLAST -> r.type() == Region.Type.OBLAST;
            case CITY -> r.type() == Region.Type.CITY;
            case ANY -> true;
        }).toList();
        if (fit.size() > 1 && k.kind() == Kind.ANY) {
            fit = fit.stream().filter(r -> r.type() == Region.Type.CITY).toList();
        }
        return fit.size() == 1 ? Optional.of(fit.getFirst().kato()) : Optional.empty();
    }

    private static final Set<String> OBLAST_WORDS = Set.of("region", "oblast", "oblysy", "province",
            "облысы", "область", "обл");
    private static final Set<String> CITY_WORDS = Set.of("city", "kalasy", "қаласы", "город", "г", "қ");

    private static Key key(String name) {
        String s = NameRepair.fixHomoglyphs(name).toLowerCase(Locale.ROOT);
        s = s.replace('ё', 'е');
        Kind kind = Kind.ANY;
        StringBuilder base = new StringBuilder();
        for (String w : s.split("[^\\p{L}\\p{N}-]+")) {
            if (w.isEmpty()) continue;
            if (OBLAST_WORDS.contains(w)) { kind = Kind.OBLAST; continue; }
            if (CITY_WORDS.contains(w)) { kind = Kind.CITY; continue; }
            if (!base.isEmpty()) base.append(' ');
            base.append(spelling(w));
        }
        return new Key(base.toString(), kind);
    }

    /** Folds Latin transliteration variants together; Cyrillic words pass through unchanged. */
    private static String spelling(String w) {
        String s = Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (s.chars().anyMatch(ch -> Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC)) {
            return w;
        }
        return s.replace("ı", "i").replace("zh", "j").replace("j", "zh").replace("kh", "k").replace("gh", "g")
                .replace('q', 'k').replace('y', 'i').replace("ii", "i");
    }
}
