// Three tiny byte-level BPE tokenizer.json files and their reference counts, for HuggingFaceTokenizerTests.
// The merges are trained here (300 merges of plain byte-level BPE over the text below); the counts come from
// @huggingface/tokenizers 0.2.0 (the pure-JavaScript port of Hugging Face's tokenizers, independent of this package
// and of Microsoft.ML.Tokenizers). Copy this file into a folder with `npm install @huggingface/tokenizers@0.2.0` done,
// rename it to .mjs, run `node gen-tiny-tokenizers.mjs` there and copy tiny-*.tokenizer.json and
// TinyTokenizerCounts.jsonl back beside this file.
import { Tokenizer } from "@huggingface/tokenizers";
import { writeFileSync } from "node:fs";

const llama3 = String.raw`(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`;
const qwen = llama3.replace(String.raw`\p{N}{1,3}`, String.raw`\p{N}`);
const corpus = `The support assistant answers in one friendly sentence. It never invents prices or policies; it looks them up.
When the customer asks about their order, the assistant checks the order status and replies with the tracking link.
Rewrite the following message politely. Summarize the ticket in three bullet points. Translate the answer into French.
Classify the sentiment of the review as positive, negative or neutral. Extract the product name and the quantity.
Orders placed before 12:00 ship the same day; the team replies within 24 hours, from 9 to 5, Monday to Friday.
Can you help me reset my password? Of course! What's the email address on your account? I'll send a link right away.
Don't share passwords. We're happy to help; you've reached the right team, and they'll get back to you soon.
{"role": "assistant", "content": "Thanks for reaching out!"} 2024-05-17 1234567890 3.14159 100% ### Notes\n- item one\n- item two`;

// Byte-level alphabet (GPT-2's bytes_to_unicode): printable bytes stand for themselves, the rest for U+0100 onwards.
const byteChar = [];
for (let b = 0, next = 256; b < 256; b++) {
  const printable = (b >= 33 && b <= 126) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
  byteChar[b] = String.fromCharCode(printable ? b : next++);
}
const toByteLevel = (s) => Array.from(new TextEncoder().encode(s), (b) => byteChar[b]).join("");

// Plain BPE training: split the corpus with the Llama 3 pattern, then merge the most frequent adjacent pair 300 times
// (ties go to the pair seen first), so merges are in rank order.
const words = (corpus.match(new RegExp(llama3.replace("(?i:", "(?:"), "gu")) ?? []).map((w) => [...toByteLevel(w)]);
const merges = [];
for (let m = 0; m < 300; m++) {
  const counts = new Map();
  for (const w of words) for (let i = 0; i + 1 < w.length; i++) { const k = w[i] + " " + w[i + 1]; counts.set(k, (counts.get(k) ?? 0) + 1); }
  let best = null, bestCount = 0;
  for (const [k, c] of counts) if (c > bestCount) { best = k; bestCount = c; }
  if (best === null) break;
  merges.push(best);
  const [a, b] = best.split(" ");
  for (const w of words) for (let i = 0; i + 1 < w.length; i++) if (w[i] === a && w[i + 1] === b) { w.splice(i, 2, a + b); }
}
const vocab = {};
byteChar.forEach((c, b) => { vocab[c] = b; });
for (const m of merges) { const t = m.replace(" ", ""); if (!(t in vocab)) vocab[t] = Object.keys(vocab).length; }

const added = (names, first) => names.map((content, i) => ({ id: first + i, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true }));
const size = Object.keys(vocab).length;
const byteLevel = (addPrefixSpace, useRegex) => ({ type: "ByteLevel", add_prefix_space: addPrefixSpace, trim_offsets: true, use_regex: useRegex });
const split = (pattern) => ({ type: "Split", pattern: { Regex: pattern }, behavior: "Isolated", invert: false });
const file = (normalizer, preTokenizer, model, addedTokens) => ({
  version: "1.0", truncation: null, padding: null, added_tokens: addedTokens, normalizer, pre_tokenizer: preTokenizer,
  post_processor: null, decoder: byteLevel(true, true), model,
});
const bpe = (extra) => ({ type: "BPE", dropout: null, unk_token: null, continuing_subword_prefix: null, end_of_word_suffix: null, fuse_unk: false, byte_fallback: false, ...extra });

// Llama 3 style: a token no merge makes ("Ġreachable" only with ignore_merges, as in tiktoken-converted vocabularies).
const llamaVocab = { ...vocab, [toByteLevel(" unmerged")]: size };
const tokenizers = {
  gpt2: file(null, byteLevel(false, true), bpe({ vocab, merges }), added(["<|endoftext|>"], size)),
  llama3: file(null, { type: "Sequence", pretokenizers: [split(llama3), byteLevel(false, false)] },
    bpe({ ignore_merges: true, vocab: llamaVocab, merges: merges.map((m) => m.split(" ")) }), added(["<|begin_of_text|>", "<|eot_id|>"], size + 1)),
  qwen: file({ type: "NFC" }, { type: "Sequence", pretokenizers: [split(qwen), byteLevel(false, false)] },
    bpe({ vocab, merges }), added(["<|im_start|>", "<|im_end|>"], size)),
};

const texts = [
  "the cat sat on the mat", "The support assistant answers in one friendly sentence.", "Hello world", " leading space",
  "Orders placed before 12:00 ship the same day.", "1234567890", "3.14159 and 100%", "don't WON'T we'RE they'll I'M",
  "caf\u00e9", "cafe\u0301", "na\u00efve r\u00e9sum\u00e9", "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8", "\ud83d\ude00 \ud83d\udc4d\ud83c\udffd",
  "line one\nline two\r\n\r\n  indented", "tabs\tand   spaces   ", "   ", "\n\n\n", "a unmerged token", "unmerged",
  "<|im_start|>user\nHi<|im_end|>", "<|begin_of_text|>Hello<|eot_id|>", "text<|endoftext|>more", "{\"role\": \"assistant\"}",
  "### Notes\n- item one\n- item two", "Can you help me reset my password? Of course!",
];
let seed = 1913;
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const alphabet = [" ", "  ", "\n", "\t", "a", "the", " the", "an", "T", "sw", "12", "7", "'s", "'LL", ".", "!", "?", "-", "_", "\u00e9", "e\u0301", "\u4e2d", "\ud83d\ude00", "<|im_end|>", "<|eot_id|>", "unmerged", " unmerged", "ing", "er", "\u00a0", "\u3000"];
for (let i = 0; i < 200; i++) { let s = ""; const n = 1 + Math.floor(rnd() * 20); for (let j = 0; j < n; j++) s += alphabet[Math.floor(rnd() * alphabet.length)]; texts.push(s); }

const out = [];
for (const [name, json] of Object.entries(tokenizers)) {
  writeFileSync(`tiny-${name}.tokenizer.json`, JSON.stringify(json, null, 1) + "\n");
  const tokenizer = new Tokenizer(json, {});
  for (const text of texts) out.push(JSON.stringify({ tokenizer: name, text, count: tokenizer.encode(text, { add_special_tokens: false }).ids.length }));
}
writeFileSync("TinyTokenizerCounts.jsonl", out.join("\n") + "\n");
