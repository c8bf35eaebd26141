# needs: Lib
# importlib's finders on sys.meta_path / sys.path_hooks once importlib is imported: find_spec,
# import_module, reload, pkgutil, specs and loaders of modules imported afterwards
import os, sys, tempfile, importlib, importlib.util, importlib.machinery, pkgutil

print([getattr(f, '__name__', '') for f in sys.meta_path if getattr(f, '__name__', '') in ('BuiltinImporter', 'FrozenImporter', 'PathFinder')])
print(len(sys.path_hooks) >= 1)
spec = importlib.util.find_spec('json')
print(spec.name, type(spec.loader).__name__, spec.origin.endswith('json/__init__.py'),
      spec.submodule_search_locations[0].endswith('json'), spec.parent)
spec = importlib.util.find_spec('itertools')
print(spec.name, spec.loader.__name__, spec.origin)
print(importlib.util.find_spec('no_such_module_here'))
import _functools, json.decoder
print(_functools.__spec__.origin, _functools.__loader__ is importlib.machinery.BuiltinImporter)
print(type(json.decoder.__loader__).__name__, json.decoder.__spec__.parent, json.decoder.__cached__.endswith('.pyc'))
print(json.__loader__.is_package('json'), json.__loader__.get_source('json').startswith('r"""JSON'))

d = tempfile.mkdtemp()
with open(os.path.join(d, 'lb3_mod.py'), 'w') as f:
    f.write('X = 1\n')
os.mkdir(os.path.join(d, 'lb3_pkg'))
with open(os.path.join(d, 'lb3_pkg', '__init__.py'), 'w') as f:
    f.write('Y = 2\n')
with open(os.path.join(d, 'lb3_pkg', 'sub.py'), 'w') as f:
    f.write('Z = 3\n')
sys.path.insert(0, d)
m = importlib.import_module('lb3_mod')
print(m.X, m.__name__, type(m.__loader__).__name__, m.__spec__.name)
sub = importlib.import_module('.sub', 'lb3_pkg')
print(sub.Z, sub.__name__, sys.modules['lb3_pkg'].Y, sys.modules['lb3_pkg'].sub is sub)
with open(os.path.join(d, 'lb3_mod.py'), 'w') as f:
    f.write('X = 10\n')
m2 = importlib.reload(m)
print(m2 is m, m.X)
print(sorted((i.name, i.ispkg) for i in pkgutil.iter_modules([d])))
print(sorted(i.name for i in pkgutil.iter_modules(sys.modules['lb3_pkg'].__path__)))
print(pkgutil.get_data('lb3_pkg', 'sub.py'))
sys.modules.pop('lb3_mod')
sys.modules['lb3_blocked'] = None
try:
    importlib.import_module('lb3_blocked')
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module('lb3_pkg.missing')
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import shutil
shutil.rmtree(d)
