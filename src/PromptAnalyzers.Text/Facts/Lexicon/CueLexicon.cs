using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Facts.Lexicon;

/// <summary>
/// Multilingual cue words (en, ru, de, es, fr, it, pt, vi, id, zh, ja, ko): what instructions start or end with, which
/// nouns measure output rather than the world, what marks an example. General language only; no names.
/// </summary>
/// <remarks>
/// Han, kana and Hangul have no spaces: their cues are matched as prefixes, substrings or sentence endings (see
/// <see cref="ImperativePhrases"/> and <see cref="ImperativeEndings"/>), never as words.
/// </remarks>
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
double-check re-read cross-check re-check follow-up indicate specify note assume imagine pretend
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
hãy đừng luôn chỉ viết dùng giữ tránh trả liệt tóm dịch phân trích cung tạo đưa kiểm xác đảm phải vui xin nêu chọn
jawab jawablah gunakan gunakanlah jangan selalu hanya berikan tulis tuliskan buat buatlah hindari pastikan ringkas ringkaskan
terjemahkan klasifikasikan ekstrak sebutkan tolong mohon harap kembalikan balas tanyakan ikuti periksa analisis analisislah
tentukan pilih jelaskan sertakan tampilkan baca pahami identifikasi
");

    /// <summary>
    /// Instruction openers written as phrases or without spaces ("không được", "trả lời", "请", "不要", "必ず", "반드시"):
    /// a unit that starts with one is guidance.
    /// </summary>
    internal static readonly string[] ImperativePhrases =
    {
        "không được", "không nên", "trả lời", "sử dụng", "liệt kê", "tóm tắt", "phân loại", "trích xuất", "cung cấp", "đưa ra", "kiểm tra", "xác định", "đảm bảo", "đề xuất", "gợi ý", "chủ động", "giới thiệu", "tư vấn",
        "请", "請", "不要", "不得", "不能", "别", "別", "务必", "務必", "必须", "必須", "禁止", "避免", "只", "仅", "僅", "始终", "始終", "总是", "總是", "永远不要", "绝不", "絕不",
        "使用", "回答", "返回", "输出", "輸出", "根据", "根據", "生成", "列出", "翻译", "翻譯", "总结", "總結", "分析", "判断", "判斷", "识别", "識別", "提取", "提供", "保持", "确保", "確保", "用",
        "必ず", "常に", "絶対に", "決して", "以下の", "次の",
        "반드시", "항상", "절대", "절대로", "다음",
    };

    /// <summary>
    /// Modal verbs of Chinese, Japanese and Korean instructions, found anywhere in a unit ("也应先按…提取", "严禁…", "…べきです"):
    /// these languages steer the model with "should" and "must" more than with an imperative at the start.
    /// </summary>
    internal static readonly string[] ModalsCjk =
    {
        "应", "應", "须", "須", "必须", "必須", "需要", "不得", "不要", "不能", "务必", "務必", "请", "請", "严禁", "嚴禁", "禁止", "只能", "不允许", "不允許", "切勿",
        "べき", "しないで", "してはいけ", "해야", "하지 마", "말 것",
    };

    /// <summary>Sentence endings of Japanese and Korean instructions ("〜してください", "〜すること", "〜하세요", "〜하지 마십시오").</summary>
    internal static readonly string[] ImperativeEndings =
    {
        "ください", "下さい", "すること", "しないこと", "しなさい", "せよ", "こと", "てはいけません", "てはならない", "ないでください", "でください", "ましょう", "べきです", "必要があります",
        "하세요", "하십시오", "해주세요", "해 주세요", "마세요", "마십시오", "하라", "할 것", "해야 합니다", "해야 한다", "주십시오", "하시오", "십시오", "세요",
    };

    /// <summary>Turkish imperatives, which end an instruction (the verb comes last): bare, polite and negative forms.</summary>
    internal static readonly HashSet<string> TurkishImperatives = Set(@"
ver üret yaz döndür kullan yap ol oluştur açıkla listele öner belirt ekle çıkar yanıtla cevapla özetle çevir et sor söyle anlat seç
değerlendir hesapla düzenle göster koy bul uygula tut kaçın sınırla başla bitir belirle hazırla planla analiz
verin üretin yazın döndürün kullanın yapın olun oluşturun açıklayın listeleyin önerin belirtin ekleyin çıkarın yanıtlayın cevaplayın
özetleyin çevirin edin sorun söyleyin anlatın seçin değerlendirin hesaplayın düzenleyin gösterin koyun bulun uygulayın belirleyin hazırlayın planlayın
verme yazma kullanma koyma etme yapma önerme ekleme çıkarma söyleme döndürme uydurma");

    /// <summary>Endings of a Turkish command in the third person ("kapsasın", "olsun") or of a necessity ("olmalı", "yazmalısın").</summary>
    internal static readonly string[] TurkishCommandEndings = { "sın", "sin", "sun", "sün", "malı", "meli", "malıdır", "melidir", "malısın", "melisin", "malısınız", "melisiniz" };

    /// <summary>Openers that, followed by "not", make a negative imperative ("Do not", "Ne révèle pas", "No des", "Не обсуждай").</summary>
    internal static readonly HashSet<string> NegationStarters = Set("no non não ne n' не nicht");

    /// <summary>Second-person pronouns (the model addressed).</summary>
    internal static readonly HashSet<string> SecondPerson = Set("you your you're yourself du dich dir dein deine tú tu usted vous vos votre ты вы тебе тебя твой ваш você voce bạn kamu anda");

    /// <summary>Second-person pronouns of scripts without spaces, found as substrings near the start of a unit.</summary>
    internal static readonly string[] SecondPersonCjk = { "你", "您", "あなた", "君は", "당신", "너는", "네가" };

    /// <summary>Words that open a condition ("If the order is late, ...").</summary>
    internal static readonly HashSet<string> Conditionals = Set("if when whenever unless once after before for in wenn falls sobald bei si cuando quand lorsque se quando caso если когда при sofern where while nếu khi sau trước jika jikalau apabila kalau bila ketika");

    /// <summary>Conditions written without spaces ("如果", "若", "もし", "만약").</summary>
    internal static readonly string[] ConditionalPhrases = { "如果", "若", "假如", "当", "當", "如", "もし", "만약", "만일" };

    /// <summary>Keys of "key: value" lines that configure the model ("Tone: friendly", "语气：友好").</summary>
    internal static readonly string[] InstructionKeys =
    {
        "tone", "style", "format", "role", "output", "length", "language", "audience", "assistant name", "name", "persona", "voice", "task", "goal", "rules", "constraints", "input", "response", "answer",
        "ton", "stil", "rolle", "sprache", "tono", "estilo", "formato", "idioma", "rol", "langue", "rôle", "lingua", "ruolo", "língua", "papel", "тон", "стиль", "формат", "роль", "язык",
        "giọng điệu", "phong cách", "định dạng", "vai trò", "ngôn ngữ", "nhiệm vụ", "mục tiêu", "nada", "gaya", "peran", "bahasa", "tugas", "tujuan",
        "语气", "語氣", "风格", "風格", "格式", "角色", "语言", "語言", "任务", "任務", "目标", "目標", "输出", "輸出", "口調", "スタイル", "形式", "役割", "言語", "タスク", "目的", "出力", "어조", "스타일", "형식", "역할", "언어", "작업", "목표", "출력",
    };

    /// <summary>
    /// Labels of the lines of a few-shot, graded or test record ("Input:", "Expected output:", "Score:", "Sentiment:") and of
    /// a tool or rubric definition ("Description:", "Parameters:", "Level:"): records that steer the model, not reference data.
    /// </summary>
    internal static readonly HashSet<string> SampleLabels = Set(@"
q a question answer input output expected result reason reasoning explanation feedback comment review text message email ticket query
label score rating stars grade verdict sentiment category classification intent class relevance thought action observation context
given when then scenario step case test tool function description parameters params arguments args returns usage level criteria criterion weight points
pros cons advantages disadvantages strengths weaknesses field type required optional default nullable column property key value example
frage antwort eingabe ausgabe pregunta respuesta entrada salida question réponse entrée sortie domanda risposta pergunta resposta вопрос ответ вход выход
câu_hỏi trả_lời đầu_vào đầu_ra pertanyaan jawaban 问题 回答 答案 输入 输出 質問 回答 入力 出力 질문 답변 입력 출력
");

    /// <summary>"You are X" and friends: a role, not a fact.</summary>
    internal static readonly string[] RoleOpeners =
    {
        "you are", "you're", "you act", "act as", "you work", "you help", "you answer", "you handle", "you assist", "you can", "you will", "you must", "you should", "you may", "you have", "you receive", "you get", "you do",
        "du bist", "du hilfst", "du beantwortest", "sie sind", "eres", "usted es", "actúas", "tu es", "vous êtes", "tu aides", "sei ", "sei un", "lei è", "você é", "você ajuda", "tu és", "ты —", "ты -", "ты ", "вы —",
        "bạn là", "bạn đóng vai", "bạn sẽ", "bạn cần", "bạn phải", "bạn có thể", "em là", "kamu adalah", "anda adalah", "kamu merupakan", "anda merupakan", "kamu berperan", "anda berperan", "kamu akan", "anda akan",
        "你是", "您是", "你现在是", "你現在是", "你扮演", "你将", "你將", "你需要", "你必须", "你必須", "你的任务", "你的任務", "扮演", "作为", "作為",
        "あなたは", "あなたの役割", "君は", "당신은", "너는", "당신의 역할",
        "role:", "rolle:", "rol:", "rôle :", "rôle:", "ruolo:", "papel:", "роль:", "persona:", "assistant name:", "vai trò:", "peran:", "角色：", "角色:", "役割：", "역할:",
    };

    /// <summary>Role openers that give the model an identity ("You are", "Eres", "你是", "Bạn là"): only contacts count in them.</summary>
    internal static readonly string[] IdentityOpeners =
    {
        "du bist", "eres", "tu es", "vous êtes", "sei ", "sei un", "você é", "ты —", "ты -", "sie sind", "usted es",
        "bạn là", "em là", "bạn đóng vai", "kamu adalah", "anda adalah", "kamu merupakan", "anda merupakan", "kamu berperan", "anda berperan",
        "你是", "您是", "你现在是", "你現在是", "你扮演", "扮演", "作为", "作為", "あなたは", "君は", "당신은", "너는",
    };

    /// <summary>Predicates of rubric and classification rules: "X counts as negative", "P1 means an outage".</summary>
    internal static readonly string[] RubricCues =
    {
        " signal", " counts as ", " count as ", " means ", " mean ", " indicates ", " serve as ", " serves as ", " refers to ", " refer to ", " is defined as ", " are defined as ", " is considered ", " are considered ", " should be classified",
        " severity", " priority", " score", " label as ", " label it ", " labeled ", " labelled ", " is a strong", " is a weak", " is a moderate",
        " gilt als ", " bedeutet ", " significa ", " cuenta como ", " signifie ", " compte comme ", " vale come ", " conta como ", " означает ", " считается ",
        " nghĩa là ", " có nghĩa ", " được coi là ", " berarti ", " dianggap ", " skor ", " điểm số ", "表示", "代表", "意味着", "意味著", "得分", "评分", "評分", "分数", "分數", "意味する", "を表す", "スコア", "점수", "의미",
    };

    /// <summary>Markers after which values only illustrate a format.</summary>
    internal static readonly string[] ExampleCues =
    {
        "e.g.", "e. g.", "eg.", "i.e.", "for example", "for instance", "such as", "example", "like \"", "like '", "like this", "sample", "illustrative", "placeholder", "format:", "formatted as", "in the form",
        "z. b.", "z.b.", "beispiel", "etwa \"", "wie \"", "por ejemplo", "p. ej.", "p.ej.", "ejemplo", "como \"", "par exemple", "p. ex.", "exemple", "comme \"", "ad esempio", "per esempio", "esempio", "come \"", "por exemplo", "exemplo", "например", "пример", "как \"", "типа",
        "ví dụ", "chẳng hạn", "misalnya", "contohnya", "contoh", "seperti", "bijvoorbeeld", "bijv.", "bv.", "bv ", "np.", "na przykład", "örneğin", "mesela", "наприклад", "לדוגמה", "למשל", "例如", "比如", "譬如", "（如", "(如", "如：", "示例", "范例", "範例", "样例", "樣例", "例：", "例:", "例えば", "たとえば", "예를 들어", "예시", "예:",
    };

    /// <summary>Limits written before a value ("more than 4 hours", "at most 3", "lebih dari 10%", "不超过3天", "3일 이상").</summary>
    internal static readonly string[] LimitPhrases =
    {
        " more than ", " less than ", " fewer than ", " at most ", " at least ", " no more than ", " not more than ", " up to ", " maximum ", " max ", " max. ", " minimum ", " min ", " exceed", " above ", " below ", " beyond ", " over ", " under ",
        " mehr als ", " weniger als ", " höchstens ", " mindestens ", " maximal ", " más de ", " menos de ", " como máximo ", " como mínimo ", " plus de ", " moins de ", " au maximum ", " au moins ", " più di ", " meno di ", " al massimo ", " massimo ", " minimo ", " almeno ", " máximo ", " mínimo ",
        " mais de ", " menos de ", " no máximo ", " no mínimo ", " более ", " менее ", " больше ", " меньше ", " не более ", " не менее ",
        " quá ", " tối đa ", " tối thiểu ", " ít nhất ", " nhiều hơn ", " lebih dari ", " kurang dari ", " paling banyak ", " paling sedikit ", " maksimal ", " minimal ",
        "超过", "超過", "不超过", "不超過", "最多", "至少", "最少", "以上", "以下", "未満", "を超え", "までの", "이상", "이하", "초과", "미만", "최대", "최소",
    };

    /// <summary>
    /// Phrases after which a sentence states what the model passes on ("remember that the museum is closed on Mondays",
    /// "tell customers that returns are free"): the clause after them is read as a statement, whatever the mood around it.
    /// </summary>
    internal static readonly string[] StatementIntroducers =
    {
        "remember that", "keep in mind that", "bear in mind that", "be aware that", "tell customers that", "tell users that", "tell guests that", "tell them that", "tell the customer that", "tell the user that",
        "inform customers that", "inform users that", "inform them that", "let customers know that", "let users know that", "let them know that", "explain that", "mention that",
        "denk daran, dass", "denke daran, dass", "bedenke, dass", "beachte, dass", "recuerda que", "ten en cuenta que", "informa que", "rappelle-toi que", "n'oublie pas que", "garde à l'esprit que",
        "ricorda che", "tieni presente che", "lembre-se de que", "lembre-se que", "lembre que", "помни, что", "учти, что", "учитывай, что", "hãy nhớ rằng", "nhớ rằng", "lưu ý rằng", "ingat bahwa", "ingatlah bahwa", "perlu diingat bahwa",
        "请记住", "请记得", "記住", "记住", "覚えておいてください", "기억하세요",
    };

    /// <summary>Phrases that make the text after them a passage to reproduce as it stands ("reply with exactly this text:").</summary>
    internal static readonly string[] VerbatimCues =
    {
        "exactly this text", "exactly the following", "with exactly:", "with this exact", "this exact text", "verbatim", "word for word", "word-for-word", "the following text", "this text:", "this message:", "this paragraph", "the following message",
        "genau diesen text", "wörtlich", "exactamente este texto", "textualmente", "exactement ce texte", "mot pour mot", "esattamente questo testo", "testualmente", "exatamente este texto", "дословно", "точно этот текст",
        "nguyên văn", "chính xác nội dung", "persis teks", "kata demi kata", "原文回复", "一字不差", "原样", "そのまま", "그대로",
    };

    /// <summary>Words before a JSON block that make it a schema, an example or the output to produce, not data.</summary>
    internal static readonly string[] FormatCues =
    {
        "schema", "example", "sample", "output", "return", "respond", "reply", "format", "formaat", "json:", "like this", "e.g.", "illustrat", "input", "answer", "result",
        "beispiel", "ejemplo", "exemple", "esempio", "exemplo", "пример", "схем", "верни", "devuelve", "renvoie", "gib", "antwort", "réponds", "responde",
        "ví dụ", "định dạng", "đầu ra", "trả về", "contoh", "keluaran", "kembalikan", "balas", "示例", "样例", "範例", "格式", "输出", "輸出", "返回", "例", "出力", "形式", "返して", "예시", "형식", "출력", "반환",
    };

    /// <summary>Words that make a bounded duration a deadline ("up to 24 hours before the class", "48 Stunden vor Anreise").</summary>
    internal static readonly string[] DeadlineWords = { " before", " after", " prior", " in advance", "' notice", " notice", " vor ", " nach ", " antes", " después", " avant", " après", " prima", " dopo", " до ", " после", " trước", " sau", " sebelum", " setelah", "前", "后", "後", "전", "후" };

    /// <summary>Function words and typographic units: a number before one of these counts nothing ("119 voor Psalm 119", "12 px").</summary>
    internal static readonly HashSet<string> FunctionWords = Set(@"
and or to of the a an in on at for by is are with from
und oder der die das mit von zu im ist
y o de del la el los las en con para
et ou le les des du au avec pour
e di il per da com do da- os as
и или в на с по для
và hoặc của cho với là trong nếu khi thì mà để
dan atau di ke dari untuk dengan yang adalah
het een van voor en op met aan bij uit als dat die zijn niet of naar
i w z na do od dla jest oraz lub
ve ile için bir bu da de
times x ms px pt bit bits rem em
");

    /// <summary>Format words written right after a number in Han, kana and Hangul ("24小时制", "12時間表記").</summary>
    internal static readonly HashSet<string> FormatNounsCjk = Set("制 格式 形式 表記 表示 형식 제");

    /// <summary>
    /// Units of a rating ("1-2 sao", "5 Sterne", "4 estrellas"): the stars or points a review, a classifier or a moderator
    /// works with are a scale of behaviour, in every language, never knowledge about the world.
    /// </summary>
    internal static readonly HashSet<string> RatingUnits = Set(@"
star stars sao bintang stern sterne sternen estrella estrellas étoile étoiles stella stelle estrela estrelas звезда звезды звезд звёзд звезду
зірка зірки зірок yıldız yıldızlı gwiazdka gwiazdki gwiazdek ster sterren
");

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
kalimat kata karakter paragraf poin baris butir langkah contoh pilihan pertanyaan kali
zdanie zdania zdań zdaniach słowa słów punkty punktów pytania pytań kroki przykłady cümle cümleyle kelime madde soru adım örnek
zin zinnen woorden woord punten vragen stappen voorbeelden речення речень слів пунктів питань
veces vez fois mal volte volta vezes раз раза разів lần keer razy kez משפטים מילים שורות פסקאות
");

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

    internal static readonly PhraseIndex IntroducerIndex = new(StatementIntroducers, VerbatimCues);

    internal static readonly PhraseIndex ExampleIndex = new(ExampleCues);

    internal static readonly PhraseIndex RubricIndex = new(RubricCues);

    internal static readonly PhraseIndex ModalIndex = new(ModalsCjk);

    internal static readonly PhraseIndex LimitIndex = new(LimitPhrases);

    /// <summary>Bounds written after the value ("80% or above", "3 or more", "18 tuổi trở lên"), checked right after it.</summary>
    internal static readonly string[] TrailingBounds =
    {
        " or above", " or more", " or higher", " or less", " or lower", " or fewer", " and above", " and up", " or over", " or under", " plus",
        " oder mehr", " oder weniger", " o más", " o menos", " ou plus", " ou moins", " o più", " o meno", " ou mais", " ou menos", " и более", " и выше", " или больше",
        " trở lên", " trở xuống", " ke atas", " ke bawah", " atau lebih",
    };

    /// <summary>
    /// Modals of obligation ("Projects must be practical", "Jede Phase muss ... enthalten"): a clause built on one states a
    /// requirement; under a heading of rules or requirements, a requirement on the model's work.
    /// </summary>
    internal static readonly string[] ObligationModals =
    {
        " must ", " should ", " need to ", " needs to ", " has to ", " have to ", " shall ", " muss ", " müssen ", " soll ", " sollen ", " debe ", " deben ", " tiene que ", " tienen que ",
        " doit ", " doivent ", " deve ", " devono ", " devem ", " precisa ", " должен ", " должна ", " должно ", " должны ", " нужно ", " phải ", " cần ", " harus ", " perlu ", " wajib ",
        "必须", "必須", "应该", "應該", "需要", "べき", "必要があ", "해야",
    };

    internal static readonly PhraseIndex ObligationIndex = new(ObligationModals);

    internal static readonly PhraseIndex RoleIndex = new(RoleOpeners);

    internal static readonly PhraseIndex ImperativeIndex = new(ImperativePhrases);

    internal static readonly PhraseIndex ConditionalIndex = new(ConditionalPhrases);
}
