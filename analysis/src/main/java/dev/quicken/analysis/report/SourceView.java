package dev.quicken.analysis.report;

import java.util.List;

/**
 * The run's source files with every instruction site's span marked (specialist style).
 *
 * @param files    the files whose source could be read
 * @param missing  files named by the recording whose source could not be read
 */
public record SourceView(List<SourceFile> files, List<String> missing) implements Report.Part {

    /** The element id of line {@code line} of file number {@code file} in the HTML source view. */
    public static String anchor(int file, int line) {
        return "src-" + file + "-L" + line;
    }

    /** The anchor of {@code line} in the file called {@code name}, or null when the view does not show it. */
    public String anchor(String name, int line) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).name().equals(name) && line >= 1 && line <= files.get(i).lines().size()) {
                return anchor(i, line);
            }
        }
        return null;
    }

    /** One source file: its lines and the marked spans. */
    public record SourceFile(String name, List<String> lines, List<Span> spans) {
    }

    /**
     * An instruction's span: 1-based lines, 0-based character columns (end exclusive; -1 end
     * column = to the end of the line), how much it specialized (0..1, NaN = never ran quickened)
     * and the hover text.
     */
    public record Span(int line, int column, int endLine, int endColumn, double score, String details) {
        /** True when only the line is known. */
        public boolean lineOnly() {
            return column < 0;
        }
    }
}
