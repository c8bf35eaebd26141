package dev.quicken.analysis.model;

/**
 * Identifies a code object across a run: {@code co_filename}, {@code co_qualname} and
 * {@code co_firstlineno}. Several interpreters running the same code share a key.
 */
public record CodeKey(String fileName, String qualName, int firstLineNumber) implements Comparable<CodeKey> {

    public CodeKey {
        fileName = fileName == null ? "" : fileName;
        qualName = qualName == null ? "" : qualName;
    }

    @Override
    public int compareTo(CodeKey o) {
        int c = fileName.compareTo(o.fileName);
        if (c == 0) {
            c = Integer.compare(firstLineNumber, o.firstLineNumber);
        }
        return c != 0 ? c : qualName.compareTo(o.qualName);
    }

    @Override
    public String toString() {
        return qualName + " (" + fileName + ":" + firstLineNumber + ")";
    }
}
