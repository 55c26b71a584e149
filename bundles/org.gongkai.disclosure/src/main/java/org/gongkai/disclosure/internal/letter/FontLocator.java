package org.gongkai.disclosure.internal.letter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a Chinese TrueType font for PDF letters: the configured file, then every .ttf/.ttc in the font directory
 * (by name), then well-known Debian paths. The first that can be embedded wins; CFF-based .otf fonts cannot be.
 */
public final class FontLocator {
    /** Where Debian's Chinese TrueType font packages install their fonts. */
    public static final List<Path> SYSTEM_FONTS = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));
    private static final Logger LOG = LoggerFactory.getLogger(FontLocator.class);

    private final Path explicitFont;
    private final Path fontDirectory;
    private final List<Path> systemFonts;

    /** Looks at {@code explicitFont} and {@code fontDirectory} (either may be null), then {@link #SYSTEM_FONTS}. */
    public FontLocator(Path explicitFont, Path fontDirectory) {
        this(explicitFont, fontDirectory, SYSTEM_FONTS);
    }

    /** As above with other system paths (for tests, or a distribution other than Debian). */
    public FontLocator(Path explicitFont, Path fontDirectory, List<Path> systemFonts) {
        this.explicitFont = explicitFont;
        this.fontDirectory = fontDirectory;
        this.systemFonts = List.copyOf(systemFonts);
    }

    /** The files that would be tried, in order; those that do not exist are left out. */
    public List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        if (explicitFont != null && Files.isRegularFile(explicitFont)) {
            out.add(explicitFont);
        }
        if (fontDirectory != null && Files.isDirectory(fontDirectory)) {
            try (Stream<Path> files = Files.list(fontDirectory)) {
                files.filter(Files::isRegularFile).filter(FontLocator::isTrueTypeName)
                        .sorted(Comparator.comparing(p -> p.getFileName().toString())).forEach(out::add);
            } catch (IOException e) {
                LOG.warn("Cannot list the font directory {}", fontDirectory, e);
            }
        }
        systemFonts.stream().filter(Files::isRegularFile).forEach(out::add);
        return out;
    }

    /** Opens the first usable candidate; the caller keeps it open while making PDFs and closes it at the end. */
    public CjkFont locate() {
        List<String> tried = new ArrayList<>();
        if (explicitFont != null && !Files.isRegularFile(explicitFont)) {
            tried.add(explicitFont + ": no such file");
        }
        for (Path candidate : candidates()) {
            try {
                CjkFont font = CjkFont.open(candidate);
                LOG.info("Letters use the font {} from {}", font.name(), candidate);
                return font;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Font {} cannot be used for letters: {}", candidate, e.getMessage());
                tried.add(candidate + ": " + e.getMessage());
            }
        }
        String dir = fontDirectory == null ? "etc/gongkai/fonts" : fontDirectory.toString();
        throw new FontNotFoundException(dir, tried);
    }

    private static boolean isTrueTypeName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ttf") || n.endsWith(".ttc");
    }
}
