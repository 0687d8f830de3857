#!/usr/bin/env python3
"""Summarise a dotnet-trace speedscope file (thread-time sampling) by method.

usage: trace-summary.py TRACE.speedscope.json [--top 40] [--match REGEX]

For every method: inclusive time (summed over all threads, counted once per stack even when
recursive) and exclusive time (as the leaf frame). The sampled-thread-time profile also counts
time a thread spends blocked; frames under Monitor/Wait/Sleep/Join are waiting, not work.
--match keeps only methods whose name matches (default: our code and the libraries we call).
"""
import collections, json, re, sys


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    top = int(args[args.index("--top") + 1]) if "--top" in args else 40
    match = re.compile(args[args.index("--match") + 1] if "--match" in args else r"Synapse|Markdig|Fluid|YamlDotNet|Ganss|AngleSharp|System\.Text\.Json|System\.Text\.RegularExpressions|System\.IO\.File|GC|Concurrent")
    d = json.load(open(args[0]))
    frames = [f["name"] for f in d["shared"]["frames"]]
    incl, excl = collections.Counter(), collections.Counter()
    cpu = collections.Counter()  # inclusive time whose leaf is CPU_TIME (managed code running)
    total = 0.0
    threads = []
    for p in d["profiles"]:
        stack, last = [], None
        busy = 0.0
        for e in p["events"]:
            t = e["at"]
            if last is not None and stack:
                dt = t - last
                busy += dt
                on_cpu = frames[stack[-1]] == "CPU_TIME"
                for name in {frames[i] for i in stack}:
                    incl[name] += dt
                    if on_cpu:
                        cpu[name] += dt
                excl[frames[stack[-1]]] += dt
            last = t
            if e["type"] == "O":
                stack.append(e["frame"])
            else:
                if stack:
                    stack.pop()
        threads.append((p["name"], busy))
        total += busy
    print(f"threads (sampled time, ms): " + ", ".join(f"{n} {b:.0f}" for n, b in threads))
    print(f"\n{'inclusive ms':>12} {'of it CPU':>10}  method   (CPU = leaf CPU_TIME; the rest is native code, system calls or waiting)")
    shown = 0
    for name, t in incl.most_common():
        if not match.search(name):
            continue
        print(f"{t:12.0f} {cpu[name]:10.0f}  {name[:150]}")
        shown += 1
        if shown >= top:
            break
    print(f"\ntop exclusive (leaf) frames:")
    for name, t in excl.most_common(25):
        print(f"{t:12.0f}  {name[:160]}")


main()
