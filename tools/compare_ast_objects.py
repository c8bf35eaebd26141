"""Compares quicken's ast.parse (the _ast objects compile(..., PyCF_ONLY_AST) builds) with python3.11's:
ast.dump(ast.parse(source), include_attributes=True) of every file, printed by a script run once under each.
    python3.11 tools/compare_ast_objects.py [--show] [FILE_OR_DIR ...]
Default: the corpus, interpreter/src/test/resources/programs/*.py. Prints the files whose dumps differ (with
--show, both dumps of the first one) and the count of equal ones; exit 1 when any differs. Needs the quicken
jar (mvn -q -B -o install -DskipTests -pl interpreter)."""
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
DUMPER = r'''
import ast, sys
for path in sys.stdin.read().splitlines():
    with open(path, 'rb') as f:
        src = f.read()
    try:
        d = ast.dump(ast.parse(src, path), include_attributes=True)
    except SyntaxError as e:
        d = 'SyntaxError: %s (%s, %s)' % (e.msg, e.lineno, e.offset)
    sys.stdout.write('### %s\n%s\n' % (path, d))
'''


def dumps(cmd, files):
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(DUMPER)
    p = subprocess.run(cmd + [f.name], input='\n'.join(files), capture_output=True, text=True,
                       env={'PYTHONHASHSEED': '0', 'PATH': __import__('os').environ['PATH']})
    pathlib.Path(f.name).unlink()
    if p.returncode != 0:
        sys.exit('%s failed: %s' % (cmd[0], p.stderr.strip().splitlines()[-1:] or p.returncode))
    out, key = {}, None
    for line in p.stdout.splitlines():
        if line.startswith('### ') and key is None:
            key = line[4:]
        elif key is not None:
            out[key] = line
            key = None
    return out


def main(argv):
    show = '--show' in argv
    args = [a for a in argv if a != '--show'] or [str(ROOT / 'interpreter/src/test/resources/programs')]
    files = []
    for a in args:
        p = pathlib.Path(a)
        files += sorted(str(x) for x in p.rglob('*.py')) if p.is_dir() else [str(p)]
    jar = ROOT / 'interpreter/target/quicken-interpreter.jar'
    want = dumps([sys.executable], files)
    got = dumps(['java', '-Xss1g', '-cp', str(jar), 'dev.quicken.cli.Main', 'run'], files)
    bad = [f for f in files if want.get(f) != got.get(f)]
    for f in bad:
        print('differs:', f)
    if bad and show:
        print('python3.11:', want.get(bad[0]))
        print('quicken:   ', got.get(bad[0]))
    print('%d of %d files dump equal' % (len(files) - len(bad), len(files)))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
