package dev.quicken.analysis.model;

/** One instruction site: a code object and a CPython byte offset in it. */
public record SiteKey(CodeKey code, int offset) implements Comparable<SiteKey> {

    @Override
    public int compareTo(SiteKey o) {
        int c = code.compareTo(o.code);
        return c != 0 ? c : Integer.compare(offset, o.offset);
    }

    @Override
    public String toString() {
        return code + " @" + offset;
    }
}
