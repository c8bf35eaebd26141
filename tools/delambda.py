#!/usr/bin/env python3
"""Rewrites def0/def1/def2/def/getset(TYPE, "name", lambda...) registrations of a Java file into enum
switch tables (one enum per setup method, type and kind, registered by constant name), so start-up
loads one class per table instead of linking a lambda class per method (JDK 17 links each lambda
through LambdaMetafactory, ~0.1 ms each even with a CDS archive). Lambdas that capture locals, method
references and non-literal names stay as they are. Usage: tools/delambda.py [--prefixes=,TypeSetup.] FILE.java..."""
import re, sys, collections

JAVA_KW = set('''abstract assert boolean break byte case catch char class const continue default do double else enum
extends final finally float for goto if implements import instanceof int interface long native new package private
protected public return short static strictfp super switch synchronized this throw throws transient try void volatile
while true false null var record yield'''.split())
RESERVED_CALLS = {'equals', 'hashCode', 'toString', 'name', 'ordinal', 'compareTo', 'valueOf', 'values',
                  'getDeclaringClass', 'clone', 'finalize', 'getClass', 'describeConstable', 'wait', 'notify',
                  'notifyAll', 'apply', 'call', 'accept', 'andThen', 'compose', 'identity'}
DECL = r'\b([\w<>\[\]]+)\s+(\w+)\s*(?:=|;|:(?!:)|,|\))'

def scan(src, i, stop):
    depth = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == '"':
            if src.startswith('"""', i):
                j = src.index('"""', i + 3); i = j + 3; continue
            i += 1
            while src[i] != '"':
                i += 2 if src[i] == '\\' else 1
            i += 1; continue
        if c == "'":
            i += 1
            while src[i] != "'":
                i += 2 if src[i] == '\\' else 1
            i += 1; continue
        if src.startswith('//', i):
            i = src.index('\n', i); continue
        if src.startswith('/*', i):
            i = src.index('*/', i) + 2; continue
        if depth == 0 and c in stop:
            return i
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
            if depth < 0:
                return i if c in stop else -1
        i += 1
    return -1

def strip_literals(s):
    s = re.sub(r'"(?:\\.|[^"\\])*"', '""', s)
    s = re.sub(r"'(?:\\.|[^'\\])*'", "''", s)
    s = re.sub(r'//[^\n]*', '', s)
    s = re.sub(r'/\*.*?\*/', '', s, flags=re.S)
    return s

def methods(src):
    out = []
    for m in re.finditer(r'^    (?:(?:private|public|protected|static|final|synchronized)\s+)*[\w<>\[\], .]+?\s(\w+)\([^;{]*?\)\s*(?:throws [\w., ]+)?\{\n', src, re.M):
        start = m.end() - 2
        end = scan(src, start + 1, '}')
        out.append((m.group(1), m.start(), end))
    for m in re.finditer(r'^    static \{\n', src, re.M):
        start = m.end() - 2
        end = scan(src, start + 1, '}')
        out.append(('static', m.start(), end))
    out.sort(key=lambda x: x[1])
    return out

def upper_snake(s):
    return re.sub(r'(?<=[a-z0-9])(?=[A-Z])', '_', s).upper()

def camel(s):
    s = s.replace('.TYPE', '')
    s = s.split('.')[-1]
    if s.startswith('Py') and len(s) > 2 and s[2].isupper():
        s = s[2:]
    out = ''
    for p in re.split(r'[^A-Za-z0-9]+', s):
        if not p:
            continue
        if p.isupper():
            out += ''.join(w.capitalize() for w in p.split('_'))
        else:
            out += p[0].upper() + p[1:]
    return out

def kinds(runtime_pkg):
    q = '' if runtime_pkg else 'dev.quicken.runtime.'
    return {
        'def0': ('%sTypeSetup.F0' % q, ['PyObject'], 'PyObject', 'apply', 'methods of self alone'),
        'def1': ('%sTypeSetup.F1' % q, ['PyObject', 'PyObject'], 'PyObject', 'apply', 'methods of self and one argument'),
        'def2': ('%sTypeSetup.F2' % q, ['PyObject', 'PyObject', 'PyObject'], 'PyObject', 'apply',
                 'methods of self and two arguments'),
        'def': ('%sJFunc' % q, ['PyObject[]', 'String[]'], 'PyObject', 'call', 'functions of an argument vector'),
        'get': ('java.util.function.Function<PyObject, PyObject>', ['PyObject'], 'PyObject', 'apply', 'attribute getters'),
        'set': ('java.util.function.BiConsumer<PyObject, PyObject>', ['PyObject', 'PyObject'], 'void', 'accept',
                'attribute setters'),
        'classmethod': ('%sJFunc' % q, ['PyObject[]', 'String[]'], 'PyObject', 'call', 'class methods'),
        'new': ('%sJFunc' % q, ['PyObject[]', 'String[]'], 'PyObject', 'call', '__new__ functions'),
        'descrget': ('%sTypeSetup.F2' % q, ['PyObject', 'PyObject', 'PyObject'], 'PyObject', 'apply',
                     '__get__ functions'),
    }

def parse_lambda(lam, nparams):
    lm = re.match(r'(?:\(([\w\s,]*)\)|(\w+))\s*->\s*', lam, re.S)
    if not lm:
        return None
    params = [p.strip() for p in (lm.group(1) if lm.group(1) is not None else lm.group(2)).split(',') if p.strip()]
    if len(params) != nparams:
        return None
    return params, lam[lm.end():]

def ends_abruptly(inner):
    lines = [x for x in inner.split('\n') if x.strip()]
    if not lines:
        return False
    ind = min(len(x) - len(x.lstrip()) for x in lines)
    last = [x for x in lines if len(x) - len(x.lstrip()) == ind][-1].strip()
    return last.startswith('throw ') or last.startswith('return')

def emit_expression(L, body, ret):
    """An expression lambda's body as the statements of its case (continuation lines re-indented)."""
    lines = body.strip().split('\n')
    L.append('                ' + ('return ' if ret != 'void' else '') + lines[0])
    rest = lines[1:]
    if rest:
        ind = min((len(x) - len(x.lstrip()) for x in rest if x.strip()), default=0)
        for x in rest:
            L.append(('                        ' + x[ind:]) if x.strip() else '')
    L[-1] = L[-1] + ';'
    if ret == 'void':
        L.append('                return;')

def main(path, prefixes):
    src = open(path).read()
    runtime_pkg = re.search(r'^package dev\.quicken\.runtime;', src, re.M) is not None
    K = kinds(runtime_pkg)
    fields = set(re.findall(r'^\s+(?:(?:private|public|protected|static|final)\s+)+[\w<>\[\], .]+?\s(\w+)\s*(?:=|;)', src, re.M))
    meths = methods(src)
    sites = []
    pre = '|'.join(re.escape(p) for p in prefixes)
    for m in re.finditer(r'^(\s+)(%s)(def0|def1|def2|def|getset|defNew|defGet|defClassMethod)\(' % pre, src, re.M):
        call = m.group(3)
        args = []
        i = m.end()
        while True:
            j = scan(src, i, ',)')
            args.append((i, j))
            if src[j] == ')':
                break
            i = j + 1
        end = j + 1
        if not src.startswith(';', end):
            continue
        want = {'getset': 4, 'defNew': 2, 'defGet': 2}.get(call, 3)
        if len(args) != want:
            continue
        texp = src[args[0][0]:args[0][1]].strip()
        meth = [x for x in meths if x[1] < m.start() < x[2]]
        if not meth:
            continue
        if call in ('defNew', 'defGet'):
            # no name: the constant is named after the type (its local's initializer where there is one)
            init = re.search(r'\b%s\s*=\s*([\w.]+);' % re.escape(texp), src[meth[-1][1]:m.start()])
            name = upper_snake(camel(init.group(1) if init else texp))
            lam = parse_lambda(src[args[1][0]:args[1][1]].strip(), 2 if call == 'defNew' else 3)
            if lam is None or not name:
                continue
            parts = [({'defNew': 'new', 'defGet': 'descrget'}[call],) + lam]
        else:
            name = src[args[1][0]:args[1][1]].strip()
            if not re.fullmatch(r'"[A-Za-z_]\w*"', name):
                continue
            name = name[1:-1]
            parts = []
        if call == 'defClassMethod':
            lam = parse_lambda(src[args[2][0]:args[2][1]].strip(), 2)
            if lam is None:
                continue
            parts.append(('classmethod',) + lam)
        if call == 'getset':
            g = parse_lambda(src[args[2][0]:args[2][1]].strip(), 1)
            stxt = src[args[3][0]:args[3][1]].strip()
            if g is None:
                continue
            parts.append(('get',) + g)
            if stxt != 'null':
                st = parse_lambda(stxt, 2)
                if st is None:
                    continue
                parts.append(('set',) + st)
        elif call in K:
            lam = parse_lambda(src[args[2][0]:args[2][1]].strip(), len(K[call][1]))
            if lam is None:
                continue
            parts.append((call,) + lam)
        meth = [x for x in meths if x[1] < m.start() < x[2]]
        if not meth:
            continue
        meth = meth[-1]
        if name in JAVA_KW or name in fields:
            print('skip (name)', name, file=sys.stderr); continue
        mtext = strip_literals(src[meth[1]:m.start()] + src[end:meth[2]])
        decls = set(x[1] for x in re.findall(DECL, mtext))
        decls |= set(re.findall(r'(\w+)\s*->', mtext))
        for x in re.findall(r'\(([\w\s,]*)\)\s*->', mtext):
            decls |= set(p.strip() for p in x.split(',') if p.strip())
        ok = True
        for kind, params, body in parts:
            sbody = strip_literals(body)
            ids = set(re.findall(r'(?<![\w.])([a-z_]\w*)\b(?!\s*\()', sbody))
            own = set(x[1] for x in re.findall(DECL, sbody)) | set(re.findall(r'(\w+)\s*->', sbody))
            captured = (ids & decls) - set(params) - own
            if captured:
                print('skip (captures %s)' % sorted(captured), name, file=sys.stderr); ok = False
            calls = set(re.findall(r'(?<![\w.])(\w+)\s*\(', sbody))
            if calls & RESERVED_CALLS:
                print('skip (calls %s)' % sorted(calls & RESERVED_CALLS), name, file=sys.stderr); ok = False
            if re.search(r'\bthis\b|\bsuper\b|\byield\b', sbody):
                print('skip (this/super)', name, file=sys.stderr); ok = False
            if kind != 'set' and re.search(r'\breturn\s*;', sbody):
                ok = False
        if not ok:
            continue
        sites.append(dict(start=m.start(), indent=m.group(1), prefix=m.group(2), end=end + 1, call=call, texp=texp,
                          name=name, parts=parts, meth=meth))
    # group the lambdas by (method, type expression, kind)
    groups = collections.OrderedDict()
    for s in sites:
        for kind, params, body in s['parts']:
            if kind in ('new', 'descrget'):
                groups.setdefault(('*', '*', kind), []).append((s, params, body))
            else:
                groups.setdefault((s['meth'][0], s['texp'], kind), []).append((s, params, body))
    texp_count = collections.Counter()
    for (mn, te, k), ss in groups.items():
        texp_count[(mn, te)] += len(ss)
    main_texp = {}
    for (mn, te), c in texp_count.items():
        if mn not in main_texp or c > texp_count[(mn, main_texp[mn])]:
            main_texp[mn] = te
    enums = collections.defaultdict(list)
    enum_of = {}  # (site id, kind) -> enum name
    used = set(re.findall(r'\b(?:class|enum|interface)\s+(\w+)', src))
    dropped = set()
    for (mn, te, k), ss in groups.items():
        seen = set(); keep = []
        for x in ss:
            if x[0]['name'] in seen:
                dropped.add(id(x[0])); continue
            seen.add(x[0]['name']); keep.append(x)
        ss = keep
        base = mn[len('setup'):] if mn.startswith('setup') and len(mn) > 5 else camel(mn)
        base = base[0].upper() + base[1:] if base else 'Table'
        tag = '' if te == main_texp[mn] else camel(te)
        suffix = {'def0': 'Def0', 'def1': 'Def1', 'def2': 'Def2', 'def': 'DefN', 'get': 'Get', 'set': 'Set',
                  'classmethod': 'ClassMethods', 'new': 'New', 'descrget': 'DescrGet'}[k]
        if mn == '*':
            base, tag = ('Type' if k == 'new' else ''), ''
        chunks = []; cur = []; size = 0
        for x in ss:
            l = len(x[2])
            if cur and (size + l > 6000 or len(cur) >= 40):
                chunks.append(cur); cur = []; size = 0
            cur.append(x); size += l
        if cur:
            chunks.append(cur)
        iface, ptypes, ret, mname, desc = K[k]
        for ci, chunk in enumerate(chunks):
            ename = base + tag + suffix + ('' if ci == 0 else chr(ord('A') + ci))
            while ename in used:
                ename += 'X'
            used.add(ename)
            common = collections.Counter(tuple(x[1]) for x in chunk).most_common(1)[0][0]
            pnames = list(common)
            fresh = {1: ['self'], 2: ['self', 'arg'], 3: ['self', 'arg1', 'arg2']}[len(ptypes)]
            if len(ptypes) == 2 and ptypes[0] == 'PyObject[]':
                fresh = ['args', 'kwnames']
            if k == 'set':
                fresh = ['self', 'value']
            allwords = set()
            for x in chunk:
                allwords |= set(re.findall(r'\w+', strip_literals(x[2])))
            for i, pn in enumerate(pnames):
                clash = False
                for x in chunk:
                    sb = strip_literals(x[2])
                    own = set(y[1] for y in re.findall(DECL, sb)) | set(re.findall(r'(\w+)\s*->', sb))
                    if pn in own or any(q == pn and j != i for j, q in enumerate(x[1])):
                        clash = True
                if clash:
                    pnames[i] = fresh[i] if fresh[i] not in allwords else 'p%d' % i
            L = ['']
            what = te if te != main_texp[mn] else 'the type'
            if mn == '*':
                L.append('    /** The %s of the types this file sets up, a case per type: one switch instead of a lambda class each. */'
                         % desc)
            else:
                L.append('    /** The %s that %s registers on %s: one switch instead of a lambda class each. */'
                         % (desc, mn, 'its type' if te in ('t', 'type') else te))
            L.append('    private enum %s implements %s {' % (ename, iface))
            names = ', '.join(x[0]['name'] for x in chunk) + ';'
            # wrap the constant list at 120 columns
            line = '       '
            for w in names.split(' '):
                if len(line) + 1 + len(w) > 118:
                    L.append(line); line = '       '
                line += ' ' + w
            L.append(line)
            L.append('')
            L.append('        @Override')
            L.append('        public %s %s(%s) {' % (ret, mname, ', '.join('%s %s' % (t, n) for t, n in zip(ptypes, pnames))))
            L.append('            switch (this) {')
            M = []
            for s, params, body in chunk:
                usedw = set(re.findall(r'\w+', strip_literals(body)))
                binds = [1 for t, p, n in zip(ptypes, params, pnames) if p != n and p in usedw]
                if not binds and not body.strip().startswith('{'):
                    L.append('            case %s:' % s['name'])
                    emit_expression(L, body, ret)
                    continue
                # a block body becomes a method of its own, NAME_impl (as javac makes a lambda's body a
                # method): the switch stays small and each body stays a compile unit of its own for the JIT
                impl = '%s_impl' % s['name']
                call = '%s(%s)' % (impl, ', '.join(pnames))
                L.append('            case %s:' % s['name'])
                body = body.strip()
                if body.startswith('{'):
                    if ret == 'void':
                        L.append('                %s;' % call)
                        L.append('                return;')
                    else:
                        L.append('                return %s;' % call)
                    inner = body[1:-1]
                    lines = inner.split('\n')
                    while lines and not lines[0].strip():
                        lines = lines[1:]
                    while lines and not lines[-1].strip():
                        lines = lines[:-1]
                    ind = min((len(x) - len(x.lstrip()) for x in lines if x.strip()), default=0)
                    M.append('')
                    M.append('        private static %s %s(%s) {' % (ret, impl, ', '.join(
                        '%s %s' % (t, q) for t, q in zip(ptypes, params))))
                    for x in lines:
                        M.append(('            ' + x[ind:]) if x.strip() else '')
                    M.append('        }')
                else:
                    L.append('                {')
                    for t, p, n in zip(ptypes, params, pnames):
                        if p != n and p in usedw:
                            L.append('                %s %s = %s;' % (t, p, n))
                    emit_expression(L, body, ret)
                    L.append('                }')
            L.append('            default:')
            L.append('                throw new AssertionError(this);')
            L.append('            }')
            L.append('        }')
            L.extend(M)
            L.append('    }')
            enums[chunk[0][0]['meth'][2]].append('\n'.join(L))
            for s, params, body in chunk:
                enum_of[(id(s), k)] = ename
    edits = []
    n = 0
    for s in sites:
        if id(s) in dropped:
            continue
        if s['call'] == 'getset':
            g = enum_of.get((id(s), 'get'))
            st = enum_of.get((id(s), 'set'))
            if g is None or (len(s['parts']) == 2 and st is None):
                continue
            text = '%s%sgetset(%s, %s.%s, %s);' % (s['indent'], s['prefix'], s['texp'], g, s['name'],
                                                  ('%s.%s' % (st, s['name'])) if st else 'null')
        else:
            e = enum_of.get((id(s), {'defNew': 'new', 'defGet': 'descrget',
                                     'defClassMethod': 'classmethod'}.get(s['call'], s['call'])))
            if e is None:
                continue
            text = '%s%s%s(%s, %s.%s);' % (s['indent'], s['prefix'], s['call'], s['texp'], e, s['name'])
        edits.append((s['start'], s['end'], text))
        n += 1
    ins = []
    for pos, v in enums.items():
        nl = src.index('\n', pos)
        ins.append((nl, nl, '\n' + '\n'.join(v)))
    for a, b, text in sorted(edits + ins, key=lambda e: e[0], reverse=True):
        src = src[:a] + text + src[b:]
    open(path, 'w').write(src)
    print('%s: %d sites -> %d enums' % (path, n, sum(len(v) for v in enums.values())), file=sys.stderr)

if __name__ == '__main__':
    args = sys.argv[1:]
    prefixes = ['', 'TypeSetup.']
    if args and args[0].startswith('--prefixes='):
        prefixes = args[0].split('=', 1)[1].split(',')
        args = args[1:]
    for p in args:
        main(p, prefixes)
