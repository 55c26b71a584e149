package org.gongkai.disclosure.internal.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontLocatorTest {
    static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @TempDir
    Path dir;

    @Test
    void candidatesAreTheExplicitFileThenTheDirectoryByNameThenSystemPaths() throws IOException {
        Path explicit = Files.writeString(dir.resolve("explicit.ttf"), "x");
        Path fonts = Files.createDirectory(dir.resolve("fonts"));
        Path b = Files.writeString(fonts.resolve("b.TTF"), "x");
        Path a = Files.writeString(fonts.resolve("a.ttc"), "x");
        Files.writeString(fonts.resolve("c.otf"), "x");
        Files.writeString(fonts.resolve("readme.txt"), "x");
        Path system = Files.writeString(dir.resolve("system.ttc"), "x");
        List<Path> candidates = new FontLocator(explicit, fonts, List.of(dir.resolve("missing.ttc"), system)).candidates();
        assertEquals(List.of(explicit, a, b, system), candidates);
    }

    @Test
    void noUsableFontGivesABilingualMessageNamingTheDebianPackageAndTheDirectory() throws IOException {
        Path fonts = Files.createDirectory(dir.resolve("fonts"));
        byte[] junk = new byte[4096];
        new Random(1).nextBytes(junk);
        Files.write(fonts.resolve("broken.ttf"), junk);
        Files.writeString(fonts.resolve("NotoSansCJK-Regular.otf"), "OTTO");
        boolean latinFont = Files.isRegularFile(DEJAVU);
        if (latinFont) {
            Files.copy(DEJAVU, fonts.resolve("dejavu.ttf"));
        }
        FontLocator locator = new FontLocator(dir.resolve("nope.ttf"), fonts, List.of());
        FontNotFoundException e = assertThrows(FontNotFoundException.class, locator::locate);
        assertEquals("FONT_MISSING", e.code());
        assertTrue(e.userMessage().zh().contains("fonts-wqy-microhei"), e.userMessage().zh());
        assertTrue(e.userMessage().zh().contains(fonts.toString()));
        assertTrue(e.userMessage().en().contains("fonts-wqy-microhei"), e.userMessage().en());
        assertTrue(e.userMessage().en().contains(fonts.toString()));
        assertEquals(latinFont ? 3 : 2, e.tried().size(), e.tried().toString());
        assertTrue(e.tried().get(0).endsWith("nope.ttf: no such file"), e.tried().toString());
        if (latinFont) {
            assertTrue(e.tried().get(2).contains("no glyphs for Chinese characters"), e.tried().toString());
        }
        assertTrue(e.getMessage().contains("broken.ttf"));
    }

    @Test
    void findsWenQuanYiMicroHeiInItsCollectionAfterUnusableCandidates() throws IOException {
        assumeTrue(Files.isRegularFile(WQY), "fonts-wqy-microhei is not installed");
        Path fonts = Files.createDirectory(dir.resolve("fonts"));
        Files.writeString(fonts.resolve("broken.ttc"), "not a font");
        try (CjkFont font = new FontLocator(dir.resolve("nope.ttf"), fonts).locate()) {
            assertEquals(WQY, font.path());
            assertTrue(font.name().startsWith("WenQuanYi"), font.name());
            assertTrue(font.canDisplay('中') && font.canDisplay('文') && font.canDisplay('〔'));
            assertEquals("魏□某 x", font.displayable("魏\uD840\uDC00某\tx"));
        }
    }

    @Test
    void anExplicitFontIsPreferred() throws IOException {
        assumeTrue(Files.isRegularFile(WQY), "fonts-wqy-microhei is not installed");
        Path copy = Files.copy(WQY, dir.resolve("chosen.ttc"));
        try (CjkFont font = new FontLocator(copy, null, List.of()).locate()) {
            assertEquals(copy, font.path());
        }
    }
}
