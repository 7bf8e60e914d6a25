using System;
using System.Collections.Generic;
using PromptAnalyzers.Text.Facts.Segmentation;

namespace PromptAnalyzers.Text.Facts.Lexicon;

/// <summary>
/// Multilingual cue words (en, ru, de, es, fr, it, pt): what instructions start with, what headings
/// announce, which nouns measure output rather than the world. General language only; no names.
/// </summary>
internal static class CueLexicon
{
    private static HashSet<string> Set(string words) => new HashSet<string>(words.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>Imperative verbs and guidance adverbs that open an instruction.</summary>
    internal static readonly HashSet<string> ImperativeStarters = Set(@"
answer reply respond return output write use keep be do don't dont never always only avoid ask tell say give list include
explain summarise summarize translate classify extract rate format end start begin finish call mention suggest recommend
offer greet sign provide produce generate create make add remove rewrite fix check confirm collect quote cite prefer follow
refuse decline escalate hand point remind treat handle limit stop wrap flag label identify detect determine decide choose
select pick show highlight describe draft compose convert map split group sort rank score verify validate ignore let please
ensure try focus address thank apologise apologize encourage help assist walk guide consider state report review analyse
analyze break plan target name cover base act speak stay leave preserve copy set lead welcome mark emphasise emphasize
present structure search look find read think reason infer estimate compute calculate count pass route transfer send draw
invite reassure acknowledge clarify define outline insert replace return respect protect redirect defer prioritise prioritize
reject accept allow block warn forward direct update resolve interpret mix grade turn translate propose schedule assign build design develop implement
antworte antworten gib nenne verwende benutze schreibe schreib halte sei seien vermeide frage erkläre fasse übersetze liste
formuliere nutze achte bleibe lies lege schlage weise biete entschuldige erfinde keine kein niemals nie immer bitte
beantworte prüfe ordne erstelle markiere ignoriere kürze bewerte extrahiere sortiere füge zitiere duze sieze verweise leite
gliedere beginne ende frag sag sage erwähne empfiehl
responde contesta usa utiliza escribe mantén sé evita pregunta explica resume traduce clasifica extrae devuelve nunca
siempre solo indica incluye menciona sugiere ofrece ignora niégate genera redacta corrige revisa identifica di da haz
sigue cita recomienda limita trata dirige saluda despídete agradece pide confirma
réponds répondez utilise utilisez écris écrivez garde gardez sois soyez évite évitez demande demandez explique expliquez
résume résumez traduis traduisez classe extrais renvoie retourne jamais toujours indique indiquez inclus mentionne propose
proposez génère rédige rédigez corrige vérifie cite donne donnez fournis reste restez conserve préserve vouvoie tutoie
rispondi usa utilizza scrivi mantieni sii evita chiedi spiega riassumi traduci classifica estrai restituisci mai sempre
indica includi menziona suggerisci proponi ignora genera redigi correggi verifica cita fornisci dai elenca usa rivolgiti
responda utilize escreva mantenha seja evite pergunte explique resuma traduza classifique extraia retorne devolva nunca
sempre apenas somente indique inclua mencione sugira ofereça gere redija corrija verifique forneça dê liste trate use
отвечай ответь отвечайте используй пиши напиши будь избегай спроси объясни переведи классифицируй извлеки верни
никогда всегда только укажи включи упомяни предложи игнорируй составь исправь проверь цитируй дай перечисли определи
ставь копируй объединяй сохраняй обращайся обращайтесь пишите используйте соблюдай уточни уточняй называй предлагай
");

    /// <summary>Openers that, followed by "not", make a negative imperative ("Do not", "Ne révèle pas", "No des", "Не обсуждай").</summary>
    internal static readonly HashSet<string> NegationStarters = Set("no non não ne n' не nicht");

    /// <summary>Second-person pronouns (the model addressed).</summary>
    internal static readonly HashSet<string> SecondPerson = Set("you your you're yourself du dich dir dein deine tú tu usted vous vos votre ты вы тебе тебя твой ваш você voce");

    /// <summary>"You are X" and friends: a role, not a fact.</summary>
    internal static readonly string[] RoleOpeners =
    {
        "you are", "you're", "you act", "act as", "you work", "you help", "you answer", "you handle", "you assist", "you can", "you will", "you must", "you should", "you may", "you have", "you receive", "you get", "you do",
        "du bist", "du hilfst", "du beantwortest", "sie sind", "eres", "usted es", "actúas", "tu es", "vous êtes", "tu aides", "sei ", "sei un", "lei è", "você é", "você ajuda", "tu és", "ты —", "ты -", "ты ", "вы —",
        "role:", "rolle:", "rol:", "rôle :", "rôle:", "ruolo:", "papel:", "роль:", "persona:", "assistant name:",
    };

    /// <summary>Predicates of rubric and classification rules: "X counts as negative", "P1 means an outage".</summary>
    internal static readonly string[] RubricCues =
    {
        " signal", " counts as ", " count as ", " means ", " mean ", " indicates ", " is considered ", " are considered ", " should be classified",
        " severity", " priority", " score", " label ", " is a strong", " is a weak", " is a moderate",
        " gilt als ", " bedeutet ", " significa ", " cuenta como ", " signifie ", " compte comme ", " vale come ", " conta como ", " означает ", " считается ",
    };

    /// <summary>Markers after which values only illustrate a format.</summary>
    internal static readonly string[] ExampleCues =
    {
        "e.g.", "e. g.", "eg.", "i.e.", "for example", "for instance", "such as", "example", "like \"", "like '", "like this", "sample", "illustrative", "placeholder", "format:", "formatted as", "in the form",
        "z. b.", "z.b.", "beispiel", "etwa \"", "wie \"", "por ejemplo", "p. ej.", "p.ej.", "ejemplo", "como \"", "par exemple", "p. ex.", "exemple", "comme \"", "ad esempio", "per esempio", "esempio", "come \"", "por exemplo", "exemplo", "например", "пример", "как \"", "типа",
    };

    /// <summary>Nouns that measure the output or the model's behaviour, never the world.</summary>
    internal static readonly HashSet<string> OutputNouns = Set(@"
word words sentence sentences character characters chars char token tokens bullet bullets point points line lines paragraph paragraphs
question questions step steps example examples result results option options suggestion suggestions finding findings tool tools call calls
attempt attempts retry retries time times hint hints emoji emojis hashtag hashtags label labels category categories section sections
column columns row rows decimal decimals digit digits letter letters space spaces message messages turn turns reply replies answer answers
star stars level levels item-list bullet-points key keys field fields idea ideas variant variants alternatives alternative sources source
headline headlines title titles tag tags keyword keywords choice choices candidate candidates response responses query queries
exercise exercises assertion assertions test tests case cases snippet snippets failure failures error errors chunk chunks document documents
passage passages clarifying tweet tweets post posts caption captions slide slides page-long cell cells entity entities person people
wörter wort sätze satz zeichen punkte stichpunkte zeilen zeile absätze absatz fragen frage schritte schritt beispiele beispiel vorschläge
palabras palabra frases frase oraciones caracteres puntos viñetas líneas línea párrafos párrafo preguntas pregunta pasos paso ejemplos opciones
mots mot phrases phrase caractères points puces lignes ligne paragraphes paragraphe questions étapes étape exemples options
parole parola frasi caratteri punti righe riga paragrafi domande passi esempi opzioni
palavras palavra frases caracteres pontos linhas linha parágrafos perguntas passos exemplos opções
слов слова слово предложений предложения предложение символов символа пунктов пункта строк строки абзацев абзаца вопросов вопроса шагов примеров задач вариантов
câu từ chữ ký tự đoạn dòng ý gạch điểm bước ví dụ lựa chọn câu hỏi
kalimat kata karakter paragraf poin baris butir langkah contoh pilihan pertanyaan
");

    /// <summary>Heading words that announce reference material.</summary>
    private static readonly string[] KnowledgeHeadingWords =
    {
        "fact", "knowledge", "information", "info", "faq", "polic", "pricing", "price", "prices", "menu", "catalog", "hours", "contact", "about", "plans", "fees",
        "terms", "timetable", "schedule", "locations", "reference", "details", "share", "tell them", "mention", "known issues", "offers", "tariff", "services", "benefits",
        "fakten", "wissen", "informationen", "preis", "öffnungszeiten", "kontakt", "leistungen", "angebot", "tarif", "hinweis",
        "hechos", "información", "precio", "horario", "contacto", "tarifa", "política", "servicios", "condiciones",
        "faits", "connaissances", "informations", "prix", "horaires", "tarif", "politique", "offres", "conditions",
        "fatti", "informazioni", "prezz", "orari", "contatti", "tariff", "condizioni", "servizi",
        "fatos", "informações", "preço", "horário", "contato", "contacto", "política", "condições",
        "факты", "справка", "информация", "цены", "тариф", "условия", "контакты", "график", "часы работы",
    };

    private static readonly string[] InstructionHeadingWords =
    {
        "rule", "guideline", "instruction", "guidance", "format", "output", "style", "tone", "how to", "behav", "who you are", "role", "task", "persona",
        "schema", "response", "constraint", "goal", "step", "tool", "process", "procedure", "workflow", "do not", "never", "sections", "structure", "criteria", "rubric", "scoring",
        "regeln", "richtlinien", "anweisungen", "ausgabe", "stil", "aufgabe", "reglas", "instrucciones", "formato", "salida", "estilo", "tarea",
        "règles", "consignes", "sortie", "tâche", "regole", "istruzioni", "compito", "regras", "instruções", "saída", "tarefa",
        "правила", "инструкци", "формат", "стиль", "задача", "разделы",
    };

    private static readonly string[] ExampleHeadingWords = { "example", "sample", "few-shot", "beispiel", "ejemplo", "exemple", "esempio", "exemplo", "пример", "input", "demo" };

    private static readonly HashSet<string> Abbreviations = Set("etc approx ca st mr mrs ms dr vs no nr str tel incl excl min max bzw usw ggf inkl ext av avda pl pza sr sra pp ул пр д тел jl jln gg tp");

    /// <summary>Abbreviated endings of compound words ("Hauptstr. 5").</summary>
    private static readonly string[] AbbreviatedEndings = { "str" };

    internal static bool IsAbbreviation(string word)
    {
        if (Abbreviations.Contains(word))
        {
            return true;
        }

        foreach (string ending in AbbreviatedEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    internal static SectionKind ClassifyHeading(string heading)
    {
        string h = heading.ToLowerInvariant();
        foreach (string w in ExampleHeadingWords)
        {
            if (h.Contains(w))
            {
                return SectionKind.Example;
            }
        }

        if (h.Contains("faq") || h.Contains("q&a") || h.Contains("frequently"))
        {
            return SectionKind.Faq;
        }

        foreach (string w in KnowledgeHeadingWords)
        {
            if (h.Contains(w))
            {
                return SectionKind.Knowledge;
            }
        }

        foreach (string w in InstructionHeadingWords)
        {
            if (h.Contains(w))
            {
                return SectionKind.Instructions;
            }
        }

        if (h == "context" || h == "documents" || h == "document" || h == "code" || h == "data")
        {
            return SectionKind.Neutral;
        }

        return SectionKind.Neutral;
    }
}
