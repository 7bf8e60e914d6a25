"""Inclusive time under frames whose names match each pattern, in a speedscope profile written by dotnet-trace.

usage: python3 bench/speedscope-inclusive.py <profile.speedscope.json> <regex>...

A frame's time counts once per thread while any frame matching the pattern is on the stack (recursion is not counted
twice). Used for PA4001's share of the prompt rules in docs/performance.md, e.g.:

  dotnet-trace collect --profile dotnet-sampled-thread-time --format speedscope -o run.nettrace -- \
      dotnet bench/PromptAnalyzers.Benchmarks/bin/Release/net10.0/PromptAnalyzers.Benchmarks.dll \
      --overhead --rounds 1 --only ours --ordinary-files 300
  python3 bench/speedscope-inclusive.py run.speedscope.json UntrustedInputAnalyzer 'UntrustedInputTrace\\.TraceWrites'
"""
import json
import re
import sys

profile = json.load(open(sys.argv[1]))
names = [frame['name'] for frame in profile['shared']['frames']]
patterns = sys.argv[2:]
totals = {pattern: 0.0 for pattern in patterns}
for thread in profile['profiles']:
    if thread.get('type') != 'evented':
        continue
    open_count = {pattern: 0 for pattern in patterns}
    since = {pattern: 0.0 for pattern in patterns}
    matches = {}
    for event in thread['events']:
        frame, at = event['frame'], event['at']
        if frame not in matches:
            matches[frame] = [pattern for pattern in patterns if re.search(pattern, names[frame])]
        for pattern in matches[frame]:
            if event['type'] == 'O':
                if open_count[pattern] == 0:
                    since[pattern] = at
                open_count[pattern] += 1
            else:
                open_count[pattern] -= 1
                if open_count[pattern] == 0:
                    totals[pattern] += at - since[pattern]

unit = profile['profiles'][0].get('unit', '')
for pattern in patterns:
    print(f"{totals[pattern]:12.1f} {unit}  {pattern}")
