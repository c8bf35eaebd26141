package dev.quicken.modules.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.HashMap;
import java.util.Map;

/**
 * quicken's file descriptors: small integers (from 3; 0, 1 and 2 are the standard streams) naming the
 * Java channels opened by {@code FileIO} (and by {@code os.open}, which may share this table).
 */
public final class FdTable {

    private static final Map<Integer, FileChannel> OPEN = new HashMap<>();
    private static int next = 3;

    private FdTable() {
    }

    /** Registers {@code ch} and returns its new descriptor (the lowest free one, as POSIX does). */
    public static synchronized int add(FileChannel ch) {
        int fd = 3;
        while (OPEN.containsKey(fd)) {
            fd++;
        }
        OPEN.put(fd, ch);
        next = Math.max(next, fd + 1);
        return fd;
    }

    /** The channel of {@code fd}, or null when it is not open (or a standard stream). */
    public static synchronized FileChannel get(int fd) {
        return OPEN.get(fd);
    }

    /** Closes {@code fd}; false when it was not open. */
    public static boolean close(int fd) {
        FileChannel ch;
        synchronized (FdTable.class) {
            ch = OPEN.remove(fd);
        }
        if (ch == null) {
            return false;
        }
        try {
            ch.close();
        } catch (IOException e) {
            // closing a channel twice or after an I/O error: the descriptor is gone either way
        }
        return true;
    }
}
