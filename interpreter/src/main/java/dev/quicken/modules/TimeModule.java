package dev.quicken.modules;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * {@code _quicken_time}: the clocks and the local-time conversions under quicken's {@code time} module
 * ({@code lib/time.py} builds {@code struct_time}, {@code strftime}, {@code gmtime}, ... on them). Local time is
 * the JVM's default zone ({@code TZ} or the system's).
 */
public final class TimeModule {

    private TimeModule() {
    }

    private static final long START_NANOS = System.nanoTime();

    interface F {
        PyObject apply(PyObject[] a);
    }

    private static void fn(PyModule m, String name, F f) {
        m.dict.setStr(name, new PyBuiltinFunction(name, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.noKw(name, kw);
                return f.apply(a);
            }
        }, null, "time"));
    }

    /** Nanoseconds since the epoch, with the wall clock's full resolution. */
    public static long timeNs() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    static long processNs() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            long t = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return System.nanoTime() - START_NANOS;
    }

    static long threadNs() {
        ThreadMXBean b = ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : processNs();
    }

    /** (year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff) of {@code secs} in the local zone. */
    // CPython 3.11: Modules/timemodule.c time_localtime (localtime_r)
    static PyTuple localtime(long secs) {
        ZoneId z = ZoneId.systemDefault();
        ZonedDateTime t;
        try {
            t = Instant.ofEpochSecond(secs).atZone(z);
        } catch (DateTimeException e) {
            throw Exc.overflowError("timestamp out of range for platform time_t");
        }
        boolean dst = z.getRules().isDaylightSavings(t.toInstant());
        return new PyTuple(new PyObject[] {PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()),
            PyInt.of(t.getDayOfMonth()), PyInt.of(t.getHour()), PyInt.of(t.getMinute()), PyInt.of(t.getSecond()),
            PyInt.of(t.getDayOfWeek().getValue() - 1), PyInt.of(t.getDayOfYear()), PyInt.of(dst ? 1 : 0),
            new PyStr(zoneName(z, t.toInstant(), dst)), PyInt.of(t.getOffset().getTotalSeconds())});
    }

    static String zoneName(ZoneId z, Instant at, boolean dst) {
        if (z instanceof ZoneOffset || z.getId().equals("Etc/UTC") || z.getId().equals("UTC")) {
            return z.getId().equals("Z") || z.getId().endsWith("UTC") ? "UTC" : z.getId();
        }
        String n = java.util.TimeZone.getTimeZone(z).getDisplayName(dst, java.util.TimeZone.SHORT, Locale.ROOT);
        return n == null ? z.getDisplayName(TextStyle.SHORT, Locale.ROOT) : n;
    }

    /** {@code mktime}: local (year, mon, mday, hour, min, sec, isdst) to seconds since the epoch. */
    static double mktime(long[] f) {
        try {
            LocalDateTime ldt = LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths(f[1] - 1).plusDays(f[2] - 1)
                    .plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
            return ldt.atZone(ZoneId.systemDefault()).toEpochSecond();
        } catch (DateTimeException | ArithmeticException e) {
            throw Exc.overflowError("mktime argument out of range");
        }
    }

    static PyModule create(Interpreter in) {
        PyModule m = new PyModule("_quicken_time");
        fn(m, "time", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyFloat(timeNs() / 1e9);
            }
        });
        fn(m, "time_ns", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(timeNs());
            }
        });
        fn(m, "monotonic", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyFloat(System.nanoTime() / 1e9);
            }
        });
        fn(m, "monotonic_ns", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(System.nanoTime());
            }
        });
        fn(m, "perf_counter", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyFloat(System.nanoTime() / 1e9);
            }
        });
        fn(m, "perf_counter_ns", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(System.nanoTime());
            }
        });
        fn(m, "process_time", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyFloat(processNs() / 1e9);
            }
        });
        fn(m, "process_time_ns", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(processNs());
            }
        });
        fn(m, "thread_time", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyFloat(threadNs() / 1e9);
            }
        });
        fn(m, "thread_time_ns", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(threadNs());
            }
        });
        fn(m, "sleep", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Args.count("sleep", a, null, 0, 1, 1);
                if (!(a[0] instanceof PyInt || a[0] instanceof PyFloat)) {
                    Abstract.asDouble(a[0]);
                }
                double secs = Abstract.asDouble(a[0]);
                if (Double.isNaN(secs)) {
                    throw Exc.valueError("Invalid value NaN (not a number)");
                }
                if (secs < 0) {
                    throw Exc.valueError("sleep length must be non-negative");
                }
                try {
                    long ns = (long) (secs * 1e9);
                    Thread.sleep(ns / 1_000_000L, (int) (ns % 1_000_000L));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return PyNone.NONE;
            }
        });
        fn(m, "localtime", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return localtime(Args.integer(a[0]));
            }
        });
        fn(m, "mktime", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                long[] f = new long[7];
                for (int i = 0; i < 7; i++) {
                    f[i] = Args.integer(a[i]);
                }
                return new PyFloat(mktime(f));
            }
        });
        fn(m, "zone", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                // (timezone, altzone, daylight, stdname, dstname) as tzset computes them for January and July
                ZoneId z = ZoneId.systemDefault();
                int year = LocalDateTime.now().getYear();
                Instant jan = LocalDateTime.of(year, 1, 1, 0, 0).atZone(z).toInstant();
                Instant jul = LocalDateTime.of(year, 7, 1, 0, 0).atZone(z).toInstant();
                int janOff = z.getRules().getOffset(jan).getTotalSeconds();
                int julOff = z.getRules().getOffset(jul).getTotalSeconds();
                boolean janDst = z.getRules().isDaylightSavings(jan);
                int std = janDst ? julOff : janOff;
                int alt = janDst ? janOff : julOff;
                return new PyTuple(new PyObject[] {PyInt.of(-std), PyInt.of(-alt), PyInt.of(janOff != julOff ? 1 : 0),
                    new PyStr(zoneName(z, janDst ? jul : jan, false)), new PyStr(zoneName(z, janDst ? jan : jul,
                        janOff != julOff))});
            }
        });
        return m;
    }
}
