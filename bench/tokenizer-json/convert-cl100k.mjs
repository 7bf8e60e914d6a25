// Measurement input for docs/performance.md ("Issue 19"), not a test. In this folder:
//   npm install && node convert-cl100k.mjs   (writes /tmp/hftok/cl100k-hf.tokenizer.json and cl100k-counts.jsonl)
// Converts tiktoken's cl100k_base ranks into a Hugging Face tokenizer.json the way transformers' tiktoken converter does
// (vocab = ranks in byte-level characters; merges = every split of a token into two tokens, ordered by the token's rank),
// with Llama 3's Split pattern and ignore_merges, then writes reference counts from tokenizers.js and from tiktoken.
import { Tokenizer } from "@huggingface/tokenizers";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const enc = require("tiktoken/encoders/cl100k_base.json");
const { get_encoding } = require("tiktoken");
const byteChar = []; for (let b = 0, next = 256; b < 256; b++) { const p = (b >= 33 && b <= 126) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff); byteChar[b] = String.fromCharCode(p ? b : next++); }
const ranks = new Map();
for (const line of enc.bpe_ranks.split("\n")) {
  const parts = line.split(" "); if (parts.length < 3) continue;
  let rank = Number(parts[1]);
  for (const b64 of parts.slice(2)) { const bytes = Buffer.from(b64, "base64"); ranks.set(Array.from(bytes, (b) => byteChar[b]).join(""), rank++); }
}
const vocab = Object.fromEntries(ranks);
const merges = [];
for (const [token, rank] of ranks) {
  if (token.length < 2) continue;
  const local = [];
  for (let i = 1; i < token.length; i++) { const l = token.slice(0, i), r = token.slice(i); if (ranks.has(l) && ranks.has(r)) local.push([l, r, ranks.get(l), ranks.get(r)]); }
  local.sort((a, b) => a[2] - b[2] || a[3] - b[3]);
  for (const m of local) merges.push([m[0], m[1], rank]);
}
merges.sort((a, b) => a[2] - b[2]);
const pattern = String.raw`(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`;
const json = {
  version: "1.0", truncation: null, padding: null,
  added_tokens: Object.entries(enc.special_tokens).map(([content, id]) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
  normalizer: null,
  pre_tokenizer: { type: "Sequence", pretokenizers: [{ type: "Split", pattern: { Regex: pattern }, behavior: "Isolated", invert: false }, { type: "ByteLevel", add_prefix_space: false, trim_offsets: true, use_regex: false }] },
  post_processor: null, decoder: { type: "ByteLevel", add_prefix_space: true, trim_offsets: true, use_regex: true },
  model: { type: "BPE", dropout: null, unk_token: null, continuing_subword_prefix: null, end_of_word_suffix: null, fuse_unk: false, byte_fallback: false, ignore_merges: true, vocab, merges: merges.map((m) => [m[0], m[1]]) },
};
mkdirSync("/tmp/hftok", { recursive: true });
writeFileSync("/tmp/hftok/cl100k-hf.tokenizer.json", JSON.stringify(json));
const texts = readFileSync(new URL("../../../shared/corpus/prompts.jsonl", import.meta.url), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text);
const tokenizer = new Tokenizer(json, {});
const tiktoken = get_encoding("cl100k_base");
writeFileSync("/tmp/hftok/cl100k-counts.jsonl", texts.map((text) => JSON.stringify({ text, hf: tokenizer.encode(text, { add_special_tokens: false }).ids.length, tiktoken: tiktoken.encode_ordinary(text).length })).join("\n") + "\n");
console.log("vocab", ranks.size, "merges", merges.length, "texts", texts.length);
