#!/usr/bin/env bash
# Build-speed benchmark: Synapse against Hugo, on the same synthetic corpus, in the same run.
#
#   bench/run-build-bench.sh [N...]        (default: 1000; e.g. `bench/run-build-bench.sh 1000 10000`)
#
# For each N: generate the corpus with /work/shared/bench/make-corpus.py, set up the Hugo reference site
# and a Synapse site from it, do one warm-up build of each, then RUNS interleaved timed builds
# (hugo, synapse, hugo, synapse, …). Prints every run (wall seconds, peak RSS, CPU seconds user+sys,
# 1-minute load average just before the run), the medians, the ratios synapse/hugo, pages written and
# output size. CPU seconds are less disturbed than wall time when other work shares the machine.
# Then the search payload: Pagefind 1.6.0 (bench/pagefind, from npm) indexes Hugo's output, and for each query of
# PAYLOAD_QUERIES both searches run cold under Node (bench/pagefind/first-result.mjs, bench/search-payload.js) and
# count the bytes a reader downloads before the first 8 results are shown (min(raw, gzip -9) per file).
# Then, in headless Chromium (/usr/bin/chromium, through bench/browser and bench/lighthouse, from npm):
#   preview latency (bench/browser/preview-latency.js): `synapse preview` on the generated site, an article open, and
#     the time from writing its Markdown file to the page's load event after the live reload;
#   first search result on Fast 3G (bench/browser/first-result-3g.js): the built site served with compression
#     (bench/static-server.js, HTTP/2), search page cold, time from the first keystroke to the first result element;
#   once, after every size: Lighthouse (bench/lighthouse/scores.js), mobile, on this repository's own site (home page,
#     an article, the search page): performance and accessibility scores and the CSS + JS each page loads.
#
# Environment:
#   RUNS=5              timed runs of each generator (0: only the warm-up builds, e.g. for the payload alone)
#   PAYLOAD=0           skip the search-payload measurement
#   PAYLOAD_QUERIES="…" the queries (default: eight one-word and two two-word queries over the corpus vocabulary)
#   CORPUS_TOOL=…       make-corpus.py (default /work/shared/bench/make-corpus.py)
#   HUGO_SITE=…         Hugo reference site (default /work/shared/bench/hugo-site)
#   SKIP_BUILD=1        do not publish Synapse again (use the existing bench/.synapse: by default the script
#                       publishes src/Synapse there, Release and ReadyToRun for this machine, as the tool package)
#   SYNAPSE_DLL=…       run this Synapse.dll instead (e.g. a ReadyToRun publish; implies no build)
#   KEEP=1              keep the temporary folder (corpus, sites, outputs, logs)
#   SYNAPSE_ENV="K=V …" extra environment for the Synapse runs only (e.g. "DOTNET_gcServer=0")
#   MAX_LOAD=…          before each timed pair and each browser measurement, wait (up to 60 s) until the 1-minute
#                       load average is below this
#   SYNAPSE_MODE=articles  supplementary: declare an "articles" section and add authors/reviewer, so the corpus
#                       is built as articles (related articles, reading level, tag pages, feed) — see README
#   PREVIEW=0           skip the preview latency;     PREVIEW_EDITS=…  edits (default RUNS, at least 3)
#   FIRST_RESULT=0      skip the first result on Fast 3G; FIRST_RESULT_ROUNDS=… (default RUNS, at least 1),
#                       FIRST_RESULT_QUERIES="…" (default five of the payload queries), SEARCH_HTTP=1 (HTTP/1.1),
#                       SEARCH_KEY_DELAY=… (ms between keys; default 0)
#   LIGHTHOUSE=0        skip Lighthouse;              LIGHTHOUSE_RUNS=… runs of each page (default RUNS, at least 1)
#   CHROME_PATH=…       the Chromium to use (default /usr/bin/chromium)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
RUNS=${RUNS:-5}
CORPUS_TOOL=${CORPUS_TOOL:-/work/shared/bench/make-corpus.py}
HUGO_SITE=${HUGO_SITE:-/work/shared/bench/hugo-site}
SYNAPSE_ENV=${SYNAPSE_ENV:-}
MAX_LOAD=${MAX_LOAD:-}
SYNAPSE_MODE=${SYNAPSE_MODE:-pages}
PAYLOAD=${PAYLOAD:-1}
PAYLOAD_QUERIES=${PAYLOAD_QUERIES:-"anxiety serotonin depression sleep microbiome placebo gestdea liombritgost mood+sleep treatment+evidence"}
PREVIEW=${PREVIEW:-1}
FIRST_RESULT=${FIRST_RESULT:-1}
LIGHTHOUSE=${LIGHTHOUSE:-1}
PREVIEW_EDITS=${PREVIEW_EDITS:-$((RUNS > 3 ? RUNS : 3))}
FIRST_RESULT_ROUNDS=${FIRST_RESULT_ROUNDS:-$((RUNS > 1 ? RUNS : 1))}
FIRST_RESULT_QUERIES=${FIRST_RESULT_QUERIES:-"anxiety serotonin sleep placebo mood+sleep"}
LIGHTHOUSE_RUNS=${LIGHTHOUSE_RUNS:-$((RUNS > 1 ? RUNS : 1))}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
dll=${SYNAPSE_DLL:-"$repo/bench/.synapse/Synapse.dll"}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000)

command -v hugo >/dev/null || { echo "hugo is missing: apt-get install -y hugo" >&2; exit 2; }
if [ "$PAYLOAD" != 0 ]; then
  command -v node >/dev/null || { echo "node is missing (the search payload runs both searches under Node; PAYLOAD=0 skips it)" >&2; exit 2; }
  [ -x "$here/pagefind/node_modules/.bin/pagefind" ] || (cd "$here/pagefind" && npm ci --no-audit --no-fund --silent) >&2
  [ -d "$repo/tests/oracle/node_modules/lunr" ] || (cd "$repo/tests/oracle" && npm ci --no-audit --no-fund --silent) >&2
fi
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: apt-get install -y time" >&2; exit 2; }
if [ "$PREVIEW" != 0 ] || [ "$FIRST_RESULT" != 0 ] || [ "$LIGHTHOUSE" != 0 ]; then
  command -v node >/dev/null || { echo "node is missing (the browser measurements run under Node; PREVIEW=0 FIRST_RESULT=0 LIGHTHOUSE=0 skip them)" >&2; exit 2; }
  [ -x "$CHROME_PATH" ] || { echo "$CHROME_PATH is missing: apt-get install -y chromium, or set CHROME_PATH (PREVIEW=0 FIRST_RESULT=0 LIGHTHOUSE=0 skip the browser measurements)" >&2; exit 2; }
  [ -d "$here/browser/node_modules/playwright-core" ] || (cd "$here/browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent) >&2
fi
[ "$LIGHTHOUSE" = 0 ] || [ -d "$here/lighthouse/node_modules/lighthouse" ] || (cd "$here/lighthouse" && npm ci --no-audit --no-fund --silent) >&2

if [ -z "${SYNAPSE_DLL:-}" ] && { [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$dll" ]; }; then
  # What users run: the packaged tool's code, compiled ahead of time with ReadyToRun for this machine's runtime.
  rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
  echo "publishing Synapse (Release, ReadyToRun for $rid, as the tool package for it)…" >&2
  dotnet publish "$repo/src/Synapse" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$repo/bench/.synapse" -nologo -v quiet >&2
fi

load() { cut -d' ' -f1 /proc/loadavg; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
wait_for_quiet() {
  [ -z "$MAX_LOAD" ] && return 0
  local i
  for i in $(seq 60); do
    awk -v l="$(load)" -v m="$MAX_LOAD" 'BEGIN {exit !(l < m)}' && return 0
    sleep 1
  done
  echo "  (load still $(load) after 60 s; measuring anyway)" >&2
}

# Timed runs; each appends "<wall s> <peak RSS KB> <user+sys CPU s> <load before>" to $log.
cpu_sum() { awk '{printf "%s %s %.2f", $1, $2, $3 + $4}' "$1"; }
run_hugo() { # site out log
  rm -rf "$2"
  local l; l=$(load)
  (cd "$1" && /usr/bin/time -o "$3.t" -f '%e %M %U %S' hugo --quiet -d "$2" >"$3.out" 2>"$3.err") \
    || { echo "hugo failed:" >&2; head -20 "$3.err" >&2; exit 1; }
  echo "$(cpu_sum "$3.t") $l" >>"$3"
}
run_synapse() { # site out log
  rm -rf "$2"
  local l; l=$(load)
  local rc=0
  env $SYNAPSE_ENV /usr/bin/time -o "$3.t" -f '%e %M %U %S' dotnet "$dll" build --root "$1" --output "$2" >"$3.out" 2>"$3.err" || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "synapse build failed (exit code $rc):" >&2
    cat "$3.out" >&2
    grep -m 20 -A1 ': error ' "$3.err" >&2 || head -20 "$3.err" >&2
    exit 1
  fi
  echo "$(cpu_sum "$3.t") $l" >>"$3"
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC') · $(nproc) cores · $(hugo version | cut -d' ' -f2) · dotnet $(dotnet --version) · Synapse $(git -C "$repo" rev-parse --short HEAD) · load $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "$SYNAPSE_ENV" ] && echo "# Synapse environment: $SYNAPSE_ENV"
[ "$SYNAPSE_MODE" = articles ] && echo "# Synapse mode: articles (supplementary; corpus declared as an 'articles' section)"

for n in "${sizes[@]}"; do
  w=$(mktemp -d "${TMPDIR:-/tmp}/synapse-bench.XXXXXX")
  [ -z "${KEEP:-}" ] && trap 'rm -rf "$w"' EXIT
  echo
  echo "## $n articles  (work folder $w)"
  python3 "$CORPUS_TOOL" "$n" "$w/corpus/articles" --refs "$w/corpus/references.yaml"
  # (a) Hugo: the reference site with the corpus as content/articles/ (original summaries).
  cp -r "$HUGO_SITE" "$w/hugo" && mkdir -p "$w/hugo/content" && cp -r "$w/corpus/articles" "$w/hugo/content/"
  # (b) Synapse: input/articles, input/_data/references.yaml, theme/, statiq.json; summaries over 160 chars cut.
  python3 "$here/prepare-synapse-site.py" $([ "$SYNAPSE_MODE" = articles ] && echo --as-articles) "$w/corpus/articles" "$w/corpus/references.yaml" "$repo/theme" "$w/synapse" | sed 's/^/  /'

  echo "  warm-up…"
  run_hugo "$w/hugo" "$w/hugo-out" "$w/warmup-hugo"
  run_synapse "$w/synapse" "$w/synapse-out" "$w/warmup-synapse"
  echo "  synapse: $(cat "$w/warmup-synapse.out")"
  echo "  synapse diagnostics: $(grep -c ': error ' "$w/warmup-synapse.err" || true) errors, $(grep -c ': warning ' "$w/warmup-synapse.err" || true) warnings ($(grep -o 'warning [a-z/-]*' "$w/warmup-synapse.err" | sort | uniq -c | sort -rn | awk '{printf "%s%s×%s", (NR>1?", ":""), $1, $3}'))"

  printf '  %-4s %-28s %-28s\n' run "hugo s / MB / cpu s / load" "synapse s / MB / cpu s / load"
  for i in $(seq "$RUNS"); do
    wait_for_quiet
    run_hugo "$w/hugo" "$w/hugo-out" "$w/hugo.log"
    run_synapse "$w/synapse" "$w/synapse-out" "$w/synapse.log"
    read -r hs hk hc hl < <(tail -1 "$w/hugo.log")
    read -r ss sk sc sl < <(tail -1 "$w/synapse.log")
    printf '  %-4s %-28s %-28s\n' "$i" "$hs / $((hk / 1024)) / $hc / $hl" "$ss / $((sk / 1024)) / $sc / $sl"
  done

  if [ "$RUNS" -gt 0 ]; then
    hw=$(cut -d' ' -f1 "$w/hugo.log" | median); sw=$(cut -d' ' -f1 "$w/synapse.log" | median)
    hm=$(cut -d' ' -f2 "$w/hugo.log" | median); sm=$(cut -d' ' -f2 "$w/synapse.log" | median)
    hc=$(cut -d' ' -f3 "$w/hugo.log" | median); sc=$(cut -d' ' -f3 "$w/synapse.log" | median)
    hl=$(cut -d' ' -f4 "$w/hugo.log" | median); sl=$(cut -d' ' -f4 "$w/synapse.log" | median)
    ratio=$(awk -v s="$sw" -v h="$hw" 'BEGIN {printf "%.2f", s / h}')
    cratio=$(awk -v s="$sc" -v h="$hc" 'BEGIN {printf "%.2f", s / h}')
    mratio=$(awk -v s="$sm" -v h="$hm" 'BEGIN {printf "%.2f", s / h}')
    count() { find "$1" -type f -name "$2" | wc -l; }
    bytes() { du -sb "$1" | cut -f1; }
    echo
    printf '  %-8s %10s %9s %7s %12s %10s %8s %12s\n' "" "median s" "peak MB" "cpu s" "load (med)" "html pages" "files" "bytes"
    printf '  %-8s %10s %9s %7s %12s %10s %8s %12s\n' hugo "$hw" "$((${hm%.*} / 1024))" "$hc" "$hl" "$(count "$w/hugo-out" '*.html')" "$(count "$w/hugo-out" '*')" "$(bytes "$w/hugo-out")"
    printf '  %-8s %10s %9s %7s %12s %10s %8s %12s\n' synapse "$sw" "$((${sm%.*} / 1024))" "$sc" "$sl" "$(count "$w/synapse-out" '*.html')" "$(count "$w/synapse-out" '*')" "$(bytes "$w/synapse-out")"
    echo "  ratio synapse/hugo: wall ${ratio}×, CPU ${cratio}×, peak RSS ${mratio}×"
    echo "RESULT n=$n mode=$SYNAPSE_MODE hugo_s=$hw synapse_s=$sw ratio=$ratio hugo_cpu=$hc synapse_cpu=$sc cpu_ratio=$cratio hugo_mb=$((${hm%.*} / 1024)) synapse_mb=$((${sm%.*} / 1024)) load=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/')"
  fi

  if [ "$PAYLOAD" != 0 ]; then
    echo
    echo "  search payload: bytes before the first 8 results, cold, min(raw, gzip -9) per file"
    /usr/bin/time -o "$w/pagefind.t" -f '%e %M %U %S' "$here/pagefind/node_modules/.bin/pagefind" --site "$w/hugo-out" >"$w/pagefind.out" 2>&1 \
      || { echo "pagefind failed:" >&2; tail -20 "$w/pagefind.out" >&2; exit 1; }
    read -r pw pk pu ps < "$w/pagefind.t"
    echo "  pagefind 1.6.0 indexed Hugo's output in $pw s ($(grep -o 'Indexed [0-9]* pages' "$w/pagefind.out")); its files: $(du -sb "$w/hugo-out/pagefind" | cut -f1) bytes; ours: $(du -sb "$w/synapse-out/search-index" | cut -f1) bytes"
    queries=(${PAYLOAD_QUERIES//+/_})
    node "$here/pagefind/first-result.mjs" "$w/hugo-out/pagefind" 8 "${queries[@]//_/ }" >"$w/payload-pagefind.jsonl"
    node "$here/search-payload.js" "$w/synapse-out" 8 "${queries[@]//_/ }" >"$w/payload-synapse.jsonl"
    printf '  %-22s %16s %16s %7s\n' query "pagefind bytes" "synapse bytes" ratio
    paste -d'\t' "$w/payload-pagefind.jsonl" "$w/payload-synapse.jsonl" | python3 -c '
import json, sys
for line in sys.stdin:
    p, s = (json.loads(x) for x in line.rstrip("\n").split("\t"))
    print("  %-22s %16s %16s %6.2f×" % (p["query"], "{:,} ({} files)".format(p["bytes"], len(p["files"])), "{:,} ({} files)".format(s["bytes"], len(s["files"])), s["bytes"] / p["bytes"]))'
    stat() { python3 -c 'import json, statistics, sys; b = [json.loads(l)["bytes"] for l in open(sys.argv[2])]; print(round({"median": statistics.median, "max": max}[sys.argv[1]](b)))' "$@"; }
    pm=$(stat median "$w/payload-pagefind.jsonl"); smed=$(stat median "$w/payload-synapse.jsonl"); smax=$(stat max "$w/payload-synapse.jsonl")
    echo "PAYLOAD n=$n pagefind_median=$pm synapse_median=$smed synapse_max=$smax ratio=$(awk -v s="$smed" -v p="$pm" 'BEGIN {printf "%.2f", s / p}') load=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/')"
  fi

  if [ "$PREVIEW" != 0 ]; then
    echo
    echo "  preview latency: write an article's Markdown file → the open page's load event after the live reload ($PREVIEW_EDITS edits)"
    wait_for_quiet
    env $SYNAPSE_ENV node "$here/browser/preview-latency.js" "$dll" "$w/synapse" "$PREVIEW_EDITS" | sed "s/^PREVIEW /PREVIEW n=$n mode=$SYNAPSE_MODE /"
  fi

  if [ "$FIRST_RESULT" != 0 ]; then
    echo
    echo "  first search result on Fast 3G, cold search page: first keystroke → first result element ($FIRST_RESULT_ROUNDS× each query)"
    queries=(${FIRST_RESULT_QUERIES//+/_})
    wait_for_quiet
    node "$here/browser/first-result-3g.js" "$w/synapse-out" "$FIRST_RESULT_ROUNDS" "${queries[@]//_/ }" | sed "s/^FIRST_RESULT /FIRST_RESULT n=$n /"
  fi
  if [ -z "${KEEP:-}" ]; then rm -rf "$w"; trap - EXIT; fi
done

# Lighthouse on this repository's own site (not the corpus): built once, served with compression.
if [ "$LIGHTHOUSE" != 0 ]; then
  lw=$(mktemp -d "${TMPDIR:-/tmp}/synapse-lighthouse.XXXXXX")
  echo
  echo "## Lighthouse $(node -p "require('$here/lighthouse/node_modules/lighthouse/package.json').version"), mobile, this repository's site ($LIGHTHOUSE_RUNS× each page; $("$CHROME_PATH" --version 2>/dev/null))"
  dotnet "$dll" build --root "$repo" --output "$lw/out" >"$lw/build.out" 2>"$lw/build.err" \
    || { echo "building the site failed:" >&2; cat "$lw/build.out" >&2; grep -m 20 -A1 ': error ' "$lw/build.err" >&2; exit 1; }
  echo "  $(cat "$lw/build.out")"
  wait_for_quiet
  node "$here/lighthouse/scores.js" "$lw/out" "$LIGHTHOUSE_RUNS" home= article=neurotransmitters/serotonin/ search=search/
  rm -rf "$lw"
fi
