"""(Extremely) low-level import machinery bits as used by importlib."""
# _imp for quicken: what importlib._bootstrap asks of CPython's Python/import.c. quicken's own import system
# (dev.quicken.modules.ImportSystem) loads modules; this answers importlib's questions about built-in modules.
import sys

check_hash_based_pycs = 'default'
_lock_depth = [0]


def lock_held():
    return _lock_depth[0] > 0


def acquire_lock():
    _lock_depth[0] += 1


def release_lock():
    if _lock_depth[0] == 0:
        raise RuntimeError("not holding the import lock")
    _lock_depth[0] -= 1


def is_builtin(name, /):
    """Returns True if the module name corresponds to a built-in module."""
    return 1 if name in sys.builtin_module_names else 0


def create_builtin(spec, /):
    """Create an extension module."""
    name = spec.name
    if name not in sys.builtin_module_names:
        raise ImportError("no built-in module named " + name, name=name)
    m = sys.modules.get(name)
    return m if m is not None else __import__(name)


def exec_builtin(mod, /):
    """Initialize a built-in module."""
    return 0


def is_frozen(name, /):
    """Returns True if the module name corresponds to a frozen module."""
    return False


def is_frozen_package(name, /):
    raise ImportError("No such frozen object named %r" % name, name=name)


def find_frozen(name, /, *, withdata=False):
    return None


def get_frozen_object(name, data=None, /):
    raise ImportError("No such frozen object named %r" % name, name=name)


def init_frozen(name, /):
    return None


def extension_suffixes():
    """Returns the list of file suffixes used to identify extension modules."""
    return []


def create_dynamic(spec, file=None, /):
    raise ImportError("quicken cannot load extension modules", name=spec.name)


def exec_dynamic(mod, /):
    return 0


def _fix_co_filename(code, path, /):
    pass


def source_hash(key, source):
    raise NotImplementedError("hash-based pycs are not supported by quicken")


def _override_frozen_modules_for_tests(override, /):
    pass


def _override_multi_interp_extensions_check(override, /):
    return -1


def _frozen_module_names():
    return ()
