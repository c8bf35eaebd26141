package dev.quicken.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The dis fixtures written by tools/gen_dis_fixtures.py. */
final class Fixtures {

    static final Path DIR = Paths.get("src", "test", "resources", "dis");

    private Fixtures() {
    }

    /** Names of the samples (src/NAME.py with NAME.pyc, NAME.dis, NAME.caches.dis, NAME.tables). */
    static List<String> samples() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pyc"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static CodeObject load(String name) {
        try {
            return Pyc.load(bytes(name));
        } catch (MarshalException e) {
            throw new AssertionError(name + ": " + e.getMessage(), e);
        }
    }

    /** Replaces code object addresses, which never match CPython's. */
    static String normalize(String dis) {
        return dis.replaceAll(" at 0x[0-9a-f]+", " at 0xADDR");
    }
}
