"""Conversion between binary data and ASCII"""
# binascii for quicken: CPython 3.11's Modules/binascii.c interface; the byte loops are Java
# (_quicken_binascii, dev.quicken.modules.BinasciiModule); a2b_qp/b2a_qp are written here.
import _quicken_binascii as _q


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'


def _ascii(data):
    # CPython 3.11: Modules/binascii.c ascii_buffer_converter
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode('ascii')
    if isinstance(data, (bytes, bytearray, memoryview)):
        return data
    view = _view(data)
    if view is None:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__)
    return view


def _view(data):
    # another object with the buffer protocol (array.array): its bytes
    try:
        return memoryview(data).tobytes()
    except TypeError:
        return None


def _buffer(data):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return data
    view = _view(data)
    if view is None:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return view


def _check(r):
    if isinstance(r, str):
        raise Error(r)
    return r


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _buffer(data)
    if sep is None:
        return _q.hexlify(data, -1, 0)
    if isinstance(sep, str):
        if not sep.isascii():
            raise ValueError("sep must be ASCII.")
        sep = sep.encode('ascii')
    elif not isinstance(sep, (bytes, bytearray)):
        raise TypeError("sep must be str or bytes.")
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    return _q.hexlify(data, sep[0], bytes_per_sep)


b2a_hex = hexlify


def unhexlify(hexstr, /):
    """Binary data of hexadecimal representation."""
    return _check(_q.unhexlify(_ascii(hexstr)))


a2b_hex = unhexlify


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data."""
    return _check(_q.a2b_base64(_ascii(data), strict_mode))


def b2a_base64(data, /, *, newline=True):
    """Base64-code line of data."""
    return _q.b2a_base64(_buffer(data), newline)


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    return _q.crc32(_buffer(data), crc & 0xffffffff)


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT incrementally."""
    return _q.crc_hqx(_buffer(data), crc & 0xffff)


def a2b_uu(data, /):
    """Decode a line of uuencoded data."""
    # CPython 3.11: Modules/binascii.c binascii_a2b_uu_impl
    data = bytes(_ascii(data))
    if not data:
        return bytes(32)
    n = (data[0] - 32) & 0o77
    out = bytearray()
    left = bits = 0
    pos = 1
    while len(out) < n:
        c = data[pos] if pos < len(data) else 0
        pos += 1
        if c in (10, 13) or pos > len(data):
            c = 0
        else:
            if c < 32 or c > 96:
                raise Error("Illegal char")
            c = (c - 32) & 0o77
        left = (left << 6) | c
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((left >> bits) & 0xff)
            left &= (1 << bits) - 1
    for c in data[pos:]:
        if c not in (32, 96, 10, 13):
            raise Error("Trailing garbage")
    return bytes(out)


def b2a_uu(data, /, *, backtick=False):
    """Uuencode line of data."""
    # CPython 3.11: Modules/binascii.c binascii_b2a_uu_impl
    data = bytes(_buffer(data))
    if len(data) > 45:
        raise Error("At most 45 bytes at once")
    out = bytearray([96 if backtick and not data else 32 + len(data)])
    left = bits = 0
    i = 0
    n = len(data)
    while i < n or bits != 0:
        left = (left << 8) | (data[i] if i < n else 0)
        bits += 8
        i += 1
        while bits >= 6:
            c = (left >> (bits - 6)) & 0x3f
            bits -= 6
            out.append(96 if backtick and not c else c + 32)
    out.append(10)
    return bytes(out)


_HEXDIGITS = b'0123456789abcdefABCDEF'
_MAXLINESIZE = 76


def a2b_qp(data, header=False):
    """Decode a string of qp-encoded data."""
    # CPython 3.11: Modules/binascii.c binascii_a2b_qp_impl
    data = bytes(_ascii(data))
    n = len(data)
    out = bytearray()
    i = 0
    while i < n:
        c = data[i]
        if c == 0x3d:  # '='
            i += 1
            if i >= n:
                break
            if data[i] in b'\r\n':
                # a soft line break
                if data[i] != 0x0a:
                    while i < n and data[i] != 0x0a:
                        i += 1
                if i < n:
                    i += 1
            elif data[i] == 0x3d:
                # the broken case of old quopri
                out.append(0x3d)
                i += 1
            elif i + 1 < n and data[i] in _HEXDIGITS and data[i + 1] in _HEXDIGITS:
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(0x3d)
        elif header and c == 0x5f:  # '_'
            out.append(0x20)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode a string using quoted-printable encoding.

On encoding, when istext is set, newlines are not encoded, and white
space at end of lines is.  When istext is not set, \\r and \\n (CR/LF)
are both encoded.  When quotetabs is set, space and tabs are encoded."""
    # CPython 3.11: Modules/binascii.c binascii_b2a_qp_impl
    data = bytes(_buffer(data))
    n = len(data)
    nl = data.find(b'\n')
    eol = b'\r\n' if nl > 0 and data[nl - 1] == 0x0d else b'\n'
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        nxt = data[i + 1] if i + 1 < n else None
        if (c > 126 or c == 0x3d or (header and c == 0x5f)
                or (c == 0x2e and linelen == 0 and (nxt is None or nxt in (0x0a, 0x0d, 0)))
                or (not istext and c in (0x0d, 0x0a))
                or (c in (0x09, 0x20) and nxt is None)
                or (c < 33 and c not in (0x0d, 0x0a) and (quotetabs or c not in (0x09, 0x20)))):
            if linelen + 3 >= _MAXLINESIZE:
                out += b'=' + eol
                linelen = 0
            out += b'=%02X' % c
            i += 1
            linelen += 3
        elif istext and (c == 0x0a or (nxt is not None and c == 0x0d and nxt == 0x0a)):
            linelen = 0
            # whitespace at the end of a line is encoded
            if out and out[-1] in (0x20, 0x09):
                ch = out[-1]
                out[-1:] = b'=%02X' % ch
            out += eol
            i += 2 if c == 0x0d else 1
        else:
            if nxt is not None and nxt != 0x0a and linelen + 1 >= _MAXLINESIZE:
                out += b'=' + eol
                linelen = 0
            linelen += 1
            if header and c == 0x20:
                out.append(0x5f)
            else:
                out.append(c)
            i += 1
    return bytes(out)
