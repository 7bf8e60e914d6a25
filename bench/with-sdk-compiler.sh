#!/usr/bin/env bash
# Copies the bench build (argument 1, default: the Release output) to a new directory (argument 2, default: a temporary
# one) and puts the installed SDK's Roslyn in place of the NuGet one. The SDK ships Roslyn precompiled (ReadyToRun), as
# `dotnet build` and the IDEs' compiler servers run it; the NuGet package is IL only, so in the plain bench the JIT
# compiles the compiler's own metadata readers on first use and charges them to whoever reads first. Prints the directory.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="${1:-$here/PromptAnalyzers.Benchmarks/bin/Release/net10.0}"
target="${2:-$(mktemp -d)}"
sdk="$(dotnet --list-sdks | tail -1 | sed -E 's/^([^ ]+) \[(.*)\]$/\2\/\1/')"
[ -f "$sdk/Roslyn/bincore/Microsoft.CodeAnalysis.dll" ] || { echo "no Roslyn in $sdk" >&2; exit 1; }
cp -r "$source_dir/." "$target/"
cp "$sdk/Roslyn/bincore/Microsoft.CodeAnalysis.dll" "$sdk/Roslyn/bincore/Microsoft.CodeAnalysis.CSharp.dll" "$target/"
echo "$target"
