# unittest: test cases, fixtures order, assertions and their messages, skips, expected failures,
# subTest, a runner's report, loaders and suites
import io, re, unittest

events = []

class Arithmetic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('setUpClass')

    def setUp(self):
        events.append('setUp ' + self._testMethodName)

    def tearDown(self):
        events.append('tearDown ' + self._testMethodName)

    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        {}['missing']

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIn('division', str(cm.exception))
        self.assertRaisesRegex(ValueError, 'invalid literal', int, 'x')

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_messages(self):
        self.assertDictEqual({'a': 1}, {'a': 2}, 'custom msg')

class Misc(unittest.TestCase):
    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(1.0, 1.1)

    def test_multiline(self):
        self.assertEqual('one\ntwo\nthree\n', 'one\nTWO\nthree\n')

    def test_containers(self):
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertIsInstance(3, int)
        self.assertIsNone(None)
        self.assertGreater(3, 2)
        self.assertSetEqual({1, 2}, {1, 3})

    def test_skip_inside(self):
        self.skipTest('skipped from the body')

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
suite = unittest.TestLoader().loadTestsFromTestCase(Arithmetic)
suite.addTests(unittest.TestLoader().loadTestsFromTestCase(Misc))
result = runner.run(suite)
out = re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests in Ts', stream.getvalue())
out = out.replace(__file__, 'FILE')
print(out)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(events)
print(suite.countTestCases(), sorted(unittest.TestLoader().getTestCaseNames(Misc)))
case = Misc('test_almost')
print(case.id().split('.')[-2:], str(case).split(' ')[0], case.shortDescription())
r2 = unittest.TestResult()
unittest.FunctionTestCase(lambda: None).run(r2)
print(r2.testsRun, r2.wasSuccessful())
