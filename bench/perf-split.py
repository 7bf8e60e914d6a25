#!/usr/bin/env python3
"""Splits `perf script` samples under our analyzers' frames by what runs beneath the innermost of them.

Record a bench process with the runtime's perf map, then split its samples (performance.md, Issue 20, eleventh pass):

    export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
    perf record -F 499 -g -o run.data -- ./PromptAnalyzers.Benchmarks --overhead --only bind,ours --rounds 2 --cold --thread-cpu
    perf script -i run.data > run.txt
    bench/perf-split.py run.txt                       # every sample; prints the timeline of our samples (1 s buckets)
    bench/perf-split.py run.txt --before 34845        # only samples before that perf timestamp (the cold round)
    bench/perf-split.py run.txt --after 34845         # the warm round

Categories, for each sample with a frame of PromptAnalyzers.Analyzers or PromptAnalyzers.Text: "jit" when the JIT
(libclrjit) runs beneath our innermost frame, else "compiler" when a Microsoft.CodeAnalysis frame does, else "runtime"
when libcoreclr does, else "ours" (our code and the framework code it calls). Then the inclusive samples of our methods.
"""
import collections
import re
import sys


def is_ours(symbol):
    return re.search(r"\[PromptAnalyzers\.(Analyzers|Text)\]|^PromptAnalyzers\.(?!Benchmarks)", symbol) is not None


def samples(path):
    header, frames = None, []
    for line in open(path, errors="replace"):
        if not line.strip():
            if header:
                yield header, frames
            header, frames = None, []
        elif header is None:
            header = line
        else:
            match = re.match(r"\s*[0-9a-f]+ (.*) \((.*)\)\s*$", line)
            if match:
                frames.append((match.group(1), match.group(2)))


def name(symbol):
    return re.sub(r"\[[A-Za-z.]+\] ", "", symbol.split("(")[0]).split(" ")[-1][:110]


def main(argv):
    path = argv[1]
    before = float(argv[argv.index("--before") + 1]) if "--before" in argv else None
    after = float(argv[argv.index("--after") + 1]) if "--after" in argv else None
    categories, inclusive, timeline = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for header, frames in samples(path):
        time = float(re.search(r" (\d+\.\d+):", header).group(1))
        if (before is not None and time >= before) or (after is not None and time <= after):
            continue
        ours = [i for i, (symbol, _) in enumerate(frames) if is_ours(symbol)]
        if not ours:
            continue
        total += 1
        timeline[int(time)] += 1
        beneath = frames[: ours[0]]  # perf lists the leaf first
        if any("libclrjit" in dso for _, dso in beneath):
            categories["jit"] += 1
        elif any("Microsoft.CodeAnalysis" in symbol or "Microsoft.CodeAnalysis" in dso for symbol, dso in beneath):
            categories["compiler"] += 1
        elif any("libcoreclr" in dso for _, dso in beneath):
            categories["runtime"] += 1
        else:
            categories["ours"] += 1
        for method in {name(frames[i][0]) for i in ours}:
            inclusive[method] += 1

    print(f"samples with a frame of ours: {total}")
    for category, count in categories.most_common():
        print(f"{count:6} {100.0 * count / max(total, 1):5.1f}%  {category}")
    if before is None and after is None:
        print("--- timeline (perf timestamp, seconds: samples of ours)")
        for second in sorted(timeline):
            print(f"{second} {timeline[second]}")
    print("--- inclusive samples of our methods")
    for method, count in inclusive.most_common(40):
        print(f"{count:6} {method}")


if __name__ == "__main__":
    main(sys.argv)
