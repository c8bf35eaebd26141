"""The functions in this module allow compression and decompression using the
zlib library, which is based on GNU zip."""
# zlib for quicken: CPython 3.11's Modules/zlibmodule.c interface over java.util.zip
# (_quicken_zlib, dev.quicken.modules.ZlibModule); gzip framing (wbits 16+) is done here.
import _quicken_zlib as _q

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


error.__module__ = 'zlib'


def _buffer(data):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return data
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def crc32(data, value=0, /):
    """Compute a CRC-32 checksum of data."""
    return _q.crc32(_buffer(data), value & 0xffffffff)


def adler32(data, value=1, /):
    """Compute an Adler-32 checksum of data."""
    return _q.adler32(_buffer(data), value & 0xffffffff)


def _kind(wbits, fname):
    # (raw deflate?, gzip framing?, auto-detect?)
    if 8 <= wbits <= 15 or wbits == 0:
        return False, False, False
    if -15 <= wbits <= -8:
        return True, False, False
    if 24 <= wbits <= 31:
        return True, True, False
    if 40 <= wbits <= 47 and fname == 'd':
        return True, False, True
    return None


def _gzip_header_for(level, strategy):
    # zlib 1.2.13 deflate.c: mtime 0, XFL 2 for level 9 / 4 for the fastest, OS 3 (Unix)
    xfl = 2 if level == 9 else 4 if strategy >= Z_HUFFMAN_ONLY or level in (0, 1) else 0
    return b'\x1f\x8b\x08\x00\x00\x00\x00\x00' + bytes([xfl, 3])


class Compress:
    """Compression object."""

    def __init__(self, *a, **k):
        raise TypeError("cannot create 'zlib.Compress' instances")

    def compress(self, data, /):
        """Returns a bytes object containing compressed data."""
        data = _buffer(data)
        if self._done:
            raise error("Error -2 while compressing data: inconsistent stream state")
        out = _q.compress(self._s, data)
        if self._gzip:
            self._crc = _q.crc32(data, self._crc)
            self._size += len(data)
            if not self._header_sent:
                self._header_sent = True
                out = self._header + out
        return out

    def flush(self, mode=Z_FINISH, /):
        """Return a bytes object containing any remaining compressed data."""
        if mode == Z_NO_FLUSH:
            return b''
        if self._done:
            raise error("Error -2 while flushing: inconsistent stream state")
        out = _q.flush(self._s, mode)
        if self._gzip and not self._header_sent:
            self._header_sent = True
            out = self._header + out
        if mode == Z_FINISH:
            self._done = True
            if self._gzip:
                out += (self._crc).to_bytes(4, 'little') + (self._size & 0xffffffff).to_bytes(4, 'little')
        return out

    def copy(self):
        """Return a copy of the compression object."""
        raise ValueError("Inconsistent stream state")

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


Compress.__module__ = 'zlib'


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    if not -1 <= level <= 9:
        raise error("Bad compression level")
    kind = _kind(wbits, 'c')
    if method != DEFLATED or kind is None or kind[2] or not 1 <= memLevel <= 9 or not 0 <= strategy <= 4:
        raise ValueError("Invalid initialization option")
    if zdict is not None:
        zdict = _buffer(zdict)
    c = object.__new__(Compress)
    c._s = _q.deflater(level, kind[0], strategy, zdict)
    c._gzip = kind[1]
    c._header = _gzip_header_for(level, strategy)
    c._header_sent = False
    c._crc = 0
    c._size = 0
    c._done = False
    return c


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    data = _buffer(data)
    c = compressobj(level, DEFLATED, wbits)
    return c.compress(data) + c.flush()


def _gzip_header(data):
    """Length of a complete gzip header at the start of data, or -1 if incomplete, or raise."""
    if len(data) < 10:
        return -1
    if data[0] != 0x1f or data[1] != 0x8b:
        raise error("Error -3 while decompressing data: incorrect header check")
    if data[2] != 8:
        raise error("Error -3 while decompressing data: unknown compression method")
    flags = data[3]
    pos = 10
    if flags & 4:
        if len(data) < pos + 2:
            return -1
        pos += 2 + int.from_bytes(data[pos:pos + 2], 'little')
    for bit in (8, 16):
        if flags & bit:
            end = data.find(b'\0', pos)
            if end < 0:
                return -1
            pos = end + 1
    if flags & 2:
        pos += 2
    return pos if pos <= len(data) else -1


class Decompress:
    """Decompression object."""

    def __init__(self, *a, **k):
        raise TypeError("cannot create 'zlib.Decompress' instances")

    def _feed(self, data, max_length):
        if self._pending is not None:
            # gzip/auto-detect: wait for the whole header before inflating
            self._pending += data
            buf = self._pending
            if self._auto and len(buf) >= 1 and buf[0] != 0x1f:
                self._s = _q.inflater(False, self._zdict)
                self._auto = False
                self._gzip = False
                self._pending = None
                return self._feed(bytes(buf), max_length)
            n = _gzip_header(buf)
            if n < 0:
                return b''
            self._pending = None
            self._gzip = True
            data = bytes(buf[n:])
        r = _q.decompress(self._s, data, max_length)
        if isinstance(r[0], int):
            raise error("Error %d while decompressing data: %s" % r)
        out, left, eof = r
        self._crc = _q.crc32(out, self._crc)
        self._size += len(out)
        if eof:
            rest = data[len(data) - left:]
            if self._gzip:
                self._trailer += rest
                rest = b''
                if len(self._trailer) >= 8:
                    rest = self._trailer[8:]
                    self._trailer = self._trailer[:8]
            self.eof = True
            self.unused_data += bytes(rest)
            self.unconsumed_tail = b''
        else:
            self.unconsumed_tail = bytes(data[len(data) - left:]) if left else b''
        return out

    def decompress(self, data, /, max_length=0):
        """Return a bytes object containing the decompressed version of the data."""
        data = _buffer(data)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self.eof:
            if self._gzip and len(self._trailer) < 8:
                need = 8 - len(self._trailer)
                self._trailer += bytes(data[:need])
                data = data[need:]
            self.unused_data += bytes(data)
            return b''
        return self._feed(bytes(data), max_length)

    def flush(self, length=DEF_BUF_SIZE, /):
        """Return a bytes object containing any remaining decompressed data."""
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if self.eof or not self.unconsumed_tail:
            return b''
        tail = self.unconsumed_tail
        self.unconsumed_tail = b''
        return self._feed(tail, 0)

    def copy(self):
        """Return a copy of the decompression object."""
        raise ValueError("Inconsistent stream state")

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


Decompress.__module__ = 'zlib'


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    kind = _kind(wbits, 'd')
    if kind is None:
        raise ValueError("Invalid initialization option")
    if zdict is not None and not isinstance(zdict, (bytes, bytearray, memoryview)):
        raise TypeError("zdict argument must support the buffer protocol")
    d = object.__new__(Decompress)
    d._zdict = bytes(zdict) if zdict else None
    d._s = _q.inflater(kind[0], d._zdict)
    d._gzip = kind[1]
    d._auto = kind[2]
    d._pending = bytearray() if kind[1] or kind[2] else None
    d._trailer = b''
    d._crc = 0
    d._size = 0
    d.eof = False
    d.unused_data = b''
    d.unconsumed_tail = b''
    return d


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    data = _buffer(data)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    kind = _kind(wbits, 'd')
    if kind is None:
        raise error("Error -2 while preparing to decompress data: inconsistent stream state")
    d = decompressobj(wbits)
    out = d.decompress(data)
    if not d.eof:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return out
