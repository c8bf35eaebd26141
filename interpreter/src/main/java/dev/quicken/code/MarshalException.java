package dev.quicken.code;

/**
 * Bad {@code .pyc} or marshal data: where (a byte offset in the file or buffer) and what is wrong.
 * The message reads {@code offset N: problem}.
 */
public final class MarshalException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Byte offset of the problem. */
    public final long offset;
    /** What is wrong, without the offset. */
    public final String problem;

    public MarshalException(long offset, String problem) {
        super("offset " + offset + ": " + problem);
        this.offset = offset;
        this.problem = problem;
    }
}
