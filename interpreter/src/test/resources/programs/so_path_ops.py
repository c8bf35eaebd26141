import os.path as p
import posixpath

paths = ['/usr/local/lib/python3.11/os.py', 'relative/dir/', 'a/b/../c/./d.txt', '//double//slash', '~/notes.md', '.hidden', 'archive.tar.gz']
for path in paths:
    print(f'{path:35} base={p.basename(path)!r:14} dir={p.dirname(path)!r:30} ext={p.splitext(path)[1]!r}')
print(p.normpath('a/b/../c/./d.txt'), p.join('a', 'b', '/abs', 'c'), p.isabs('/x'), p.isabs('x'))
print(p.commonpath(['/usr/lib/a', '/usr/lib/b/c']), p.commonprefix(['interstellar', 'internet', 'interval']))
print(p.relpath('/a/b/c/d', '/a/x'), posixpath.split('/a/b/'), posixpath.splitext('noext'))
print(p.normcase('MiXeD/Case'), p.expanduser('~root') == p.expanduser('~root'), p.splitdrive('/x/y'))
