"""Runs one module of CPython 3.11's test suite (Lib/test/MODULE.py) with unittest and prints one line per
test: "PASS id", "FAIL id", "ERROR id", "SKIP id", "XFAIL id", "XPASS id", then "SUMMARY ...".
Meant to run under quicken (tools/run_cpython_tests.py and CpythonTaggedTest start it):
    quicken run tools/cpython_test_driver.py test_int [--only TAGFILE]
With --only, runs just the tests whose ids TAGFILE lists (one per line, '#' comments)."""
import sys
import unittest


def flatten(suite):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            yield from flatten(t)
        else:
            yield t


class Recorder(unittest.TestResult):
    def _emit(self, kind, test):
        sys.__stdout__.write('%s %s\n' % (kind, test.id()))
        sys.__stdout__.flush()

    def __init__(self):
        super().__init__()
        self.failed_subtests = set()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._emit('FAIL' if test.id() in self.failed_subtests else 'PASS', test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._emit('FAIL', test)

    def addError(self, test, err):
        super().addError(test, err)
        # errors of setUpClass/setUpModule arrive as _ErrorHolder objects
        self._emit('ERROR', test)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._emit('SKIP', test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._emit('XFAIL', test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._emit('XPASS', test)

    def addSubTest(self, test, subtest, err):
        # a failing subtest fails its test (as unittest's runner reports it)
        super().addSubTest(test, subtest, err)
        if err is not None:
            self.failed_subtests.add(test.id())


def main(argv):
    name = argv[0]
    only = None
    if len(argv) > 2 and argv[1] == '--only':
        with open(argv[2]) as f:
            only = {line.strip() for line in f if line.strip() and not line.startswith('#')}
    verbose = '--verbose' in argv
    module = __import__('test.' + name, fromlist=['*'])
    loader = unittest.TestLoader()
    tests = list(flatten(loader.loadTestsFromModule(module)))
    if only is not None:
        tests = [t for t in tests if t.id() in only]
    result = Recorder()
    suite = unittest.TestSuite(tests)
    suite.run(result)
    if verbose:
        for test, tb in result.failures + result.errors:
            sys.__stdout__.write('--- %s\n%s\n' % (test.id(), tb))
    sys.__stdout__.write('SUMMARY module=%s run=%d failures=%d errors=%d skipped=%d\n' % (
        name, result.testsRun, len(result.failures), len(result.errors), len(result.skipped)))


if __name__ == '__main__':
    main(sys.argv[1:])
