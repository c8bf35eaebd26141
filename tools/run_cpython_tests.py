"""Runs modules of CPython 3.11's own test suite (Lib/test/test_*.py) under quicken, one quicken process per
module with a timeout, and records which tests pass, as GraalPy's tagged tests do:

    python3.11 tools/run_cpython_tests.py [--timeout S] [--no-write] [MODULE ...]

For each module it writes interpreter/src/test/resources/cpython-tags/MODULE.txt (the ids of the passing
tests, sorted; CpythonTaggedTest reruns them under -Dquicken.slow=true and fails when one no longer passes)
and prints a Markdown table: module, status (completed / timeout / crash: last line), tests run, passed,
percentage. Also the same run under python3.11 gives the number of tests each module has, for reference.
Without MODULE arguments it runs the acceptance list below. Needs the quicken jar (mvn install) and a CPython
Lib that has its test package."""
import argparse
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TAGS = ROOT / 'interpreter/src/test/resources/cpython-tags'
DRIVER = ROOT / 'tools/cpython_test_driver.py'
MODULES = ('test_int test_float test_list test_dict test_set test_tuple test_string test_grammar test_exceptions '
           'test_generators test_class test_descr test_scope test_with test_contextlib test_itertools '
           'test_functools test_collections test_math test_random test_json test_re test_dataclasses test_enum '
           'test_bool test_complex test_long test_unary test_augassign test_bisect test_heapq test_operator '
           'test_string_literals test_types test_base64 test_binascii test_zlib test_hashlib test_time '
           'test_datetime test_struct test_os test_posixpath test_genericpath test_fnmatch test_glob test_keyword '
           'test_textwrap test_opcodes test_pow test_range test_slice test_sort test_userdict test_userlist '
           'test_userstring test_abc test_copy test_deque test_defaultdict test_ordered_dict test_statistics '
           'test_fractions test_decimal test_strtod test_format test_fstring test_unicode test_bytes').split()


def quicken_cmd():
    jar = ROOT / 'interpreter/target/quicken-interpreter.jar'
    cp = str(jar) if jar.exists() else str(ROOT / 'interpreter/target/classes')
    return ['java', '-Xss1g', '-cp', cp, 'dev.quicken.cli.Main', 'run']


def run(cmd, timeout):
    """(status, lines of the driver's output)."""
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=str(ROOT))
        out = p.stdout
        status = 'completed' if 'SUMMARY ' in out else 'crash: ' + ((p.stdout + p.stderr).strip().splitlines()
                                                                   or ['exit %d' % p.returncode])[-1]
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode('utf-8', 'replace') if isinstance(e.stdout, bytes) else (e.stdout or '')
        status = 'timeout'
    return status, out.splitlines()


def results(lines):
    res = {}
    for line in lines:
        m = re.match(r'(PASS|FAIL|ERROR|SKIP|XFAIL|XPASS) (.*)', line)
        if m:
            res[m.group(2)] = m.group(1)
    return res


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument('--timeout', type=float, default=300)
    ap.add_argument('--no-write', action='store_true')
    ap.add_argument('--no-reference', action='store_true')
    ap.add_argument('modules', nargs='*')
    args = ap.parse_args(argv)
    mods = args.modules or MODULES
    TAGS.mkdir(parents=True, exist_ok=True)
    print('| module | status | run | passed | % | CPython passes |\n|---|---|---|---|---|---|')
    totals = [0, 0, 0]
    for m in mods:
        status, lines = run(quicken_cmd() + [str(DRIVER), m], args.timeout)
        res = results(lines)
        passed = sorted(t for t, r in res.items() if r == 'PASS')
        ran = sum(1 for r in res.values() if r != 'SKIP')
        ref = ''
        if not args.no_reference:
            _, ref_lines = run([sys.executable, str(DRIVER), m], args.timeout)
            ref = str(sum(1 for r in results(ref_lines).values() if r == 'PASS'))
        pct = '%.0f' % (100.0 * len(passed) / ran) if ran else '-'
        print('| %s | %s | %d | %d | %s | %s |' % (m, status.replace('|', '/')[:120], ran, len(passed), pct, ref),
              flush=True)
        totals[0] += status == 'completed'
        totals[1] += ran
        totals[2] += len(passed)
        if not args.no_write:
            tag = TAGS / (m + '.txt')
            if passed:
                tag.write_text('# tests of Lib/test/%s.py that pass under quicken (tools/run_cpython_tests.py)\n'
                               % m + ''.join(t + '\n' for t in passed))
            elif tag.exists():
                tag.unlink()
    print('\n%d of %d modules ran to completion; %d of %d tests passed' % (totals[0], len(mods), totals[2],
                                                                          totals[1]))


if __name__ == '__main__':
    main(sys.argv[1:])
