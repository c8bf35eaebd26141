"""The training run of the ./quicken launcher's class-data-sharing archive (JDK 17) or ahead-of-time
cache (JDK 25+): a few bench programs, small sizes, in one process, so that the archive holds the
classes (and the cache the profiles) of typical programs rather than of richards alone.

    ./quicken run tools/cds_train.py        (the launcher discards the output)
"""
import os
import sys

BENCH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bench")
PROGRAMS = [("richards", "1"), ("raytrace", "5"), ("float_objects", "2000"), ("deltablue", "5"),
            ("generators", "2000"), ("unpack_sequence", "200")]

for name, arg in PROGRAMS:
    path = os.path.join(BENCH, name + ".py")
    sys.argv = [path, arg]
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    exec(code, {"__name__": "__main__", "__file__": path})
