#!/usr/bin/env python3
"""Per-phase times of a Synapse build, from its progress lines.

usage: phase-times.py [--n 1000] [--site DIR] [--as-articles] [--runs 5] [--variant "K=V K2=V2"]... [--keep]

The generator prints "… reading content", "… rendering N pages", "… applying layouts" and
"… writing N files" on stderr when stdout is a terminal, so the build runs under
`script -qc "…" /dev/null` (a pseudo-terminal) and every line is time-stamped on arrival.
Without --site, a corpus of --n articles is generated with make-corpus.py and turned into a
Synapse site with prepare-synapse-site.py (as run-build-bench.sh does; --as-articles as
SYNAPSE_MODE=articles does).

Each --variant is a set of environment variables for the build (e.g. "DOTNET_gcServer=0";
SYNAPSE_DLL=… runs another build of the generator, e.g. a ReadyToRun publish);
variants run interleaved (A, B, A, B, …) after one warm-up each; the default is one variant
with no extra environment. Prints the median of each phase per variant, plus wall time, CPU time
(user+sys) and peak RSS (from /usr/bin/time), and the 1-minute load average before each run.

Phases (what each covers, from src/Synapse/Site/SiteBuilder.cs):
  startup   process start → "reading content": runtime start, JIT, CLI parsing, statiq.json
  read      → "rendering": read files, YAML front matter (parallel), routing, xref table
  markdown  → "applying layouts": Markdig parse/links/headings/render (parallel), glossary, page checks
  layouts   → "writing": Fluid layouts (parallel), generated pages, sitemap, feed, redirects, link check
  write     → first line after it: files written to a staging folder and swapped in; sorting diagnostics
  report    → exit: printing diagnostics and the summary, runtime shutdown
"""
import os, re, shlex, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DLL = os.path.join(REPO, "src/Synapse/bin/Release/net10.0/Synapse.dll")
CORPUS_TOOL = os.environ.get("CORPUS_TOOL", "/work/shared/bench/make-corpus.py")
PHASES = ["startup", "read", "markdown", "layouts", "write", "report"]
MARKERS = [("reading content", "startup"), ("rendering ", "read"), ("applying layouts", "markdown"), ("writing ", "layouts")]


def load():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def one_run(site, out, env_extra, workdir):
    shutil.rmtree(out, ignore_errors=True)
    timefile = os.path.join(workdir, "time.txt")
    dll = env_extra.get("SYNAPSE_DLL", DLL)
    cmd = ["/usr/bin/time", "-o", timefile, "-f", "%e %M %U %S", "dotnet", dll, "build", "--root", site, "--output", out]
    env = dict(os.environ, **env_extra)
    before = load()
    t0 = time.monotonic()
    p = subprocess.Popen(["script", "-qec", shlex.join(cmd), "/dev/null"], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env)
    stamps, lines = {}, []
    marker_seen = False
    for raw in iter(p.stdout.readline, b""):
        now = time.monotonic() - t0
        line = raw.decode("utf-8", "replace").strip()
        lines.append(line)
        if "…" in line and not stamps.get("report"):
            for text, phase in MARKERS:
                if text in line and phase not in stamps:
                    stamps[phase] = now
                    marker_seen = True
                    break
            else:
                if marker_seen and "write" not in stamps:
                    stamps["write"] = now
        elif marker_seen and "write" not in stamps:
            stamps["write"] = now  # first line after "… writing N files"
    rc = p.wait()
    stamps["report"] = time.monotonic() - t0
    if rc != 0:
        sys.exit(f"build failed (exit {rc}):\n" + "\n".join(l for l in lines if ": error " in l or "failed" in l)[:3000])
    with open(timefile) as f:
        wall, rss, user, sys_ = f.read().split()[:4]
    # Convert "time at end of phase" stamps into durations.
    ends = [stamps.get(ph) for ph in PHASES]
    durations, prev = {}, 0.0
    for ph, end in zip(PHASES, ends):
        if end is None:
            durations[ph] = float("nan")
            continue
        durations[ph] = end - prev
        prev = end
    summary = next((l for l in lines if l.startswith("Built ")), "")
    internal = re.search(r"in ([0-9.]+) s", summary)
    durations["wall"] = float(wall)
    durations["cpu"] = float(user) + float(sys_)
    durations["rss_mb"] = int(rss) / 1024
    durations["internal"] = float(internal.group(1)) if internal else float("nan")
    durations["load"] = before
    return durations, summary


def main():
    args = sys.argv[1:]
    def opt(name, default=None):
        return args[args.index(name) + 1] if name in args else default
    n = int(opt("--n", "1000"))
    runs = int(opt("--runs", "5"))
    variants = [args[i + 1] for i, a in enumerate(args) if a == "--variant"] or [""]
    work = tempfile.mkdtemp(prefix="synapse-phases.")
    try:
        site = opt("--site")
        if site is None:
            subprocess.run([sys.executable, CORPUS_TOOL, str(n), f"{work}/corpus/articles", "--refs", f"{work}/corpus/references.yaml"], check=True)
            subprocess.run([sys.executable, os.path.join(HERE, "prepare-synapse-site.py")] + (["--as-articles"] if "--as-articles" in args else []) + [f"{work}/corpus/articles",
                            f"{work}/corpus/references.yaml", os.path.join(REPO, "theme"), f"{work}/site"], check=True, stdout=subprocess.DEVNULL)
            site = f"{work}/site"
        envs = [dict(kv.split("=", 1) for kv in v.split()) for v in variants]
        results = {v: [] for v in variants}
        for v, env in zip(variants, envs):  # warm-up
            _, summary = one_run(site, f"{work}/out", env, work)
            print(f"warm-up [{v or 'default'}]: {summary}", file=sys.stderr)
        for i in range(runs):
            for v, env in zip(variants, envs):
                d, _ = one_run(site, f"{work}/out", env, work)
                results[v].append(d)
                print(f"run {i + 1} [{v or 'default'}]: " + " ".join(f"{k}={d[k]:.2f}" for k in PHASES + ["wall", "cpu", "rss_mb", "load"]), file=sys.stderr)
        cols = PHASES + ["wall", "internal", "cpu", "rss_mb", "load"]
        print(f"\nmedians of {runs} runs, {n if opt('--site') is None else site} articles, seconds (cpu = user+sys seconds, rss in MB, load = 1-minute load average before the run):")
        width = max(12, *(len(v) + 2 for v in variants))
        print(f"{'variant':{width}s}" + "".join(f"{c:>9s}" for c in cols))
        for v in variants:
            med = {c: statistics.median(r[c] for r in results[v]) for c in cols}
            print(f"{(v or 'default'):{width}s}" + "".join(f"{med[c]:9.2f}" for c in cols))
    finally:
        if "--keep" in args:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


main()
