# _blake2 for quicken: CPython 3.11's Modules/_blake2 interface over BLAKE2b/BLAKE2s of _quicken_hash
# (dev.quicken.modules.HashModule).
import _quicken_hash as _q

BLAKE2B_SALT_SIZE = 16
BLAKE2B_PERSON_SIZE = 16
BLAKE2B_MAX_KEY_SIZE = 64
BLAKE2B_MAX_DIGEST_SIZE = 64
BLAKE2S_SALT_SIZE = 8
BLAKE2S_PERSON_SIZE = 8
BLAKE2S_MAX_KEY_SIZE = 32
BLAKE2S_MAX_DIGEST_SIZE = 32


def _bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    return data


class _Blake2:
    _big = True

    def __new__(cls, data=b'', /, *, digest_size=None, key=b'', salt=b'', person=b'', fanout=1, depth=1,
                leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True):
        if digest_size is None:
            digest_size = cls.MAX_DIGEST_SIZE
        self = object.__new__(cls)
        self._state = _q.blake2(cls._big, digest_size, key, salt, person, fanout, depth, leaf_size, node_offset,
                                node_depth, inner_size, last_node)
        self.name, self.digest_size, self.block_size = _q.info(self._state)
        if data:
            self.update(data)
        return self

    def update(self, data, /):
        """Update this hash object's state with the provided bytes-like object."""
        _q.update(self._state, _bytes(data))

    def digest(self):
        """Return the digest value as a bytes object."""
        return _q.digest(self._state)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return _q.digest(self._state).hex()

    def copy(self):
        """Return a copy of the hash object."""
        h = object.__new__(type(self))
        h._state = _q.copy(self._state)
        h.name, h.digest_size, h.block_size = self.name, self.digest_size, self.block_size
        return h

    def __reduce__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


class blake2b(_Blake2):
    """Return a new BLAKE2b hash object."""
    _big = True
    SALT_SIZE = BLAKE2B_SALT_SIZE
    PERSON_SIZE = BLAKE2B_PERSON_SIZE
    MAX_KEY_SIZE = BLAKE2B_MAX_KEY_SIZE
    MAX_DIGEST_SIZE = BLAKE2B_MAX_DIGEST_SIZE


class blake2s(_Blake2):
    """Return a new BLAKE2s hash object."""
    _big = False
    SALT_SIZE = BLAKE2S_SALT_SIZE
    PERSON_SIZE = BLAKE2S_PERSON_SIZE
    MAX_KEY_SIZE = BLAKE2S_MAX_KEY_SIZE
    MAX_DIGEST_SIZE = BLAKE2S_MAX_DIGEST_SIZE


blake2b.__module__ = blake2s.__module__ = '_blake2'
