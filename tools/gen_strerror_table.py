"""Writes interpreter/src/main/resources/dev/quicken/modules/strerror.txt: Linux strerror() text of
errno 1..133 as python3.11's os.strerror gives it (read by quicken's posix module).
Usage: python3.11 tools/gen_strerror_table.py"""
import os
import pathlib

out = pathlib.Path(__file__).resolve().parent.parent / 'interpreter/src/main/resources/dev/quicken/modules/strerror.txt'
out.write_text(''.join(f'{i} {os.strerror(i)}\n' for i in range(1, 134)))
