# _hashlib for quicken: CPython 3.11's Modules/_hashopenssl.c interface over the digests of
# _quicken_hash (dev.quicken.modules.HashModule): MD5, SHA-1, SHA-2, SHA-3, SHAKE, BLAKE2.
import _quicken_hash as _q

openssl_md_meth_names = frozenset({
    'blake2b', 'blake2s', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha3_224', 'sha3_256', 'sha3_384',
    'sha3_512', 'sha512', 'sha512_224', 'sha512_256', 'shake_128', 'shake_256'})

_constructors = {}


class UnsupportedDigestmodError(ValueError):
    pass


def _bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    return data


class HASH:
    """A hash is an object used to calculate a checksum of a string of information."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_hashlib.HASH' instances")

    @classmethod
    def _wrap(cls, state):
        h = object.__new__(cls)
        h._state = state
        h.name, h.digest_size, h.block_size = _q.info(state)
        return h

    def update(self, obj, /):
        """Update this hash object's state with the provided string."""
        _q.update(self._state, _bytes(obj))

    def digest(self):
        """Return the digest value as a bytes object."""
        return _q.digest(self._state)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return _q.digest(self._state).hex()

    def copy(self):
        """Return a copy of the hash object."""
        return type(self)._wrap(_q.copy(self._state))

    def __repr__(self):
        return "<%s _hashlib.%s object @ %s>" % (self.name, type(self).__name__, hex(id(self)))

    def __reduce__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


HASH.__module__ = '_hashlib'


class HASHXOF(HASH):
    """A hash is an object used to calculate a checksum of a string of information."""

    def digest(self, length):
        """Return the digest value as a bytes object."""
        if length < 0:
            raise ValueError("negative digest length")
        return _q.digest(self._state, length)

    def hexdigest(self, length):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest(length).hex()


HASHXOF.__module__ = '_hashlib'


def new(name, data=b'', *, usedforsecurity=True, string=None):
    """Return a new hash object using the named algorithm."""
    if string is not None:
        data = string
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    state = _q.new(name)
    if state is None:
        raise UnsupportedDigestmodError("[digital envelope routines] unsupported")
    h = (HASHXOF if name.lower().startswith('shake') else HASH)._wrap(state)
    if data:
        h.update(data)
    return h


def _constructor(algo):
    def f(string=b'', *, usedforsecurity=True):
        return new(algo, string)
    f.__name__ = f.__qualname__ = 'openssl_' + algo
    f.__doc__ = "Returns a %s hash object; optionally initialized with a string" % algo
    f.__module__ = '_hashlib'
    _constructors[f] = algo
    return f


openssl_md5 = _constructor('md5')
openssl_sha1 = _constructor('sha1')
openssl_sha224 = _constructor('sha224')
openssl_sha256 = _constructor('sha256')
openssl_sha384 = _constructor('sha384')
openssl_sha512 = _constructor('sha512')
openssl_sha3_224 = _constructor('sha3_224')
openssl_sha3_256 = _constructor('sha3_256')
openssl_sha3_384 = _constructor('sha3_384')
openssl_sha3_512 = _constructor('sha3_512')
openssl_shake_128 = _constructor('shake_128')
openssl_shake_256 = _constructor('shake_256')


def _digest_name(digestmod):
    if isinstance(digestmod, str):
        if _q.new(digestmod) is None:
            raise UnsupportedDigestmodError("unsupported hash type " + digestmod)
        return digestmod.lower()
    name = _constructors.get(digestmod)
    if name is None:
        raise UnsupportedDigestmodError("Unsupported digestmod %r" % (digestmod,))
    return name


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."""
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s" % type(hash_name).__name__)
    state = _q.new(hash_name)
    if state is None or hash_name.lower().startswith('shake'):
        raise UnsupportedDigestmodError("unsupported hash type " + hash_name)
    if not isinstance(iterations, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(iterations).__name__)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if iterations > 2**31 - 1:
        raise OverflowError("iteration value is too great.")
    if dklen is None:
        dklen = _q.info(state)[1]
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    if dklen > 2**31 - 1:
        raise OverflowError("key length is too great.")
    return _q.pbkdf2(hash_name, _bytes(password), _bytes(salt), iterations, dklen)


def hmac_digest(key, msg, digest):
    """Single-shot HMAC."""
    return _q.hmac(_digest_name(digest), _bytes(key), _bytes(msg))


class HMAC:
    """The object used to calculate HMAC of a message."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_hashlib.HMAC' instances")

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    @property
    def digest_size(self):
        return self._inner.digest_size

    @property
    def block_size(self):
        return self._inner.block_size

    def update(self, msg):
        """Update the HMAC object with msg."""
        self._inner.update(msg)

    def copy(self):
        """Return a copy ("clone") of the HMAC object."""
        h = object.__new__(HMAC)
        h._inner = self._inner.copy()
        h._outer = self._outer.copy()
        return h

    def digest(self):
        """Return the digest of the bytes passed to the update() method so far."""
        o = self._outer.copy()
        o.update(self._inner.digest())
        return o.digest()

    def hexdigest(self):
        """Return hexadecimal digest of the bytes passed to the update() method so far."""
        return self.digest().hex()

    def __repr__(self):
        return "<%s HMAC object @ %s>" % (self.name, hex(id(self)))


HMAC.__module__ = '_hashlib'


def hmac_new(key, msg=b'', digestmod=None):
    """Return a new hmac object."""
    if digestmod is None:
        raise TypeError("Missing required parameter 'digestmod'.")
    name = _digest_name(digestmod)
    if name.startswith('shake'):
        raise UnsupportedDigestmodError("unsupported hash type " + name)
    key = _bytes(key)
    inner = new(name)
    outer = new(name)
    block = inner.block_size
    if len(key) > block:
        key = new(name, key).digest()
    key = bytes(key) + bytes(block - len(key))
    inner.update(bytes(b ^ 0x36 for b in key))
    outer.update(bytes(b ^ 0x5C for b in key))
    h = object.__new__(HMAC)
    h._inner = inner
    h._outer = outer
    if msg:
        h.update(msg)
    return h


compare_digest = _q.compare_digest


def get_fips_mode():
    """Determine the OpenSSL FIPS mode of operation."""
    return 0
