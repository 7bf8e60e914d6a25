// Reference counts for ChatRequests.jsonl, from tiktoken (npm package "tiktoken" 1.0.22, OpenAI's Rust tiktoken as WASM),
// with the counting method of OpenAI's cookbook "How to count tokens with tiktoken": num_tokens_from_messages (3 per
// message, +1 per name, role and content encoded, +3 for the reply primer) and num_tokens_for_tools (gpt-4o constants;
// func_init 10 for cl100k_base models). Run: node gen-chat-requests.js > ChatRequests.jsonl
const {get_encoding}=require("tiktoken");
const enc={o200k_base:get_encoding("o200k_base"), cl100k_base:get_encoding("cl100k_base")};
const n=(e,t)=>e.encode_ordinary(t).length;
const weather={name:"get_current_weather",description:"Get the current weather in a given location",parameters:{type:"object",properties:{
  location:{type:"string",description:"The city and state, e.g. San Francisco, CA"},
  unit:{type:"string",description:"The unit of temperature to return",enum:["celsius","fahrenheit"]}},required:["location"]}};
const requests=[
 {id:"cookbook-jargon", model:"gpt-4o", api_prompt_tokens:124, messages:[
  {role:"system",content:"You are a helpful, pattern-following assistant that translates corporate jargon into plain English."},
  {role:"system",name:"example_user",content:"New synergies will help drive top-line growth."},
  {role:"system",name:"example_assistant",content:"Things working well together will increase revenue."},
  {role:"system",name:"example_user",content:"Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage."},
  {role:"system",name:"example_assistant",content:"Let's talk later when we're less busy about how to do better."},
  {role:"user",content:"This late pivot means we don't have time to boil the ocean for the client deliverable."}], tools:[]},
 {id:"cookbook-jargon-gpt4", model:"gpt-4", api_prompt_tokens:129, messages:null, same_as:"cookbook-jargon", tools:[]},
 {id:"cookbook-weather", model:"gpt-4o", api_prompt_tokens:101, messages:[
  {role:"system",content:"You are a helpful assistant that can answer to questions about the weather."},
  {role:"user",content:"What's the weather like in San Francisco?"}], tools:[weather]},
 {id:"cookbook-weather-gpt4", model:"gpt-4", api_prompt_tokens:105, messages:null, same_as:"cookbook-weather", tools:[weather]},
 {id:"support-with-order-tools", model:"gpt-4o-mini", messages:[
  {role:"system",content:"You are the support assistant of an online bookshop. Answer in at most three sentences, in the customer's language. If you need an order, call get_order; never guess order details. Escalate refunds over the policy limit to a human with escalate_to_agent."},
  {role:"user",content:"Where is my order 10234? It was supposed to arrive on Monday."}],
  tools:[{name:"get_order",description:"Look up an order by its number.",parameters:{type:"object",properties:{order_number:{type:"string",description:"The order number, digits only."}}}},
         {name:"escalate_to_agent",description:"Hand the conversation to a human agent.",parameters:{type:"object",properties:{reason:{type:"string",description:"Why a human is needed.",enum:["refund","complaint","other"]},priority:{type:"integer",description:"1 (low) to 3 (urgent)."}}}}]},
 {id:"agent-three-tools", model:"gpt-4.1", messages:[
  {role:"system",content:"You plan trips. Use the tools to check flights, hotels and the weather before you suggest anything, and give prices in the user's currency."},
  {role:"user",content:"Plan a long weekend in Lisbon in May for two people."}],
  tools:[{name:"search_flights",description:"Search flights between two airports on a date.",parameters:{type:"object",properties:{from:{type:"string",description:"IATA code of the departure airport."},to:{type:"string",description:"IATA code of the arrival airport."},date:{type:"string",description:"Departure date, yyyy-MM-dd."},passengers:{type:"integer",description:"Number of passengers."}}}},
         {name:"search_hotels",description:"Search hotels in a city.",parameters:{type:"object",properties:{city:{type:"string",description:"City name."},nights:{type:"integer",description:"Number of nights."}}}},
         weather]},
 {id:"multilingual-no-tools", model:"gpt-4o", messages:[
  {role:"system",content:"Du bist ein freundlicher Assistent. Antworte immer auf Deutsch und in höchstens zwei Sätzen. 日本語の質問には日本語で答えてください。"},
  {role:"user",content:"Wie spät ist es in Tokio, wenn es in Berlin 9 Uhr ist?"}], tools:[]},
];
const byId=Object.fromEntries(requests.map(r=>[r.id,r]));
const encodingOf=m=>(m==="gpt-4"||m.startsWith("gpt-3.5"))?"cl100k_base":"o200k_base";
function toolTokens(e, tools, cl100k){
  if(!tools.length) return 0; let t=0;
  for(const f of tools){ t+=cl100k?10:7; t+=n(e, f.name+":"+f.description.replace(/\.$/,""));
    const props=f.parameters.properties; const keys=Object.keys(props);
    if(keys.length){ t+=3; for(const k of keys){ const p=props[k]; t+=3; if(p.enum){ t+=-3; for(const item of p.enum){ t+=3; t+=n(e,item);} } t+=n(e, `${k}:${p.type}:${(p.description||"").replace(/\.$/,"")}`);} } }
  return t+12;
}
for(const r of requests){
  const messages=r.messages||byId[r.same_as].messages; const name=encodingOf(r.model); const e=enc[name];
  let content=0, framing=3;
  for(const m of messages){ framing+=3; for(const [k,v] of Object.entries(m)){ if(k==="content") content+=n(e,v); else framing+=n(e,v); if(k==="name") framing+=1; } }
  const tools=toolTokens(e, r.tools, name==="cl100k_base");
  console.log(JSON.stringify({id:r.id, model:r.model, encoding:name, messages, tools:r.tools, content_tokens:content, framing_tokens:framing, tool_tokens:tools, request_tokens:content+framing+tools, api_prompt_tokens:r.api_prompt_tokens??null}));
}
