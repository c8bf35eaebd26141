"""Regenerates interpreter/src/test/resources/stdlib/*.out (stdout + stderr + exit status) by running each
program there with python3.11 with PYTHONHASHSEED=0 (quicken hashes str as CPython with seed 0). Run: python3.11 tools/gen_stdlib_fixtures.py"""
import os
import pathlib
import subprocess
import sys

here = pathlib.Path(__file__).resolve().parent.parent / 'interpreter/src/test/resources/stdlib'
env = dict(os.environ, PYTHONHASHSEED='0')
for src in sorted(here.glob('*.py')):
    p = subprocess.run([sys.executable, src.name], cwd=here, env=env, capture_output=True, text=True)
    out = p.stdout + p.stderr + ('' if p.returncode == 0 else f'exit {p.returncode}\n')
    src.with_suffix('.out').write_text(out)
    print(src.name, 'exit', p.returncode)
