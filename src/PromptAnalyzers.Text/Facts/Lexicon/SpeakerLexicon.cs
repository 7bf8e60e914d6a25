using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Facts.Lexicon;

/// <summary>Who speaks in a sample transcript ("User:", "Assistant:") and the words of a business speaking for itself ("we", "our", "我们").</summary>
internal static class SpeakerLexicon
{
    private static HashSet<string> Set(string words) => new HashSet<string>(words.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>Labels of the served person's turns in a sample conversation.</summary>
    internal static readonly HashSet<string> UserSpeakers = Set(@"
user human customer client guest caller patient student visitor shopper buyer tenant passenger traveller traveler applicant learner consumer
benutzer nutzer kunde kundin usuario cliente utilisateur utente usuário пользователь клиент покупатель
khách khách_hàng người_dùng pengguna pelanggan
用户 用戶 顾客 顧客 客户 客戶 客人 ユーザー お客様 顧客 사용자 고객 손님
");

    /// <summary>Labels of the assistant's turns in a sample conversation.</summary>
    internal static readonly HashSet<string> AssistantSpeakers = Set(@"
assistant ai bot agent chatbot model
assistent asistente assistente ассистент бот агент trợ_lý asisten
助手 助理 客服 机器人 機器人 アシスタント ボット 어시스턴트 상담원 챗봇
");

    /// <summary>Openers that cast the model as someone ("You're a ...", "Act as a ...", "你是一位...", "Bạn là ...").</summary>
    internal static readonly string[] PersonaOpeners =
    {
        "you are", "you're", "act as", "play the role of", "pretend to be", "pretend you are", "imagine you are", "du bist", "sie sind", "eres", "usted es", "tu es", "vous êtes", "sei", "você é",
        "ты —", "ты -", "ты", "bạn là", "bạn đóng vai", "kamu adalah", "anda adalah", "kamu berperan sebagai", "anda berperan sebagai", "你是", "您是", "你扮演", "扮演", "あなたは", "당신은", "너는",
    };

    /// <summary>Articles and quantifiers between a persona opener and its noun.</summary>
    internal static readonly HashSet<string> PersonaArticles = Set("a an the ein eine einen un una une um uma một người seorang sebagai 一位 一名 一个 一個 位 名 个 個 一人の 한");

    /// <summary>Words after a served-person noun that make it the serving side ("customer service", "user support").</summary>
    internal static readonly HashSet<string> ServiceWords = Set("service services support care success experience relations facing-assistant assistant agent representative rep bot advisor advocate chăm sóc hỗ trợ dịch vụ layanan servicio soporte atención kundenservice kundendienst 服务 服務 支持 支援 サポート サービス 対応 서비스 지원 센터 상담");

    /// <summary>First- and second-person pronouns of someone speaking in a conversation.</summary>
    internal static readonly HashSet<string> PersonalPronouns = Set(@"
i i'm i'll i've i'd me my we we're we'll we've our us you you're your
ich mir mich mein meine wir uns unser du dir dich dein sie
yo me mi mis nosotros nuestro tú tu te usted
je j'ai moi mon ma mes nous notre tu toi vous votre
io mi mio mia noi nostro tu ti tuo
eu meu minha nós nosso você
я мне мой мы наш ты вы ваш
tôi mình bạn anh chị em
saya aku kami kita anda kamu
");

    /// <summary>The same in scripts without spaces, found as substrings.</summary>
    internal static readonly string[] PersonalPronounsCjk = { "我", "你", "您", "私", "僕", "あなた", "저는", "제가", "나는", "우리", "당신" };

    /// <summary>First-person singular pronouns: a person speaking for themselves, not a business.</summary>
    internal static readonly HashSet<string> FirstPersonSingular = Set("i i'm i'll i've i'd me my ich mir mich mein meine yo mi je j'ai moi mon ma io mio mia eu meu minha я мне мой tôi mình saya aku");

    internal static readonly string[] FirstPersonSingularCjk = { "我", "私", "僕", "저는", "제가", "나는" };

    /// <summary>Words of a business speaking for itself: a sample answer that uses them states the business's facts.</summary>
    internal static readonly HashSet<string> FirstPersonPlural = Set(@"
we we're we've we'll our ours us
wir unser unsere unserer unseren unserem uns
nosotros nosotras nuestro nuestra nuestros nuestras
nous notre nos
noi nostro nostra nostri nostre
nós nosso nossa nossos nossas
мы наш наша наше наши нас нам
kami
");

    /// <summary>First-person plural verb endings of languages that drop the pronoun ("ofrecemos", "enviamos", "offriamo").</summary>
    internal static readonly string[] FirstPersonPluralEndings = { "amos", "emos", "imos", "iamo" };

    /// <summary>The same in scripts and languages written as phrases ("chúng tôi", "我们", "当社", "저희").</summary>
    internal static readonly string[] FirstPersonPluralPhrases = { "chúng tôi", "chúng mình", "bên mình", "我们", "我們", "本店", "本公司", "我司", "敝公司", "当社", "弊社", "当店", "私たち", "弊店", "저희", "우리" };

    /// <summary>Verbs that report what someone said, before a quote ("John said: \"...\"").</summary>
    internal static readonly string[] SpeechVerbs =
    {
        "said", "says", "asked", "asks", "replied", "replies", "wrote", "writes", "answered", "told", "stated", "added",
        "sagte", "fragte", "schrieb", "antwortete", "dijo", "preguntó", "respondió", "escribió", "a dit", "dit :", "a demandé", "a répondu", "disse", "ha detto", "chiese", "falou", "perguntou", "respondeu",
        "сказал", "спросил", "ответил", "написал", "nói", "hỏi", "trả lời", "berkata", "bertanya", "menjawab", "说", "說", "问", "問", "回答", "言った", "말했다",
    };

    internal static readonly PhraseIndex SpeechVerbIndex = new(SpeechVerbs);
}
