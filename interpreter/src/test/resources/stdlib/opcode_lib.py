# needs: Lib
import opcode
print(opcode.stack_effect(opcode.opmap['CALL'], 2), len(opcode.opmap), opcode.HAVE_ARGUMENT)
print(opcode.opname[opcode.opmap['LOAD_ATTR']], opcode.hasjrel[:5], opcode._specializations['LOAD_ATTR'])
print('stack_effect' in opcode.__all__, opcode._inline_cache_entries[opcode.opmap['LOAD_ATTR']])
