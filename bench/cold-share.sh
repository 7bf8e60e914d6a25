#!/usr/bin/env bash
# Issue 20's "all first use against binding": our callbacks' thread CPU in the cold round of a fresh process against the
# CPU of binding the same sources in that process. Binding's CPU varies by a third between processes of one build, so
# one process says little; this runs N fresh processes of each bench directory given (alternating, so that a drift of
# the machine falls on all of them alike) and prints every share, with our callbacks' totals (JIT, MB allocated, GC pauses
# inside them), and the median per directory.
#
#   bench/cold-share.sh 9 "$(bench/with-sdk-compiler.sh)"               # one build, on the SDK's precompiled Roslyn
#   bench/cold-share.sh 9 /work/before /work/after                        # two builds, alternating
#   bench/cold-share.sh 9 /work/after -- --references-first               # options after -- go to every process
#
# Each process takes 60-90 s on 2 cores; run it on an idle machine.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 <processes per directory> <bench directory>..." >&2; exit 2; }
runs="$1"; shift
dirs=(); extra=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; extra=("$@"); break; fi
  dirs+=("$1"); shift
done
declare -A shares
for ((i = 1; i <= runs; i++)); do
  for dir in "${dirs[@]}"; do
    output="$(cd "$dir" && ./PromptAnalyzers.Benchmarks --overhead --only bind,ours --rounds 1 --cold --thread-cpu "${extra[@]}")"
    line="$(grep "against binding's CPU" <<<"$output")"
    # Our callbacks' totals: wall / telemetry / thread CPU / of which JIT (ms) / allocated (MB) / GC pauses inside (ms).
    totals="$(grep -o '; total [0-9,/]*' <<<"$output" | head -1 | sed 's/; total //' || true)"
    share="$(sed -E 's/.*= ([0-9.]+)%.*/\1/' <<<"$line")"
    echo "$dir run $i: ${line#*per round: } | callbacks wall/telemetry/CPU/JIT ms, MB, GC ms: $totals"
    shares[$dir]="${shares[$dir]:-} $share"
  done
done
for dir in "${dirs[@]}"; do
  sorted="$(tr ' ' '\n' <<<"${shares[$dir]}" | grep . | sort -n | tr '\n' ' ')"
  median="$(tr ' ' '\n' <<<"$sorted" | grep . | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
  echo "$dir: ${sorted}-> median ${median}%"
done
