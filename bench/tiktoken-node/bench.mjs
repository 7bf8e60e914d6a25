// Reference tokenizer throughput: OpenAI's tiktoken (npm `tiktoken`, the WASM build of the Rust implementation)
// on the same texts and the same unit of work as TokenizerBenchmarks in bench/PromptAnalyzers.Benchmarks:
// every text of ../shared/corpus/prompts.jsonl and tokens.jsonl, one encode_ordinary call per text.
// Usage: npm ci && node bench.mjs [--seconds 5] [--rounds 5]   (prints a table and one JSON line)
import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { get_encoding } from "tiktoken";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seconds = option("--seconds", 3);
const rounds = option("--rounds", 5);

function findCorpus(name) {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, "shared", "corpus", name);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`shared/corpus/${name} not found`);
  }
}

const read = (file) => readFileSync(findCorpus(file), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l).text);
const prompts = read("prompts.jsonl");
// "prompts": the labelled prompts (what the analyzers see); "all": prompts + tokens.jsonl (adds edge cases: a 97 KB
// text, 5,000-char runs of one character, which stress the merge).
const sets = { prompts, all: prompts.concat(read("tokens.jsonl")) };

const results = [];
const loadMsOf = {};
for (const [set, texts] of Object.entries(sets)) for (const name of ["o200k_base", "cl100k_base"]) {
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, "utf8"), 0);
  const loadStart = performance.now();
  const enc = get_encoding(name);
  const loadMs = performance.now() - loadStart;
  const pass = () => {
    let tokens = 0;
    for (const t of texts) tokens += enc.encode_ordinary(t).length;
    return tokens;
  };
  const tokens = pass();
  for (let end = performance.now() + 1000; performance.now() < end; ) pass(); // warm-up
  const perPass = [];
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const start = performance.now();
    let now = start;
    while (now - start < seconds * 1000) {
      pass();
      n++;
      now = performance.now();
    }
    perPass.push((now - start) / n);
  }
  perPass.sort((a, b) => a - b);
  const medianMs = perPass[Math.floor(perPass.length / 2)];
  enc.free();
  results.push({
    set,
    encoding: name,
    texts: texts.length,
    bytes,
    tokens,
    loadMs: +loadMs.toFixed(1),
    msPerPass: +medianMs.toFixed(3),
    tokensPerSecond: Math.round(tokens / (medianMs / 1000)),
    mbPerSecond: +(bytes / 1e6 / (medianMs / 1000)).toFixed(2),
  });
}

console.log(`tiktoken ${JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "node_modules/tiktoken/package.json"))).version}, node ${process.version}`);
console.log("| texts | encoding | texts | UTF-8 bytes | tokens | ms per pass (median) | tokens/s | MB/s | load ms |");
for (const r of results) console.log(`| ${r.set} | ${r.encoding} | ${r.texts} | ${r.bytes} | ${r.tokens} | ${r.msPerPass} | ${r.tokensPerSecond.toLocaleString("en-US")} | ${r.mbPerSecond} | ${r.loadMs} |`);
console.log(JSON.stringify(results));
