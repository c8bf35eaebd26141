"""_warnings provides basic warning filtering support."""
# _warnings for quicken: importlib._bootstrap needs a built-in _warnings; it forwards to warnings.py (which,
# finding none of CPython's C names here, runs its pure-Python implementation).


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    import warnings
    warnings.warn(message, category, stacklevel + 1, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    """Low-level interface to warnings functionality."""
    import warnings
    warnings.warn_explicit(message, category, filename, lineno, module, registry, module_globals, source)
