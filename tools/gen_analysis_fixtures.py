"""Writes fixtures for the analysis module's tests with CPython 3.11.

  python3.11 tools/gen_analysis_fixtures.py

stats_repr.txt: how CPython prints a dict shaped like _opcode.get_specialization_stats()'s
(family keys in 3.11's order, counters success..deopt, a failure_kinds tuple of 30), filled
with the pattern StatsReprTest builds: family f (0-based) has success=7f, failure=7f+1, ...,
deopt=7f+5 and failure_kinds[k] = 100f + k.
"""
import os

KEYS = ["load_attr", "load_global", "load_method", "binary_subscr", "store_subscr", "store_attr",
        "call", "binary_op", "compare_op", "unpack_sequence", "precall"]
NAMES = ["success", "failure", "hit", "deferred", "miss", "deopt"]

stats = {}
for f, key in enumerate(KEYS):
    d = {name: 7 * f + i for i, name in enumerate(NAMES)}
    d["failure_kinds"] = tuple(100 * f + k for k in range(30))
    stats[key] = d

out = os.path.join(os.path.dirname(__file__), "..", "analysis", "src", "test", "resources", "fixtures")
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "stats_repr.txt"), "w") as fh:
    print(stats, file=fh)
