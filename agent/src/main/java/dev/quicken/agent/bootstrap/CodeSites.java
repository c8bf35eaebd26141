package dev.quicken.agent.bootstrap;

import dev.quicken.jfr.Opcodes;
import java.util.Arrays;

/**
 * The agent's state for one code object, hung on {@code ProbeCode.probeState()}: what the events
 * say about the code, one {@link Site} per instruction that reported something, and the owner
 * thread's hot counters.
 *
 * <p>Sites are indexed by code unit ({@code offset / 2}). The array only grows, and a grown copy
 * shares the old {@code Site} objects, so a thread still holding the old array counts into the
 * same counters: nothing is lost.
 *
 * <p>The hot counters of the {@link #owner} thread are {@code long[]}s indexed by code unit; for
 * confined code the hits array is also handed to the code object ({@code ProbeCode.probeHits}),
 * so a hit is two dependent loads (array, element) and a plain add. Code the interpreter runs
 * on one thread at a time ({@code ProbeCode.probeConfined()}: all of an interpreter's code) is
 * {@link #confined}: whichever thread runs it counts in the arrays, and the hot path does not ask
 * which thread it is on (that test cost nbody 15% of its time, docs/AGENT.md, Overhead). An entry holds one more
 * than the count once its site exists and 0 before: the hot path's test that the site exists is
 * the load it needs anyway. Only the owner writes them (and grows them, on its slow path); every
 * other thread counts on the {@link Site}'s atomic twins.
 */
final class CodeSites {

    final InterpreterCounters interpreter;
    /** Tells the interpreter's counters when the code object is collected; held here so it stays reachable. */
    final InterpreterCounters.Life life;
    final String codeName;
    final String qualName;
    final String fileName;
    final int firstLineNumber;

    /**
     * Not volatile: the hot path reads it on every hit. A thread that sees an old array, or a new
     * one without its latest element, finds no site and takes the synchronized slow path, which
     * sees everything; a {@link Site}'s identity fields are final, so it is safely published.
     */
    private Site[] sites = new Site[16];

    private static final long[] NONE = {};

    /**
     * The thread whose hot counts go to the arrays below with plain adds: the one that made this
     * state, the thread its interpreter runs on. Another thread takes over only when the owner has
     * died (its writes happen-before {@code isAlive()} returns false); written under this object's
     * lock, read plainly by the hot path (a stale read only sends a thread to the slow path).
     */
    Thread owner;
    /** Only one thread at a time runs the code: every thread counts as the owner. */
    final boolean confined;
    /**
     * The owner's hits per code unit: a plain count, grown only over sites that exist (the
     * {@code specialized} probe grows it, see {@link #mark}), and only when {@link #sawQuickening}.
     * A hit follows its site's specialization, so every entry that counts has its site, and the hot
     * path adds without the existence test {@link #misses} needs (that test cost nbody 12%). For
     * {@link #confined} code the same array is the code's {@code probeHits()}, which the hot path
     * reads (replaced there whenever it grows, by the owner, see {@link #hits(Object, long[])}).
     */
    long[] hits = NONE;
    /** The owner's misses per code unit, plus one once the site exists; 0 for no site. Owner writes only. */
    long[] misses = NONE;
    /** The owner's deferrals, as {@link #misses}. */
    long[] deferrals = NONE;
    /**
     * The agent saw this code object quickened, so it sees every specialization of it. Without it
     * (code quickened before a late attach) a hit may come at a site that does not exist yet: such
     * code counts its hits on the slow path, on the sites.
     */
    volatile boolean sawQuickening;

    CodeSites(InterpreterCounters interpreter, Object code, String codeName, String qualName, String fileName,
            int firstLineNumber, boolean confined) {
        this.confined = confined;
        this.interpreter = interpreter;
        this.life = new InterpreterCounters.Life(code, interpreter);
        this.codeName = codeName;
        this.qualName = qualName;
        this.fileName = fileName;
        this.firstLineNumber = firstLineNumber;
        this.owner = Thread.currentThread();
    }

    /** Which of the hot counters. */
    static final int HIT = 0;
    static final int MISS = 1;
    static final int DEFERRED = 2;

    /**
     * The hot probes' slow path: one more {@code which} at site {@code s} (at {@code offset}), by the
     * current thread. The owner (or a thread taking over from a dead owner) marks the site in its
     * array, growing it if needed, and counts there, so its next report takes the fast path; any
     * other thread counts on the site's atomic twin.
     */
    void count(Object code, Site s, int offset, int which) {
        Thread me = Thread.currentThread();
        if (!confined && owner != me && !takeOver(me)) {
            switch (which) {
                case HIT:
                    Site.HIT_SHARED.getAndAdd(s, 1L);
                    break;
                case MISS:
                    Site.MISS_SHARED.getAndAdd(s, 1L);
                    break;
                default:
                    Site.DEFERRED_SHARED.getAndAdd(s, 1L);
                    break;
            }
            return;
        }
        int index = offset >>> 1;
        if (which == HIT) {
            if (!sawQuickening) {
                Site.HIT_SHARED.getAndAdd(s, 1L);
                return;
            }
            long[] h = hits(code, covering(hits, index));
            h[index]++;
            return;
        }
        long[] a = covering(which == MISS ? misses : deferrals, index);
        if (which == MISS) {
            misses = a;
        } else {
            deferrals = a;
        }
        a[index] = a[index] == 0 ? 2 : a[index] + 1;
    }

    /**
     * Marks the site at {@code offset} (which exists now) in the owner's hit, miss and deferral
     * arrays, so that the instruction's next hit, miss or deferral already takes the inlined fast
     * path. Done by the rare probes that have just found or made the site ({@code specialized},
     * {@code specializationFailed}, {@code deoptimized}): a specialized instruction hits and misses,
     * and a failed or deoptimized one is adaptive again and defers (richards deoptimizes and
     * re-specializes thousands of sites per iteration, each followed by deferrals). Then the hot
     * probes' slow branch is seldom or never taken on the owner thread, C2 compiles it as an
     * uncommon trap instead of a call at each inlined copy, and the helpers around the probes keep
     * the size they have without the agent (docs/AGENT.md, Overhead). Only the owner writes its
     * arrays; other threads leave them alone. An entry already marked or counting is left as it is
     * (hits: the array only grows to cover the site, see {@link #hits}).
     */
    void mark(Object code, int offset) {
        if (!confined && owner != Thread.currentThread() || offset < 0) {
            return;
        }
        if (sawQuickening) {
            hits(code, covering(hits, offset >>> 1));
        }
        misses = marked(misses, offset >>> 1);
        deferrals = marked(deferrals, offset >>> 1);
    }

    /**
     * Makes {@code h} the owner's hit array and, for confined code, hands it to the code object
     * ({@code ProbeCode.probeHits}), where the inlined hit path finds it. Returns {@code h}.
     */
    private long[] hits(Object code, long[] h) {
        if (h != hits) {
            hits = h;
            if (confined) {
                ProbeCodeAccess.probeHits(code, h);
            }
        }
        return h;
    }

    /** {@code a}, or a grown copy of it, with an entry at {@code index}. */
    private static long[] covering(long[] a, int index) {
        return index < a.length ? a : Arrays.copyOf(a, Math.max(index + 1, Math.max(16, a.length * 2)));
    }

    private static long[] marked(long[] a, int index) {
        a = covering(a, index);
        if (a[index] == 0) {
            a[index] = 1;
        }
        return a;
    }

    /** True if {@code me} is, or has just become, the owner (the previous one has died). */
    private synchronized boolean takeOver(Thread me) {
        if (owner == me) {
            return true;
        }
        if (owner.isAlive()) {
            return false;
        }
        owner = me;
        return true;
    }

    /** The site's hits: the owner's and everyone else's. */
    long hits(Site s) {
        long[] h = hits;
        int index = s.offset >>> 1;
        return (index < h.length ? h[index] : 0) + s.hitShared;
    }

    long misses(Site s) {
        return owned(misses, s.offset) + s.missShared;
    }

    long deferrals(Site s) {
        return owned(deferrals, s.offset) + s.deferredShared;
    }

    private static long owned(long[] a, int offset) {
        int index = offset >>> 1;
        return index < a.length && a[index] != 0 ? a[index] - 1 : 0;
    }

    /** The site at {@code offset}, or null if it has none yet (the hot path). */
    @Inline
    Site existing(int offset) {
        Site[] a = sites;
        int index = offset >>> 1;
        return index < a.length ? a[index] : null;
    }

    /**
     * The site at {@code offset}, made if missing; null for a negative offset. The rare probes
     * come here every time (richards re-specializes and deoptimizes the same sites thousands of
     * times per second), so an existing site is found without taking the lock.
     */
    Site site(Object code, int offset, int opcode) {
        Site s = offset < 0 ? null : existing(offset);
        return s != null ? s : made(code, offset, opcode);
    }

    private synchronized Site made(Object code, int offset, int opcode) {
        if (offset < 0) {
            return null;
        }
        int index = offset >>> 1;
        Site[] a = sites;
        if (index < a.length && a[index] != null) {
            return a[index];
        }
        if (index >= a.length) {
            Site[] grown = new Site[Math.max(index + 1, a.length * 2)];
            System.arraycopy(a, 0, grown, 0, a.length);
            a = grown;
        }
        Site s = new Site(offset, Opcodes.baseOf(opcode), ProbeCodeAccess.lineNumber(code, offset),
            ProbeCodeAccess.positions(code, offset), opcode);
        a[index] = s;
        sites = a;
        return s;
    }

    /** The sites made so far, in offset order. */
    synchronized Site[] sites() {
        Site[] a = sites;
        int n = 0;
        for (Site s : a) {
            if (s != null) {
                n++;
            }
        }
        Site[] out = new Site[n];
        n = 0;
        for (Site s : a) {
            if (s != null) {
                out[n++] = s;
            }
        }
        return out;
    }
}
