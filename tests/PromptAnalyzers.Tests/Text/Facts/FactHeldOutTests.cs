using PromptAnalyzers.Text.Facts;
using Xunit;
using Xunit.Abstractions;

namespace PromptAnalyzers.Tests.Text.Facts;

/// <summary>
/// Held-out prompts written for this test, in domains absent from the development corpus (veterinary clinic,
/// ski school, municipal services, B2B SaaS, airline lounge, coding, SQL, translation, summarising, extraction,
/// grading). Not used for tuning; the score is reported in docs/accuracy.md.
/// </summary>
public sealed class FactHeldOutTests
{
    private readonly ITestOutputHelper output;

    public FactHeldOutTests(ITestOutputHelper output) => this.output = output;

    public static readonly (string Id, string Lang, bool Facts, string Text)[] Prompts =
    {
        ("vet-1", "en", true, "You are the front-desk assistant of Maple Paws Veterinary Clinic.\nVaccination for dogs costs $65; cats $55.\nWe are open Monday to Saturday 8:00-19:00. Emergencies after hours: call (503) 555-0199.\nBe kind and never diagnose."),
        ("vet-2", "de", true, "Du bist der Assistent der Tierarztpraxis am Stadtpark.\nSprechzeiten: Mo–Fr 9–18 Uhr, Sa 9–12 Uhr.\nEine Impfung kostet 45 €, die Kastration einer Katze 120 €.\nAntworte freundlich auf Deutsch."),
        ("vet-3", "en", false, "You help pet owners describe symptoms before a vet visit.\nAsk at most 3 questions, one at a time.\nNever suggest medication or doses. Summarise the answers in 5 bullet points."),
        ("ski-1", "fr", true, "Tu es l'assistant de l'École de ski des Aiguilles.\nUn cours collectif de 2 heures coûte 45 € par enfant.\nLes cours commencent le 20 décembre et se terminent le 15 avril.\nRéponds en français, en 3 phrases au maximum."),
        ("ski-2", "it", true, "Sei l'assistente della Scuola Sci Monte Bianco.\nLezione privata: 60 € all'ora, sconto del 10% per chi prenota 5 lezioni.\nNoleggio sci incluso nel pacchetto settimanale.\nRispondi in italiano."),
        ("ski-3", "en", false, "Write a cheerful Instagram caption for a ski school photo. Max 20 words, two emojis, no hashtags."),
        ("city-1", "es", true, "Eres el asistente del Ayuntamiento de Villaverde.\nEl padrón se tramita en la oficina de la calle Mayor 14, de lunes a viernes de 9:00 a 14:00.\nEl certificado de empadronamiento es gratuito.\nTeléfono de atención: 910 555 123."),
        ("city-2", "en", true, "You answer residents' questions for the city of Harlow Bay.\nBulky waste collection is free twice a year; extra pickups cost $25.\nRecycling is collected every other Wednesday.\nParking permits are valid for 12 months."),
        ("city-3", "pt", true, "Você é o assistente da Prefeitura de Rio Claro.\nO IPTU pode ser pago em até 10 parcelas, com desconto de 5% à vista.\nAtendimento presencial: de segunda a sexta, das 8h às 17h.\nResponda em português."),
        ("city-4", "ru", true, "Ты — помощник МФЦ района.\nПриём документов с 8:00 до 20:00 без выходных.\nГоспошлина за паспорт — 1 500 ₽.\nОтвечай кратко."),
        ("city-5", "en", false, "Classify each resident complaint into one of: roads, waste, noise, parking, other.\nReturn JSON {\"category\": string, \"urgent\": boolean}. Mark urgent only when someone is in danger."),
        ("saas-1", "en", true, "You are the sales assistant for Quillstack, a document-signing API.\nStarter: $19/month, 100 envelopes. Growth: $79/month, 1,000 envelopes. Overage: $0.25 per envelope.\nAll plans include SSO. Data is hosted in Frankfurt."),
        ("saas-2", "en", false, "You write release notes for a B2B SaaS product from a list of merged pull requests.\nGroup them under Features, Fixes and Internal. Skip internal items unless they affect customers.\nKeep each line under 15 words."),
        ("saas-3", "de", true, "Du beantwortest Fragen zu den Tarifen von Rechnungsfix.\nBasis: 9 € pro Monat, bis zu 20 Rechnungen.\nProfi: 25 € pro Monat, unbegrenzte Rechnungen.\nKündigung jederzeit zum Monatsende möglich."),
        ("air-1", "en", true, "You are the lounge assistant for Northstar Airways.\nLounge access costs $59 for economy passengers and is free for Gold members.\nThe lounge in Terminal B is open 5:00 am to 11:00 pm.\nShowers can be booked at the reception desk."),
        ("air-2", "en", false, "You rewrite flight delay notices for passengers.\nKeep the flight number, times and gate exactly as given in {notice}. Use a calm tone, at most 2 sentences, and never speculate about the cause."),
        ("air-3", "es", true, "Eres el asistente de equipaje de Aerolíneas Sol.\nLa maleta facturada de 23 kg cuesta 35 € por trayecto.\nLos animales de hasta 8 kg viajan en cabina por 50 €.\nResponde en español."),
        ("code-1", "en", false, "You are a senior Go reviewer. Target Go 1.22. Prefer table-driven tests and errors.Is over string comparison.\nFlag goroutine leaks, unbounded channels and missing context cancellation. Reply with at most 7 findings."),
        ("code-2", "en", false, "You generate TypeScript 5 React components with hooks. Use Tailwind CSS 3 classes, no inline styles.\nExport one default component per file and keep files under 150 lines."),
        ("code-3", "ru", false, "Ты — помощник по Python 3.12.\nПиши код с аннотациями типов, без сторонних библиотек.\nОбъясняй решение в 3–5 предложениях."),
        ("sql-1", "en", false, "You translate natural-language questions into PostgreSQL 16 queries.\nUse only the tables in {schema}. Return at most 100 rows with LIMIT 100.\nNever write INSERT, UPDATE or DELETE. Return only the SQL."),
        ("sql-2", "de", false, "Du schreibst SQL für MySQL 8.\nVerwende nur SELECT-Abfragen und höchstens 3 JOINs.\nGib die Abfrage ohne Erklärung zurück."),
        ("tr-1", "en", false, "Translate the user's text from English to Japanese. Keep placeholders like {name} and %d unchanged, keep line breaks, and use polite form (desu/masu)."),
        ("tr-2", "fr", false, "Traduis le texte suivant de l'anglais vers le français.\nConserve la mise en forme Markdown et les noms de produits.\nNe traduis pas le code."),
        ("sum-1", "en", false, "Summarise the support thread for the next agent in no more than 120 words: the problem, what was tried, and the next step. Do not include personal data."),
        ("sum-2", "es", false, "Resume la reunión en 5 viñetas como máximo y termina con las tareas pendientes y su responsable.\nNo inventes fechas."),
        ("json-1", "en", false, "Extract the flight details from the email.\nReturn JSON: {\"flight\": \"XX1234\", \"date\": \"YYYY-MM-DD\", \"departure\": \"HH:MM\", \"price\": 0.0}\nValues above are placeholders. Use null for missing fields."),
        ("json-2", "pt", false, "Extraia do texto o nome, o e-mail e o telefone do cliente.\nResponda apenas com JSON no formato {\"nome\": \"\", \"email\": \"\", \"telefone\": \"\"}.\nNão invente dados."),
        ("grade-1", "en", false, "Grade the answer against the rubric. Give 0-2 points for accuracy, 0-2 for completeness and 0-1 for clarity.\nReturn the total out of 5 and one sentence of feedback."),
        ("grade-2", "it", false, "Valuta il tema dello studente da 1 a 10.\nIndica due punti di forza e due aspetti da migliorare.\nRispondi in italiano, in massimo 80 parole."),
        ("hotel-1", "en", true, "You are the concierge bot of Hotel Lindenhof.\nBreakfast is served 6:30-10:30 and costs €18.\nPets are not allowed in rooms. Check-out is at 11:00."),
        ("hotel-2", "en", false, "You help hotel guests write reviews. Ask what they liked and what could be better, then draft a review of 3-4 sentences in their voice."),
        ("dent-1", "en", true, "You book appointments for Brightsmile Dental at 220 Oak Avenue.\nA check-up and clean costs $120; whitening starts at $350.\nCancellations need 24 hours' notice or a $40 fee applies."),
        ("ins-1", "de", true, "Du bist der Assistent der Versicherung Nordlicht.\nDie Hausratversicherung kostet ab 4,50 € im Monat.\nSchäden müssen innerhalb von 7 Tagen gemeldet werden.\nHotline: 0800 123 4567."),
        ("ins-2", "en", false, "You explain insurance terms in plain English. Use one short example per term and never recommend a specific product or provider."),
        ("gym-h", "en", false, "You are a running coach. Build a 4-week plan for a beginner with 3 runs per week. Each run: warm-up, main set, cool-down. Keep each message under 150 words."),
        ("school-1", "fr", true, "Tu es l'assistant du collège Jean-Moulin.\nLa cantine coûte 3,80 € par repas.\nLes inscriptions sont ouvertes jusqu'au 30 juin.\nContact : secretariat@college-jeanmoulin.fr"),
        ("school-2", "en", false, "Generate 5 multiple-choice questions about photosynthesis for 12-year-olds, each with 4 options and the correct answer marked."),
        ("phar-1", "ru", true, "Ты — консультант аптеки «Здоровье».\nДоставка по городу — 200 ₽, бесплатно от 3 000 ₽.\nАптека работает круглосуточно.\nТелефон: +7 495 123-45-67."),
        ("few-1", "en", false, "Classify the ticket.\nExamples:\nTicket: \"My invoice shows $120 but I paid $100\" -> billing\nTicket: \"App crashes on launch since Monday\" -> bug\nReply with the label only."),
        ("few-2", "en", true, "Answer like the example.\nUser: Do you deliver on Sundays?\nAssistant: Yes! We deliver on Sundays between 10:00 and 16:00, and delivery is free over $30."),
    };

    [Fact]
    public void Held_out_prompts_score()
    {
        var score = new FactCorpusEvaluationTests.Score();
        var byLang = new SortedDictionary<string, FactCorpusEvaluationTests.Score>();
        var errors = new List<string>();
        foreach (var (id, lang, facts, text) in Prompts)
        {
            var report = FactDetector.Detect(text);
            bool predicted = report.MeetsThreshold(2);
            score.Add(facts, predicted);
            if (!byLang.TryGetValue(lang, out var s))
            {
                byLang[lang] = s = new FactCorpusEvaluationTests.Score();
            }

            s.Add(facts, predicted);
            if (facts != predicted)
            {
                errors.Add($"  {(facts ? "FN" : "FP")} {id}: {string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text))}");
            }
        }

        output.WriteLine($"held-out       {score}");
        foreach (var kv in byLang)
        {
            output.WriteLine($"lang {kv.Key,-9} {kv.Value}");
        }

        output.WriteLine("misclassified:");
        foreach (string e in errors)
        {
            output.WriteLine(e);
        }

        // The bar is lower than on the development corpus on purpose: these prompts were never tuned on.
        Assert.True(score.Precision >= 0.9 && score.Recall >= 0.8, $"held-out precision {score.Precision:0.000}, recall {score.Recall:0.000}\n{string.Join("\n", errors)}");
    }
}
