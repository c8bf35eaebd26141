package dev.quicken.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quicken's cache directory and the remembered answer of {@code python3.11} about its Lib. */
class QuickenCacheTest {

    @TempDir
    Path dir;

    @Test
    void entryRoundTripAndKeyMismatch() {
        Path f = dir.resolve("sub").resolve("entry");
        assertNull(QuickenCache.read(f, "k\n"));
        QuickenCache.write(f, "k\n", "value");
        assertEquals("value", QuickenCache.read(f, "k\n"));
        assertNull(QuickenCache.read(f, "other\n"));
        assertNull(QuickenCache.read(f, "k"));
        QuickenCache.write(f, "k2\n", "v2");
        assertEquals("v2", QuickenCache.read(f, "k2\n"));
        assertNull(QuickenCache.read(f, "k\n"));
    }

    @Test
    void cacheDirectoryFromPropertyOrHome() {
        String oldDir = System.getProperty(QuickenCache.PROPERTY);
        String oldHome = System.getProperty("quicken.home");
        try {
            System.clearProperty(QuickenCache.PROPERTY);
            System.clearProperty("quicken.home");
            assertNull(QuickenCache.file("x"));
            System.setProperty("quicken.home", dir.toString());
            assertEquals(dir.resolve("target").resolve("cache").resolve("x"), QuickenCache.file("x"));
            System.setProperty(QuickenCache.PROPERTY, dir.resolve("c").toString());
            assertEquals(dir.resolve("c").resolve("x"), QuickenCache.file("x"));
        } finally {
            restore(QuickenCache.PROPERTY, oldDir);
            restore("quicken.home", oldHome);
        }
    }

    /** A remembered Lib is used without running python3.11 while the key holds; a stale one is asked again. */
    @Test
    void rememberedLibIsUsedWhileItsKeyHolds() throws IOException {
        Path exe = dir.resolve("bin").resolve("python3.11");
        Files.createDirectories(exe.getParent());
        Files.writeString(exe, "#!/bin/sh\nexit 1\n"); // would answer nothing if it were run
        exe.toFile().setExecutable(true);
        Path lib = dir.resolve("lib");
        Files.createDirectories(lib);
        Files.writeString(lib.resolve("os.py"), "");
        String old = System.getProperty(QuickenCache.PROPERTY);
        try {
            System.setProperty(QuickenCache.PROPERTY, dir.resolve("cache").toString());
            String key = StdlibLocator.askKey(exe);
            assertTrue(key.contains("PYENV_VERSION="), key); // a script: pyenv's choice is part of the key
            QuickenCache.write(StdlibLocator.cacheFile(key), key, lib.toString());
            assertEquals(lib, StdlibLocator.askCached(exe));
            // the executable changed: asked again (and this one answers nothing)
            Files.setLastModifiedTime(exe, FileTime.fromMillis(Files.getLastModifiedTime(exe).toMillis() - 60_000));
            assertNotEquals(key, StdlibLocator.askKey(exe));
            assertNull(StdlibLocator.askCached(exe));
            // the remembered directory is no Lib any more: asked again
            QuickenCache.write(StdlibLocator.cacheFile(StdlibLocator.askKey(exe)), StdlibLocator.askKey(exe), lib.toString());
            Files.delete(lib.resolve("os.py"));
            assertNull(StdlibLocator.askCached(exe));
        } finally {
            restore(QuickenCache.PROPERTY, old);
        }
    }

    /** Two environments (two python3.11 executables) keep an entry each: neither run asks again. */
    @Test
    void eachEnvironmentKeepsItsEntry() throws IOException {
        Path lib = dir.resolve("lib2");
        Files.createDirectories(lib);
        Files.writeString(lib.resolve("os.py"), "");
        Path[] exes = {dir.resolve("a").resolve("python3.11"), dir.resolve("b").resolve("python3.11")};
        String old = System.getProperty(QuickenCache.PROPERTY);
        try {
            System.setProperty(QuickenCache.PROPERTY, dir.resolve("cache2").toString());
            for (Path exe : exes) {
                Files.createDirectories(exe.getParent());
                Files.write(exe, new byte[] {0x7f, 'E', 'L', 'F'}); // would fail if it were run
                String key = StdlibLocator.askKey(exe);
                QuickenCache.write(StdlibLocator.cacheFile(key), key, lib.toString());
            }
            assertNotEquals(StdlibLocator.cacheFile(StdlibLocator.askKey(exes[0])),
                    StdlibLocator.cacheFile(StdlibLocator.askKey(exes[1])));
            for (int round = 0; round < 2; round++) {
                for (Path exe : exes) {
                    assertEquals(lib, StdlibLocator.askCached(exe));
                }
            }
        } finally {
            restore(QuickenCache.PROPERTY, old);
        }
    }

    @Test
    void binaryKeyHasNoPyenvPart() throws IOException {
        Path exe = dir.resolve("python3.11");
        Files.write(exe, new byte[] {0x7f, 'E', 'L', 'F'});
        String key = StdlibLocator.askKey(exe);
        assertTrue(key.startsWith("exe " + exe + " 4 "), key);
        assertFalse(key.contains("PYENV"), key);
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}
