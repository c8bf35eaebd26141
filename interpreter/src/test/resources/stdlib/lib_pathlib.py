# pathlib: pure path algebra, and a real directory tree (made in a temporary directory)
import os, pathlib, shutil, tempfile
from pathlib import Path, PurePosixPath, PureWindowsPath

p = PurePosixPath('/usr/lib/python3.11/json/__init__.py')
print(p.parts, p.parent, p.parents[2], p.name, p.stem, p.suffix, p.suffixes, p.anchor, p.root)
print(p.with_suffix('.pyc'), p.with_name('x.py'), p.with_stem('main'), p.relative_to('/usr/lib'))
print(p.is_absolute(), p.match('*.py'), p.match('json/*.py'), p.match('/usr/*.py'), p.is_relative_to('/usr'))
print(PurePosixPath('a') / 'b' / '../c', PurePosixPath('a//b/./c/'), PurePosixPath('/a', '/b', 'c'))
print(PurePosixPath('x.tar.gz').suffixes, PurePosixPath('.bashrc').suffix, PurePosixPath('a/b').as_posix())
print(PureWindowsPath(r'C:\Users\me\file.TXT').parts, PureWindowsPath('c:/a') == PureWindowsPath('C:/A'))
print(sorted([PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('a')]), hash(PurePosixPath('a')) == hash(PurePosixPath('a')))
for bad in (lambda: p.relative_to('/etc'), lambda: PurePosixPath('a').with_suffix('txt'), lambda: PurePosixPath('/').with_name('x')):
    try:
        bad()
    except ValueError as e:
        print('ValueError', str(e).replace("'", ''))

base = Path(tempfile.mkdtemp())
try:
    (base / 'src' / 'pkg').mkdir(parents=True)
    (base / 'src' / 'pkg' / '__init__.py').write_text('')
    (base / 'src' / 'pkg' / 'mod.py').write_text('print("hi")\n')
    (base / 'src' / 'data.bin').write_bytes(bytes(range(10)))
    (base / 'README.md').write_text('# title\nline two\n', encoding='utf-8')
    rel = lambda q: q.relative_to(base).as_posix()
    print(sorted(rel(q) for q in base.rglob('*')))
    print(sorted(rel(q) for q in base.glob('src/*')), sorted(rel(q) for q in base.glob('**/*.py')))
    print(sorted(q.name for q in (base / 'src').iterdir()))
    r = base / 'README.md'
    print(r.exists(), r.is_file(), r.is_dir(), r.stat().st_size, r.read_text().splitlines(), r.suffix)
    print((base / 'src' / 'data.bin').read_bytes()[:4], (base / 'nope').exists())
    with r.open('a') as f:
        f.write('appended\n')
    print(r.read_text().count('\n'))
    moved = r.rename(base / 'DOC.md')
    print(rel(moved), r.exists(), moved.exists())
    moved.unlink()
    try:
        moved.unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    moved.unlink(missing_ok=True)
    try:
        (base / 'src').mkdir()
    except FileExistsError:
        print('FileExistsError')
    (base / 'src').mkdir(exist_ok=True)
    print(Path(os.fspath(base / 'src')) == base / 'src', (base / 'src' / '..' / 'src').resolve() == (base / 'src').resolve())
    (base / 'empty').mkdir()
    (base / 'empty').rmdir()
    (base / 'link').symlink_to(base / 'src')
    print((base / 'link').is_symlink(), sorted(q.name for q in (base / 'link').iterdir()))
    print(Path('a/b.txt').with_suffix('.md'), Path.cwd().is_absolute(), Path('~').expanduser().is_absolute())
    t = base / 'touched'
    t.touch()
    print(t.exists(), t.stat().st_size, oct(t.stat().st_mode & 0o777 & ~0o022)[:2])
finally:
    shutil.rmtree(base)
print(base.exists())
