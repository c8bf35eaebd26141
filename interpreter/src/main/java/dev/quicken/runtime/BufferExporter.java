package dev.quicken.runtime;

/**
 * An object other than bytes, bytearray and memoryview that exports its contents through the buffer
 * protocol (CPython's {@code bf_getbuffer}), such as {@code array.array}: one contiguous run of items
 * in the native (little-endian) byte order, which {@link Buffers} reads and {@link PyMemoryView} views live.
 */
public interface BufferExporter {

    /** The live backing bytes; the first {@link #bufferLength()} of them are the contents. */
    byte[] bufferArray();

    /** The contents' length in bytes. */
    int bufferLength();

    /** The struct format character of one item ({@code 'B'}, {@code 'i'}, {@code 'd'}, ...). */
    char bufferFormat();
}
