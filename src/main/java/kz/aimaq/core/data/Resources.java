package kz.aimaq.core.data;

import kz.aimaq.core.i18n.MissingFileException;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where Aimaq finds its bundled tables and the boundary files.
 * The project's own datasets/ and maps/ are on the classpath (the build copies them in).
 * Boundary files are never copied into the repository: they are read from ../shared/data
 * (beside a checkout), from the folder given by {@code -Daimaq.shared} or {@code AIMAQ_SHARED},
 * or from the data folder bundled next to an installed app. {@code -Daimaq.sharedLookup=false}
 * switches off the implicit places (beside the checkout, the working folder, the app's home),
 * leaving only the folder given explicitly: with it, tests see what a fresh clone without
 * {@code ../shared} sees (the embedded simplified boundaries, see {@code EmbeddedBoundaries}).
 */
public final class Resources {
    private Resources() {}

    public static Reader reader(String classpathName) throws IOException {
        return new BufferedReader(new InputStreamReader(stream(classpathName), StandardCharsets.UTF_8));
    }

    public static InputStream stream(String classpathName) throws IOException {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(classpathName);
        if (in == null) throw new FileNotFoundException("Missing bundled resource " + classpathName);
        return in;
    }

    /** The candidate folders that may hold {@code data/boundaries}, most specific first. */
    public static List<Path> sharedCandidates() {
        List<Path> c = new ArrayList<>();
        String prop = System.getProperty("aimaq.shared");
        if (prop != null && !prop.isBlank()) c.add(Path.of(prop));
        String env = System.getenv("AIMAQ_SHARED");
        if (env != null && !env.isBlank()) c.add(Path.of(env));
        if (!implicitLookup()) return c;
        String home = System.getProperty("aimaq.home");
        if (home != null && !home.isBlank()) {
            c.add(Path.of(home, "shared"));
            c.add(Path.of(home).resolve("../shared"));
        }
        Path cwd = Path.of("").toAbsolutePath();
        c.add(cwd.resolve("../shared"));
        c.add(cwd.resolve("shared"));
        c.add(cwd.resolve("target/shared"));
        return c;
    }

    /** False when {@code -Daimaq.sharedLookup=false}: only -Daimaq.shared / AIMAQ_SHARED are looked at. */
    public static boolean implicitLookup() {
        return !"false".equalsIgnoreCase(System.getProperty("aimaq.sharedLookup", "true").trim());
    }

    /** The shared folder that holds {@code data/boundaries}, or an explanation of where it was looked for. */
    public static Path sharedFolder() throws FileNotFoundException {
        for (Path p : sharedCandidates()) {
            if (Files.isDirectory(p.resolve("data/boundaries"))) return p.normalize();
        }
        throw new MissingFileException("core.data.sharedMissing", sharedCandidates());
    }

    public static Path boundaryFile(String relative) throws FileNotFoundException {
        Path p = sharedFolder().resolve("data/boundaries").resolve(relative);
        if (!Files.exists(p)) throw new MissingFileException("core.data.boundaryMissing", p);
        return p;
    }

    /**
     * Prepared cache entries that come with the installed app ({@code <aimaq.home>/cache}, made
     * by the packaging script's training run; see {@code packaging/build-app-image.sh}), read
     * when the user's cache folder has no entry for a layer; never written. Null when the app
     * carries none (a developer's checkout).
     */
    public static Path preparedCacheFolder() {
        String home = System.getProperty("aimaq.home");
        if (home == null || home.isBlank()) return null;
        Path dir = Path.of(home, "cache");
        return Files.isDirectory(dir) ? dir : null;
    }

    /**
     * Where Aimaq keeps re-creatable files (prepared map layers): -Daimaq.cache, else the
     * platform's cache folder. Null when no folder can be used (the app then just works slower).
     */
    public static Path cacheFolder() {
        String prop = System.getProperty("aimaq.cache");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        String home = System.getProperty("user.home");
        if (home == null) return null;
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return local != null ? Path.of(local, "Aimaq", "cache") : Path.of(home, "AppData", "Local", "Aimaq", "cache");
        }
        if (os.contains("mac")) return Path.of(home, "Library", "Caches", "Aimaq");
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "aimaq") : Path.of(home, ".cache", "aimaq");
    }

    /**
     * A bundled resource's key by its content, the same wherever the app is installed: its name,
     * size and CRC-32 (a jar entry's from the jar's directory, a plain file's computed). Null
     * when it cannot be had.
     */
    public static String contentKey(java.net.URL url) {
        try {
            java.net.URLConnection c = url.openConnection();
            if (c instanceof java.net.JarURLConnection jar) {
                java.util.jar.JarEntry e = jar.getJarEntry();
                return e.getName() + '|' + e.getSize() + '/' + Long.toHexString(e.getCrc());
            }
            if ("file".equals(url.getProtocol())) {
                Path p = Path.of(url.toURI());
                return p.getFileName() + "|" + sizeAndCrc(p);
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** A file's size and CRC-32 ({@code 419824#5e1c0a2b}): what tells its content from another's, wherever it lies. */
    public static String sizeAndCrc(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        return bytes.length + "#" + Long.toHexString(crc.getValue());
    }

    /**
     * What tells one copy of a bundled resource from another: where it was loaded from, with its
     * size and modification time (of the jar, and the entry's size and CRC, when it is in one).
     * Files made from a resource in the cache folder are named by it, so a new build or an edited
     * file is read afresh. Null when nothing tells copies apart (then nothing is cached).
     */
    public static String versionKey(java.net.URL url) {
        StringBuilder b = new StringBuilder(url.toString());
        try {
            java.net.URLConnection c = url.openConnection();
            if (c instanceof java.net.JarURLConnection jar) {
                Path jarFile = Path.of(jar.getJarFileURL().toURI());
                b.append('|').append(Files.size(jarFile)).append('@').append(Files.getLastModifiedTime(jarFile).toMillis());
                b.append('|').append(jar.getJarEntry().getSize()).append('/').append(jar.getJarEntry().getCrc());
            } else if ("file".equals(url.getProtocol())) {
                Path p = Path.of(url.toURI());
                b.append('|').append(Files.size(p)).append('@').append(Files.getLastModifiedTime(p).toMillis());
            } else {
                return null;
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
        return b.toString();
    }
}
