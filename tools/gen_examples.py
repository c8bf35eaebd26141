#!/usr/bin/env python3.11
"""Regenerates examples/*.pyc from examples/*.py with CPython 3.11 (unchecked hash-based pycs,
so the files do not depend on a source mtime). Run: python3.11 tools/gen_examples.py"""
import pathlib
import py_compile
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("run this with python3.11")
root = pathlib.Path(__file__).resolve().parent.parent
for src in sorted((root / "examples").glob("*.py")):
    rel = src.relative_to(root).as_posix()
    py_compile.compile(str(src), cfile=str(src.with_suffix(".pyc")), dfile=rel, doraise=True,
                       invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    print("wrote", src.with_suffix(".pyc").relative_to(root))
