# Java-native: sys attributes the standard library reads at import time.
import sys
print(sys.implementation)
print(sys.flags)
print(sys.float_info)
print(sys.int_info, sys.hash_info.modulus, sys.version_info, sys.version_info.major, sys.version_info >= (3, 8))
print(type(sys.implementation), sys.flags.optimize, sys.flags.dev_mode, sys.maxunicode, sys.warnoptions)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), 'errno' in sys.builtin_module_names)
ns = type(sys.implementation)(a=1, b='x')
ns.c = [1]
print(ns, ns == type(sys.implementation)(a=1, b='x', c=[1]))
