// Reference counts for the token-counter edge cases, from tiktoken (npm package "tiktoken" 1.0.22: the WASM build of
// OpenAI's Rust tiktoken). Run: node gen-edge-cases.js > TiktokenEdgeCases.jsonl
const {get_encoding}=require("tiktoken");
const e=get_encoding("o200k_base"), c=get_encoding("cl100k_base");
const out=[]; const add=(kind,t)=>out.push(JSON.stringify({kind, text:t, o200k_base:e.encode_ordinary(t).length, cl100k_base:c.encode_ordinary(t).length}));
const ctx = ch => "a"+ch+"b "+ch+ch+"1"+ch+"\n A"+ch+"'s";
// Every 11th code point of the BMP and plane 1, grouped 64 to a line; a sample of the other planes.
const group=(cps)=>{ for (let i=0;i<cps.length;i+=64) add("codepoints", cps.slice(i,i+64).map(cp=>ctx(String.fromCodePoint(cp))).join("")); };
const cps=[]; for (let cp=0; cp<0x20000; cp+=11) { if (cp>=0xD800 && cp<0xE000) continue; cps.push(cp); }
for (let cp=0x20000; cp<0x110000; cp+=1009) cps.push(cp);
group(cps);
let seed=4242; const rnd=()=>{ seed=(seed*1103515245+12345)&0x7fffffff; return seed/0x7fffffff; };
const alpha=[" ","  ","\n","\r","\t","\u00a0","\u3000","a","b","Z","É","é","ǅ","ʰ","\u0301","\u0903","1","22","٣","²","'","'s","'LL","'ſ","/","!","?","...","-","_","😀","👍🏽","👨‍👩‍👧","𝐀","𝐚","𝟙","𠀀","中","文","한","ñ","\u200b","\ufeff","<|endoftext|>","<|im_start|>","<|fim_prefix|>","\ud800","\udc00","\u0000","\u0085","\u000b","\u000c","\u001c","\u2028","ﷺ","Σ","ς","İ","ı","K"];
for (let i=0;i<3000;i++){ let n=1+Math.floor(rnd()*25), s=""; for(let j=0;j<n;j++) s+=alpha[Math.floor(rnd()*alpha.length)]; add("fuzz", s); }
const rs=(a,n)=>{let s="";for(let i=0;i<n;i++) s+=a[Math.floor(rnd()*a.length)]; return s;};
for (const n of [255,256,257,1000,4097]) for (const ch of ["a","A"," ","\n","!","-","=","中","😀","𝐀","é","\u0301","\t","."]) add("long", ch.repeat(n));
for (let i=0;i<20;i++) add("long", rs("abcdefghijklmnopqrstuvwxyz", 257+Math.floor(rnd()*3000)));
for (let i=0;i<10;i++) add("long", rs("!@#$%^&*()-_=+[]{};:,.<>?|~`\"", 257+Math.floor(rnd()*2000)));
for (let i=0;i<10;i++) add("long", rs(" \t\n\r\u00a0", 257+Math.floor(rnd()*2000)) + "x");
for (const t of ["", "<|endoftext|>", "Hello <|endoftext|> world <|im_start|>system<|im_end|>", "\u0000", "\ud800", "\udfff\ud800", "e\u0301\u0301\u0301", "1234567890".repeat(50), "don't WON'T it'ſ I'M", "👨‍👩‍👧‍👦 family", "日本語のテキストです。", "한국어 텍스트", "Ελληνικά κείμενα", "مرحبا بالعالم", "\r\n\r\n  \n", "   leading and trailing   ", "tab\tseparated\tvalues"]) add("edge", t);
process.stdout.write(out.join("\n")+"\n");
