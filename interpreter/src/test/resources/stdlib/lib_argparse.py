# argparse: positionals, options, types, choices, nargs, defaults, subcommands, groups, help and errors
import argparse, contextlib, io, os
os.environ['COLUMNS'] = '80'

def run(parser, argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            ns = parser.parse_args(argv)
        print('ok', sorted(vars(ns).items()))
    except SystemExit as e:
        print('exit', e.code, err.getvalue().strip().replace('\n', ' | '))

p = argparse.ArgumentParser(prog='tool', description='Process some files.', epilog='That is all.')
p.add_argument('files', nargs='+', help='input files')
p.add_argument('-n', '--count', type=int, default=3, help='how many (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--ratio', type=float)
p.add_argument('--tag', action='append', dest='tags')
p.add_argument('--dry-run', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
g = p.add_mutually_exclusive_group()
g.add_argument('--json', action='store_true')
g.add_argument('--xml', action='store_true')
p.add_argument('--pair', nargs=2, metavar=('A', 'B'))
p.add_argument('--opt', nargs='?', const='C', default='D')
run(p, ['a.txt'])
run(p, ['a.txt', 'b.txt', '-n', '7', '-vvv', '--mode', 'slow', '--tag', 'x', '--tag=y', '--dry-run', '--no-color'])
run(p, ['a', '--ratio', '2.5', '--json', '--pair', '1', '2', '--opt'])
run(p, ['a', '--opt', 'E', '--', '-notanoption'])
run(p, [])
run(p, ['a', '-n', 'many'])
run(p, ['a', '--mode', 'medium'])
run(p, ['a', '--json', '--xml'])
run(p, ['a', '--bogus'])
run(p, ['a', '--pair', '1'])
run(p, ['a', '--cou', '5'])
p.print_help()
print(p.format_usage())

s = argparse.ArgumentParser(prog='git')
s.add_argument('--version', action='version', version='%(prog)s 2.0')
sub = s.add_subparsers(dest='cmd', required=True)
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
pu = sub.add_parser('push', help='update remote')
pu.add_argument('remote', nargs='?', default='origin')
pu.add_argument('branches', nargs='*')
run(s, ['commit', '-m', 'hello'])
run(s, ['push'])
run(s, ['push', 'up', 'main', 'dev'])
run(s, ['commit'])
run(s, [])
run(s, ['pull'])
run(s, ['--version'])
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        s.parse_args(['--version'])
    except SystemExit as e:
        print('exit', e.code)
print(out.getvalue(), end='')
s.print_help()

k = argparse.ArgumentParser(prog='kv', fromfile_prefix_chars='@', allow_abbrev=False,
                            formatter_class=argparse.ArgumentDefaultsHelpFormatter)
k.add_argument('--size', type=int, default=10, help='the size')
k.add_argument('rest', nargs=argparse.REMAINDER)
ns, extra = k.parse_known_args(['--size', '4', 'x', '--other'])
print(ns, extra)
im = argparse.ArgumentParser(prog='im')
im.add_argument('--flag', action='store_true')
im.add_argument('words', nargs='*')
print(im.parse_intermixed_args(['a', '--flag', 'b']))
k.print_help()
ns = argparse.Namespace(a=1, b='two')
print(ns, 'a' in ns, ns == argparse.Namespace(b='two', a=1))
try:
    p.add_argument('--count')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
