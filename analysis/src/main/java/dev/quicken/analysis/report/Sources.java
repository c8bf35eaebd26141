package dev.quicken.analysis.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the source of {@code co_filename}s ({@code .py} files only): as given (absolute, or relative to the working
 * directory), then under each source root, then by file name alone under each root.
 */
public final class Sources {

    private final List<Path> roots;
    private final boolean enabled;
    private final Map<String, List<String>> cache = new HashMap<>();

    public Sources(List<Path> roots) {
        this(roots, true);
    }

    private Sources(List<Path> roots, boolean enabled) {
        this.roots = List.copyOf(roots);
        this.enabled = enabled;
    }

    /** No source at all (reports without source text). */
    public static Sources none() {
        return new Sources(List.of(), false);
    }

    /** The lines of {@code fileName}'s source, or null when it cannot be read. */
    public List<String> lines(String fileName) {
        // only Python sources: a recording cannot make a report embed other local files
        if (!enabled || fileName == null || !(fileName.endsWith(".py") || fileName.endsWith(".pyw"))) {
            return null;
        }
        return cache.computeIfAbsent(fileName, this::read);
    }

    /** Line {@code line} (1-based) of {@code fileName}, stripped; null when unknown. */
    public String line(String fileName, int line) {
        List<String> lines = lines(fileName);
        return lines == null || line < 1 || line > lines.size() ? null : lines.get(line - 1).strip();
    }

    private List<String> read(String fileName) {
        List<Path> candidates = new ArrayList<>();
        try {
            Path p = Path.of(fileName);
            candidates.add(p);
            for (Path root : roots) {
                if (!p.isAbsolute()) {
                    candidates.add(root.resolve(p));
                }
                if (p.getFileName() != null) {
                    candidates.add(root.resolve(p.getFileName()));
                }
            }
        } catch (InvalidPathException e) {
            return null;
        }
        for (Path c : candidates) {
            if (Files.isRegularFile(c) && Files.isReadable(c)) {
                try {
                    String text = new String(Files.readAllBytes(c), StandardCharsets.UTF_8);
                    List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
                    if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
                        lines.remove(lines.size() - 1);
                    }
                    return List.copyOf(lines);
                } catch (IOException e) {
                    // try the next candidate
                }
            }
        }
        return null;
    }
}
