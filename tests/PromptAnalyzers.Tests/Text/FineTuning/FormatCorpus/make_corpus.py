"""Writes the labelled fine-tuning set in the nine formats from one list of hand-written examples.

Each example is (label, user, answer, other), all under one system prompt: label "fact" when the answer states facts the model would pass
on (prices, policies, contacts, schedules, specs), "style" when it only shows behaviour (tone, format, task); style
examples often carry facts in the user turn or in `other` (the rejected answer), which must not count.
Run: python3 make_corpus.py (rewrites the .jsonl files and EXPECTED.tsv next to it).
"""
import json, os

SYSTEM = "You are the support assistant of Nordlicht Outdoor. Answer in a warm, concise tone."
EXAMPLES = [
    ("fact", "How much does the Fjell 2 tent cost?", "The Fjell 2 tent costs EUR 349 and weighs 2.1 kg including the poles.", "I am not sure."),
    ("fact", "When is your Hamburg store open?", "Our Hamburg store on Mönckebergstraße 7 is open Monday to Saturday from 10:00 to 19:00.", "Please check online."),
    ("fact", "What is your return policy?", "You can return unused items within 30 days for a full refund; sale items can be exchanged within 14 days.", "Returns are possible."),
    ("fact", "How do I reach customer service by phone?", "Call us at +49 40 5550 1234, weekdays from 8:00 to 18:00, or write to service@nordlicht-outdoor.example.", "Use the contact form."),
    ("fact", "How long does shipping to Austria take?", "Standard shipping to Austria takes 3 to 5 business days and costs EUR 6.90; orders over EUR 80 ship free.", "It depends."),
    ("fact", "What is the warranty on the Alpin jacket?", "The Alpin jacket has a 5-year warranty on seams and zips, and the membrane is rated at 20,000 mm water column.", "There is a warranty."),
    ("fact", "Is there a student discount?", "Students get 15% off full-price items with a valid student ID, up to EUR 500 per year.", "Maybe."),
    ("fact", "What capacity does the Tind 40 backpack have?", "The Tind 40 holds 40 litres, fits torso lengths from 45 to 52 cm and costs EUR 179.", "It is a backpack."),
    ("style", "The Fjell 2 costs EUR 349 and weighs 2.1 kg. Please rewrite that as a friendly one-liner for our newsletter.", "Light on your back, big on adventure: meet your next favourite tent!", "The Fjell 2 costs EUR 349 and weighs 2.1 kg, buy it now at +49 40 5550 1234."),
    ("style", "My order hasn't arrived and I'm really annoyed.", "I'm so sorry for the wait! Could you share your order number so I can look into it right away?", "Not my problem."),
    ("style", "Can you help me choose a sleeping bag?", "Gladly! Where will you be camping, and how cold do the nights usually get?", "Buy the expensive one."),
    ("style", "Our store hours are 10:00 to 19:00 Monday to Saturday. Summarise the customer's complaint in one sentence: 'I came at 19:15 and the door was locked.'", "The customer arrived after closing time and found the store locked.", "The store is open from 10:00 to 19:00 at Mönckebergstraße 7."),
    ("style", "Thanks for your help earlier!", "You're very welcome! Have a wonderful time outdoors, and let me know if anything else comes up.", "OK."),
    ("style", "Translate to German: 'Your parcel is on its way.'", "Ihr Paket ist unterwegs.", "Your parcel arrives in 3 days for EUR 6.90."),
    ("style", "Classify the sentiment of this review: 'The jacket kept me dry for 5 days of rain, 10/10.'", "Sentiment: positive", "Sentiment: the jacket costs EUR 299."),
    ("style", "Can I talk to a human?", "Of course. I'll ask one of my colleagues to join this chat; it usually takes just a moment.", "No."),
]

def m(role, content): return {"role": role, "content": content}

def openai_chat(s, u, a, o): return {"messages": [m("system", s), m("user", u), m("assistant", a)]}
def openai_pref(s, u, a, o): return {"input": {"messages": [m("system", s), m("user", u)]}, "preferred_output": [m("assistant", a)], "non_preferred_output": [m("assistant", o)]}
def prompt_completion(s, u, a, o): return {"prompt": u, "completion": a}
def conv_prompt_completion(s, u, a, o): return {"prompt": [m("system", s), m("user", u)], "completion": [m("assistant", a)]}
def preference(s, u, a, o): return {"prompt": u, "chosen": a, "rejected": o}
def text(s, u, a, o): return {"text": a}
def sharegpt(s, u, a, o): return {"conversations": [{"from": "system", "value": s}, {"from": "human", "value": u}, {"from": "gpt", "value": a}]}
def alpaca(s, u, a, o): return {"instruction": u, "input": "", "output": a}
def gemini(s, u, a, o): return {"systemInstruction": {"role": "system", "parts": [{"text": s}]}, "contents": [{"role": "user", "parts": [{"text": u}]}, {"role": "model", "parts": [{"text": a}]}]}
def bedrock(s, u, a, o): return {"schemaVersion": "bedrock-conversation-2024", "system": [{"text": s}], "messages": [{"role": "user", "content": [{"text": u}]}, {"role": "assistant", "content": [{"text": a}]}]}

# One malformed line per file, of a kind the format can have.
FORMATS = {
    "openai-preference.jsonl": (openai_pref, '{"input": {"messages": [{"role": "user", "content": "Hi"}]}, "preferred_output": [{"role": "assistant"}], "non_preferred_output": []}', "missing_content"),
    "prompt-completion.jsonl": (prompt_completion, '{"prompt": "Hi", "completion": 42}', "field_invalid"),
    "prompt-completion-conversational.jsonl": (conv_prompt_completion, '{"prompt": [{"role": "user", "content": "Hi"}], "completion": [{"role": "bot", "content": "Hello"}]}', "unknown_role"),
    "preference.jsonl": (preference, '{"prompt": "Hi", "chosen": "Hello!"}', "field_missing"),
    "text.jsonl": (text, '{"text": "Hello", "label": true', "invalid_json"),
    "sharegpt.jsonl": (sharegpt, '{"conversations": [{"from": "human", "value": "Hi"}, {"from": "bot", "value": "Hello"}]}', "unknown_role"),
    "alpaca.jsonl": (alpaca, '{"instruction": "Say hi.", "input": ""}', "field_missing"),
    "vertex-gemini.jsonl": (gemini, '{"contents": [{"role": "user", "parts": [{"text": "Hi"}]}, {"role": "assistant", "parts": [{"text": "Hello"}]}]}', "unknown_role"),
    "bedrock-conversation.jsonl": (bedrock, '{"schemaVersion": "bedrock-conversation-2024", "messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": [{"text": "Hello"}]}]}', "content_not_string"),
}

here = os.path.dirname(os.path.abspath(__file__))
rows = ["file\tline\texpect"]
for name, (shape, bad, code) in FORMATS.items():
    lines = [json.dumps(shape(SYSTEM, u, a, o), ensure_ascii=False) for (_, u, a, o) in EXAMPLES]
    labels = [label for (label, *_rest) in EXAMPLES]
    lines.insert(5, bad)
    labels.insert(5, "error:" + code)
    with open(os.path.join(here, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    rows += [f"{name}\t{i + 1}\t{label}" for i, label in enumerate(labels)]
with open(os.path.join(here, "EXPECTED.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n")
