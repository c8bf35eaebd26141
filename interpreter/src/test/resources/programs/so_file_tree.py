import os
import tempfile

def build(root, spec):
    for name, content in spec.items():
        path = os.path.join(root, name)
        if isinstance(content, dict):
            os.mkdir(path)
            build(path, content)
        else:
            with open(path, 'w') as f:
                f.write(content)

spec = {'src': {'main.py': 'print(1)\n' * 3, 'util.py': 'x = 1\n', 'pkg': {'__init__.py': ''}},
        'docs': {'README.md': '# readme\n\nsome text\n'}, 'setup.cfg': '[metadata]\nname = demo\n'}
with tempfile.TemporaryDirectory() as root:
    build(root, spec)
    total = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        for fn in sorted(filenames):
            size = os.path.getsize(os.path.join(dirpath, fn))
            total += size
            print(f'{os.path.join(rel, fn):24} {size:4d} bytes')
    print('total', total, 'bytes')
    py = [e.name for e in os.scandir(os.path.join(root, 'src')) if e.is_file() and e.name.endswith('.py')]
    print('python files in src:', sorted(py))
    os.rename(os.path.join(root, 'setup.cfg'), os.path.join(root, 'setup.ini'))
    print(sorted(os.listdir(root)))
print('cleaned up:', not os.path.exists(root))
