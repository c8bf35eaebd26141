#!/usr/bin/env python3
"""Turns the lambdas and method references that a quicken run links into anonymous classes (JDK 17 links each
lambda through LambdaMetafactory at its first use, ~0.17 ms of CPU even when the launcher's CDS archive holds its
class; an anonymous class costs ~0.02 ms). StartupLambdaTest keeps print("ok") free of them.

    mvn -q -B -o install -DskipTests -pl interpreter
    python3 tools/lambdas_to_classes.py [--only dev/quicken/x/File.java ...] PROGRAM.py [ARGS...]

Runs PROGRAM twice from the jar with a fresh code cache (the second run's class list counts: the compiler is not
used then), reads the linked lambdas from -XX:DumpLoadedClassList, finds their source lines with javap, and
rewrites them (tools/LambdasToClasses.java). Files under dev/quicken/compiler are left alone unless named.
Review the diff: a lambda evaluated again and again on a hot path (a non-capturing one is made once) should stay.
"""
import os, re, subprocess, sys, tempfile, collections

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "interpreter", "target", "quicken-interpreter.jar")
CLASSES = os.path.join(ROOT, "interpreter", "target", "classes")
SRC = os.path.join(ROOT, "interpreter", "src", "main", "java")


def class_list(prog, tmp):
    cl = os.path.join(tmp, "classlist")
    cmd = ["java", "-XX:+UseSerialGC", "-Dquicken.cache.dir=" + os.path.join(tmp, "cache"), "-jar", JAR, "run"] + prog
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    subprocess.run(cmd[:1] + ["-XX:DumpLoadedClassList=" + cl] + cmd[1:], stdout=subprocess.DEVNULL, check=True)
    return [l.split() for l in open(cl) if l.startswith("@lambda-proxy")]


def targets(records):
    """'L file line' for lambdas (first line of their synthetic method), 'M file Owner name' for method references."""
    need = collections.defaultdict(set)
    out = set()
    for r in records:
        host, impl_cls, impl_name = r[1], r[6], r[7]
        if not host.startswith("dev/quicken/"):
            continue
        if impl_name.startswith("lambda$"):
            need[impl_cls].add(impl_name)
        else:
            out.add("M %s.java %s %s" % (host.split("$")[0], impl_cls.split("/")[-1].split("$")[-1], impl_name))
    for cls, names in need.items():
        txt = subprocess.run(["javap", "-p", "-l", "-cp", CLASSES, cls.replace("/", ".")],
                             capture_output=True, text=True, check=True).stdout
        cur = None
        for line in txt.splitlines():
            m = re.match(r"\s+(?:[\w.<>\[\]$,]+\s+)*(lambda\$[\w$]+)\(", line)
            if m:
                cur = m.group(1) if m.group(1) in names else None
                continue
            m = re.match(r"\s+line (\d+): \d+", line)
            if m and cur:
                out.add("L %s.java %s" % (cls.split("$")[0], m.group(1)))
                cur = None
    return sorted(out)


def main():
    args = sys.argv[1:]
    only = []
    while args and args[0] == "--only":
        only.append(args[1])
        args = args[2:]
    if not args:
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as tmp:
        t = targets(class_list(args, tmp))
        files = sorted({x.split()[1] for x in t})
        files = [f for f in files if f in only] if only else [f for f in files if "/compiler/" not in f]
        if not files:
            print("no lambdas to convert")
            return
        tf = os.path.join(tmp, "targets")
        with open(tf, "w") as f:
            f.write("\n".join(t) + "\n")
        subprocess.run(["java", "--add-modules", "jdk.compiler", os.path.join(ROOT, "tools", "LambdasToClasses.java"),
                        SRC, tf] + files, check=True)


if __name__ == "__main__":
    main()
