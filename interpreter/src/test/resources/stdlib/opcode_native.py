# Java-native: _opcode (get_specialization_stats is None when nothing observes, as in a normal CPython build).
import _opcode
print(_opcode.get_specialization_stats())
print(_opcode.stack_effect(1), _opcode.stack_effect(100, 0), _opcode.stack_effect(103, 3))
print(_opcode.stack_effect(93, 0), _opcode.stack_effect(93, 0, jump=True), _opcode.stack_effect(93, 0, jump=False))
print(_opcode.stack_effect(171, 2), _opcode.stack_effect(166, 2), _opcode.stack_effect(114, 5, jump=True))
for args, kw in [((1, 0), {}), ((100,), {}), ((0,), {}), ((100, 0), {'jump': 1})]:
    try:
        _opcode.stack_effect(*args, **kw)
    except ValueError as e:
        print('ValueError', e)
