"""Which standard-library modules import under quicken, and why the others do not.

Runs `import M` for each module of the stdlib acceptance list in a fresh quicken process (the CLI jar or
interpreter/target/classes) and prints a Markdown table: module, OK or the last line of the error.
Usage: python3.11 tools/stdlib_census.py [MODULE ...]
"""
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
MODULES = ('collections functools itertools operator copy dataclasses enum typing abc contextlib string '
           'textwrap heapq bisect random math statistics fractions decimal json re datetime io os.path '
           'pathlib time struct hashlib base64 pickle argparse logging traceback unittest asyncio dis '
           'keyword numbers colorsys opcode contextvars errno types weakref reprlib copyreg').split()


def quicken_cmd():
    jar = ROOT / 'interpreter/target/quicken-interpreter.jar'
    classes = ROOT / 'interpreter/target/classes'
    cp = str(jar) if jar.exists() else str(classes)
    return ['java', '-Xss1g', '-cp', cp, 'dev.quicken.cli.Main', 'run']


def main(argv):
    mods = argv or MODULES
    ok = 0
    print('| module | result |\n|---|---|')
    with tempfile.TemporaryDirectory() as d:
        for m in mods:
            prog = pathlib.Path(d, 'census_main.py')
            prog.write_text(f'import {m}\n')
            try:
                p = subprocess.run(quicken_cmd() + [str(prog)], capture_output=True, text=True, timeout=120)
                lines = (p.stdout + p.stderr).strip().splitlines()
                res = 'OK' if p.returncode == 0 else (lines[-1] if lines else f'exit {p.returncode}')
            except subprocess.TimeoutExpired:
                res = 'timeout'
            ok += res == 'OK'
            print(f'| {m} | {res.replace("|", "/")} |')
    print(f'\n{ok} of {len(mods)} import')


if __name__ == '__main__':
    main(sys.argv[1:])
