# time for quicken: CPython 3.11's Modules/timemodule.c interface over the clocks and local-time
# conversions of _quicken_time (dev.quicken.modules.TimeModule). strftime formats as glibc in the C locale.
from _quicken_time import (time, time_ns, monotonic, monotonic_ns, perf_counter, perf_counter_ns,
                           process_time, process_time_ns, thread_time, thread_time_ns, sleep)
import _quicken_time as _q

CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers."""
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    __match_args__ = _FIELDS

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:9])
        self._zone = seq[9] if len(seq) > 9 else None
        self._gmtoff = seq[10] if len(seq) > 10 else None
        return self

    def __repr__(self):
        return "time.struct_time(" + ", ".join("%s=%r" % (n, v) for n, v in zip(_FIELDS, self)) + ")"

    def __reduce__(self):
        return (struct_time, (tuple(self) + (self.tm_zone, self.tm_gmtoff),))

    tm_year = property(lambda self: self[0], doc="year, for example, 1993")
    tm_mon = property(lambda self: self[1], doc="month of year, range [1, 12]")
    tm_mday = property(lambda self: self[2], doc="day of month, range [1, 31]")
    tm_hour = property(lambda self: self[3], doc="hours, range [0, 23]")
    tm_min = property(lambda self: self[4], doc="minutes, range [0, 59]")
    tm_sec = property(lambda self: self[5], doc="seconds, range [0, 61])")
    tm_wday = property(lambda self: self[6], doc="day of week, range [0, 6], Monday is 0")
    tm_yday = property(lambda self: self[7], doc="day of year, range [1, 366]")
    tm_isdst = property(lambda self: self[8], doc="1 if summer time is in effect, 0 if not, and -1 if unknown")
    tm_zone = property(lambda self: self._zone, doc="abbreviation of timezone name")
    tm_gmtoff = property(lambda self: self._gmtoff, doc="offset from UTC in seconds")


struct_time.__module__ = 'time'
# struct_time has tm_zone and tm_gmtoff (CPython 3.11: Modules/timemodule.c, HAVE_STRUCT_TM_TM_ZONE)
_STRUCT_TM_ITEMS = 11

_zone = _q.zone()
timezone = _zone[0]
altzone = _zone[1]
daylight = _zone[2]
tzname = (_zone[3], _zone[4])


def tzset():
    """Initialize, or reinitialize, the local timezone to the value of the environment variable TZ."""
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, std, dst = _q.zone()
    tzname = (std, dst)


def _secs(secs):
    if secs is None:
        return time_ns() // 10**9
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float('inf'), float('-inf')):
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1)
    if not isinstance(secs, int):
        import operator
        try:
            return operator.index(secs)
        except TypeError:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__) from None
    return secs


def _days_to_civil(days):
    # CPython 3.11: days since 1970-01-01 to (year, month, day) (proleptic Gregorian)
    z = days + 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def _yday(y, m, d):
    cum = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    return cum[m - 1] + d + (1 if leap and m > 2 else 0)


def gmtime(seconds=None, /):
    """Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a. GMT)."""
    s = _secs(seconds)
    days, rem = divmod(s, 86400)
    y, m, d = _days_to_civil(days)
    if not -2**31 < y - 1900 < 2**31:
        raise OverflowError("timestamp out of range for platform time_t")
    return struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, (days + 3) % 7, _yday(y, m, d), 0,
                        'GMT', 0))


def localtime(seconds=None, /):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return struct_time(_q.localtime(_secs(seconds)))


def _tuple(t, fname):
    if isinstance(t, struct_time):
        return tuple(t)
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % fname)
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return t


def mktime(t, /):
    """Convert a time tuple in local time to seconds since the Epoch."""
    t = _tuple(t, 'mktime')
    return _q.mktime(t[0], t[1], t[2], t[3], t[4], t[5], t[8])


def _checked(t, fname):
    # CPython 3.11: Modules/timemodule.c gettmarg (fields are C ints; year - 1900, wday (w + 1) % 7 in C) and
    # checktm (a 0 month, day of month or day of year means the first)
    t = list(_tuple(t, fname))
    for v in t:
        if v > 2147483647:
            raise OverflowError("signed integer is greater than maximum")
        if v < -2147483648:
            raise OverflowError("signed integer is less than minimum")
    if t[0] - 1900 < -2147483648:
        raise OverflowError("year out of range")
    if t[1] == 0:
        t[1] = 1
    if t[2] == 0:
        t[2] = 1
    if t[7] == 0:
        t[7] = 1
    if not 1 <= t[1] <= 12:
        raise ValueError("month out of range")
    if not 1 <= t[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= t[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= t[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= t[5] <= 61:
        raise ValueError("seconds out of range")
    w = t[6] + 1
    cwday = abs(w) % 7 if w >= 0 else -(abs(w) % 7)
    if cwday < 0:
        raise ValueError("day of week out of range")
    t[6] = (cwday - 1) % 7
    if not 1 <= t[7] <= 366:
        raise ValueError("day of year out of range")
    if fname == 'strftime' and t[8] < -1:
        t[8] = -1
    elif fname == 'strftime' and t[8] > 1:
        t[8] = 1
    return t


_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
           'November', 'December')


def asctime(t=None, /):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    t = localtime() if t is None else _checked(t, 'asctime')
    return "%s %s%3d %.2d:%.2d:%.2d %d" % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(seconds=None, /):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(seconds))


def _iso_week(y, yday, wday):
    # ISO 8601 (year, week): week 1 holds the year's first Thursday
    week = (yday - 1 - wday + 10) // 7
    if week < 1:
        py = y - 1
        pdays = 366 if py % 4 == 0 and (py % 100 != 0 or py % 400 == 0) else 365
        return _iso_week(py, yday + pdays, wday)
    ydays = 366 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 365
    if week == 53 and yday - wday + 3 > ydays:
        return y + 1, 1
    return y, week


def strftime(format, t=None, /):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        tt = localtime()
        zone, off = tt.tm_zone, tt.tm_gmtoff
        t = list(tt)
    else:
        zone = t.tm_zone if isinstance(t, struct_time) else None
        off = t.tm_gmtoff if isinstance(t, struct_time) else None
        t = _checked(t, 'strftime')
    if zone is None:
        zone = tzname[1 if t[8] > 0 else 0]
        off = -(altzone if t[8] > 0 else timezone)
    y, mon, mday, hour, minute, sec, wday, yday = t[:8]
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == 'a':
            out.append(_DAYS[wday][:3])
        elif f == 'A':
            out.append(_DAYS[wday])
        elif f in 'bh':
            out.append(_MONTHS[mon - 1][:3])
        elif f == 'B':
            out.append(_MONTHS[mon - 1])
        elif f == 'c':
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAYS[wday][:3], _MONTHS[mon - 1][:3], mday, hour, minute,
                                                         sec, y))
        elif f == 'C':
            out.append('%02d' % (y // 100))
        elif f == 'd':
            out.append('%02d' % mday)
        elif f == 'D':
            out.append('%02d/%02d/%02d' % (mon, mday, y % 100))
        elif f == 'e':
            out.append('%2d' % mday)
        elif f == 'F':
            out.append('%d-%02d-%02d' % (y, mon, mday))
        elif f in 'GgV':
            iy, iw = _iso_week(y, yday, wday)
            out.append(str(iy) if f == 'G' else '%02d' % (iy % 100) if f == 'g' else '%02d' % iw)
        elif f == 'H':
            out.append('%02d' % hour)
        elif f == 'I':
            out.append('%02d' % ((hour + 11) % 12 + 1))
        elif f == 'j':
            out.append('%03d' % yday)
        elif f == 'k':
            out.append('%2d' % hour)
        elif f == 'l':
            out.append('%2d' % ((hour + 11) % 12 + 1))
        elif f == 'm':
            out.append('%02d' % mon)
        elif f == 'M':
            out.append('%02d' % minute)
        elif f == 'n':
            out.append('\n')
        elif f == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif f == 'P':
            out.append('am' if hour < 12 else 'pm')
        elif f == 'r':
            out.append('%02d:%02d:%02d %s' % ((hour + 11) % 12 + 1, minute, sec, 'AM' if hour < 12 else 'PM'))
        elif f == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif f == 's':
            out.append(str(int(_q.mktime(y, mon, mday, hour, minute, sec, t[8]))))
        elif f == 'S':
            out.append('%02d' % sec)
        elif f == 't':
            out.append('\t')
        elif f == 'T':
            out.append('%02d:%02d:%02d' % (hour, minute, sec))
        elif f == 'u':
            out.append(str(wday + 1))
        elif f == 'U':
            out.append('%02d' % ((yday - 1 + 7 - (wday + 1) % 7) // 7))
        elif f == 'w':
            out.append(str((wday + 1) % 7))
        elif f == 'W':
            out.append('%02d' % ((yday - 1 + 7 - wday) // 7))
        elif f == 'x':
            out.append('%02d/%02d/%02d' % (mon, mday, y % 100))
        elif f == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, sec))
        elif f == 'y':
            out.append('%02d' % (y % 100))
        elif f == 'Y':
            out.append(str(y))
        elif f == 'z':
            o = off or 0
            sign = '-' if o < 0 else '+'
            o = abs(o)
            out.append('%s%02d%02d' % (sign, o // 3600, o // 60 % 60))
        elif f == 'Z':
            out.append(zone or '')
        elif f == '%':
            out.append('%')
        else:
            out.append('%' + f)
    return ''.join(out)


def strptime(string, format='%a %b %d %H:%M:%S %Y', /):
    """Parse a string to a time tuple according to a format specification."""
    import _strptime
    return _strptime._strptime_time(string, format)


class _ClockInfo:
    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        return "namespace(implementation=%r, monotonic=%r, adjustable=%r, resolution=%r)" % (
            self.implementation, self.monotonic, self.adjustable, self.resolution)


def get_clock_info(name, /):
    """Get information of the specified clock."""
    info = {'time': ('clock_gettime(CLOCK_REALTIME)', False, True),
            'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
            'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
            'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False),
            'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False)}.get(name)
    if info is None:
        raise ValueError("unknown clock")
    try:
        import types
        return types.SimpleNamespace(implementation=info[0], monotonic=info[1], adjustable=info[2],
                                     resolution=1e-09)
    except ImportError:
        return _ClockInfo(info[0], info[1], info[2], 1e-09)


def clock_gettime(clk_id, /):
    """Return the time of the specified clock clk_id."""
    return clock_gettime_ns(clk_id) / 1e9


def clock_gettime_ns(clk_id, /):
    """Return the time of the specified clock clk_id as nanoseconds (int)."""
    if clk_id == CLOCK_REALTIME or clk_id == CLOCK_TAI:
        return time_ns()
    if clk_id in (CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME):
        return monotonic_ns()
    if clk_id == CLOCK_PROCESS_CPUTIME_ID:
        return process_time_ns()
    if clk_id == CLOCK_THREAD_CPUTIME_ID:
        return thread_time_ns()
    raise OSError(22, 'Invalid argument')


def clock_getres(clk_id, /):
    """Return the resolution (precision) of the specified clock clk_id."""
    clock_gettime_ns(clk_id)
    return 1e-09
