"""Conversion between binary data and ASCII"""
# binascii for quicken: CPython 3.11's Modules/binascii.c interface; the byte loops are Java
# (_quicken_binascii, dev.quicken.modules.BinasciiModule). a2b_qp/b2a_qp are absent (quopri has its own).
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
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__)


def _buffer(data):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return data
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


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
