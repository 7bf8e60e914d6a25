namespace PromptAnalyzers.Text.Facts.Lexicon;

/// <summary>Predicates of policies and entity statements, in the supported languages (lower case).</summary>
internal static class StatementLexicon
{
    /// <summary>Policy predicates that state a rule of the business, with no digits needed ("Pets are not allowed in rooms").</summary>
    internal static readonly string[] PolicyPredicates =
    {
        " not allowed", " not permitted", " prohibited", " forbidden", " are final", " is final", " non-refundable", " not refundable", " are refundable", " is refundable",
        " never expire", " do not expire", " does not expire", " don't expire", " expire after", " expires after", " free of charge", " at no cost", " at no extra cost", " no charge",
        " is free", " are free", " ship free", " ships free", " travel free", " no need to", " not accepted", " are accepted", " is accepted", " is included", " are included",
        " not included", " not available", " not supported", " is not supported", " are not supported", " is closed", " are closed", " closed on", " must be booked", " must be requested",
        " must be boxed", " must be made", " must be returned", " must be submitted", " must be used", " cannot be exchanged", " cannot be combined", " cannot be refunded", " cannot be transferred", " can be transferred",
        " does not ship", " do not ship", " don't ship", " we ship", " we deliver", " we accept", " we do not accept", " we don't accept", " we offer", " we stock", " we don't", " we do not",
        " is provided", " are provided", " is halal", " are halal", "-certified", " is certified", " are made in-house", " contains ", " contain ", " may not ", " must be ", " are welcome", " is welcome", " is paid ", " are paid ", " is vegan", " are vegan", " fully vegan", " is vegetarian", " are vegetarian", " is gluten-free", " are gluten-free", " is nut-free", " is kosher", " are expected", " are treated as", " is treated as", " take effect", " takes effect",
        " apply at", " applies at", " are charged", " is charged", " can be changed", " can be cancelled", " can be canceled", " can be modified", " can be picked up", " can be collected", " becomes active", " become active", " ship from ", " are prorated", " is prorated", " is required", " are required", " require a", " requires a", " is not ", " are not ", " only available", " is available", " are available",
        " can travel", " may travel", " can be returned", " can be carried", " carries over", " carry over", " counts as a", " is issued", " are issued", " is refunded", " are refunded",
        " nicht erlaubt", " nicht gestattet", " verboten", " kostenlos", " gratis", " inklusive", " inbegriffen", " nicht möglich", " ist möglich", " sind möglich", " erforderlich", " geschlossen", " nicht erstattungsfähig", " verfällt", " verfallen", " wir liefern", " wir bieten", " liegt jedem",
        " no se permite", " no está permitido", " no están permitidos", " prohibido", " gratuito", " gratuita", " gratuitas", " gratuitos", " incluye", " incluido", " incluida", " no incluye", " está disponible", " están disponibles", " cerrado", " es obligatorio", " no es reembolsable", " caduca", " ofrecemos", " tenemos ", " aceptamos", " sin comisión", " sin gluten",
        " interdit", " n'est pas autorisé", " ne sont pas autorisés", " non autorisé", " gratuit", " gratuite", " inclus", " compris", " est disponible", " sont disponibles", " fermé", " obligatoire", " non remboursable", " expire", " nous proposons", " nous livrons", " nous acceptons", " sans frais", " sans engagement", " possible à tout moment",
        " non è consentito", " non sono ammessi", " vietato", " gratuito", " gratuita", " incluso", " inclusa", " compreso", " è disponibile", " sono disponibili", " chiuso", " obbligatorio", " non rimborsabile", " scade", " offriamo", " accettiamo", " senza costi",
        " não é permitido", " não são permitidos", " proibido", " grátis", " incluído", " incluída", " disponível", " fechado", " obrigatório", " não reembolsável", " expira", " oferecemos", " aceitamos", " sem custo",
        " запрещено", " не разрешается", " не допускается", " бесплатно", " бесплатный", " бесплатная", " включено", " входит в стоимость", " доступно", " закрыт", " обязательно", " не возвращается", " возможно", " без комиссии", " мы принимаем", " мы предлагаем", " не принимаются", " оформляется",
        " miễn phí", " không được phép", " không áp dụng", " không hoàn", " không nhận", " không bao gồm", " đã bao gồm", " bắt buộc", " bị cấm", " không hỗ trợ", " chấp nhận", " áp dụng cho",
        " tidak diperbolehkan", " dilarang", " tidak termasuk", " sudah termasuk", " wajib", " tidak dapat dikembalikan", " tidak bisa dikembalikan", " tidak tersedia", " tersedia", " kami menerima", " kami tidak menerima", " berlaku untuk",
        "免费", "免費", "包邮", "包郵", "免运费", "免運費", "不退换", "不退換", "概不退换", "不予退款", "恕不退", "需提前预约", "须提前预约", "需预约", "需預約", "含税",
        "無料", "返品不可", "返金不可", "キャンセル不可", "受け付けておりません", "要予約", "税込",
        "무료", "환불 불가", "교환 불가", "반품 불가", "받지 않습니다",
    };

    /// <summary>What the people served may or must do: a policy of the business ("Members can borrow up to 12 items", "guests must be 18").</summary>
    internal static readonly string[] PermissionPredicates =
    {
        "customers can ", "customers may ", "customers get ", "customers must ", "guests can ", "guests may ", "guests get ", "guests must ", "members can ", "members may ", "members get ", "members must ",
        "clients can ", "clients may ", "clients get ", "clients must ", "patients can ", "patients may ", "patients must ", "visitors can ", "visitors may ", "visitors must ", "students get ", "students can ",
        "kunden können ", "kunden erhalten ", "gäste können ", "mitglieder erhalten ", "mitglieder können ", "los clientes pueden ", "los socios pueden ", "les clients peuvent ", "les membres peuvent ",
        "i clienti possono ", "gli ospiti possono ", "os clientes podem ", "клиенты могут ", "гости могут ", "khách hàng có thể ", "khách hàng được ", "pelanggan dapat ", "pelanggan bisa ", "member mendapatkan ",
        "顾客可以", "客户可以", "会员可以", "會員可以", "会員は", "お客様は", "고객은 ", "회원은 ",
    };

    /// <summary>Clause openers of a business speaking for itself ("We stock...", "Our office is...", "Chúng tôi", "我们", "当店は").</summary>
    internal static readonly string[] BusinessVoiceOpeners =
    {
        "we", "our", "wir", "unser", "unsere", "nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "nous", "notre", "nos", "noi", "il nostro", "la nostra", "nós", "o nosso", "a nossa", "мы", "наш", "наша", "наши",
        "chúng tôi", "cửa hàng chúng tôi", "kami", "toko kami", "我们", "我們", "本店", "本公司", "当店", "当社", "弊社", "저희",
    };

    /// <summary>Words that make a "we" clause about the task or the reader, not about the business ("Our goal is...", "We want you to...").</summary>
    internal static readonly string[] NotAboutTheBusiness =
    {
        " you", " your", " goal", " mission", " aim ", " want", " would like", " need you", " hope", " expect", " are building", " are writing", " are testing", " will now", " have to", " must ", " should ",
        " we are a ", " we're a ", " we are an ", " assistant", " bot", " chatbot", " ai ", " model", " gpt", " llm", " pipeline", " prompt", " system", " app ", " application", " tool", " agent", " api",
        " sie ", " ihr ", " ziel", " usted", " objetivo", " vous", " but ", " obiettivo", " você", " objetivo", " вы ", " цель", " bạn", " mục tiêu", " anda", " kamu", " tujuan", "你", "您", "目标", "目標", "あなた", "目的", "당신", "목표",
    };

    /// <summary>
    /// Words by which a clause speaks of the prompt itself or of what the model receives ("The list of plugins is available
    /// in the PLUGINS section", "If a recipe is not provided in the prompt, refuse"): a statement about the model's input,
    /// not a rule of the business.
    /// </summary>
    internal static readonly string[] AboutThePrompt =
    {
        " prompt", " section", " the context", " given context", " provided context", " the input", " this conversation", " the conversation", " chat history", " the question", " the user's question", " the user's message",
        " abschnitt", " kontext", " eingabe", " sección", " el contexto", " la entrada", " la conversación", " rubrique", " le contexte", " l'entrée", " la conversation", " sezione", " il contesto", " seção", " o contexto",
        " раздел", " контекст", " промпт", " phần ngữ cảnh", " ngữ cảnh", " cuộc trò chuyện", " bagian", " konteks", " percakapan",
        "提示词", "上下文", "プロンプト", "コンテキスト", "セクション", "프롬프트", "컨텍스트", "섹션",
    };

    /// <summary>Verbs after "customers can" that describe talking to the assistant, not a policy ("Customers can ask about orders").</summary>
    internal static readonly string[] InteractionVerbs =
    {
        "ask", "asks", "inquire", "enquire", "chat", "talk", "type", "say", "write", "send", "upload", "request", "message", "mention", "describe", "tell", "share", "use this", "use the assistant", "use the bot",
        "fragen", "stellen", "preguntar", "escribir", "demander", "écrire", "chiedere", "perguntar", "спрашивать", "задавать", "hỏi", "bertanya", "询问", "咨询", "提问", "質問", "문의",
    };

    /// <summary>Clause openers of the speaker about itself: apologies and the first person singular ("I'm sorry", "I can't", "抱歉").</summary>
    internal static readonly string[] SpeakerOpeners =
    {
        "sorry", "i'm sorry", "i am sorry", "apologies", "my apologies", "i apologize", "i apologise", "we apologize", "we apologise", "i", "i'm", "i've", "i'll", "i can't", "i cannot",
        "es tut mir leid", "entschuldigung", "entschuldigen sie", "ich", "lo siento", "disculpa", "disculpe", "perdón", "yo", "désolé", "désolée", "je suis désolé", "excusez", "je", "j'ai",
        "mi dispiace", "scusa", "scusi", "io", "desculpe", "sinto muito", "eu", "извините", "простите", "я",
        "xin lỗi", "tôi", "maaf", "mohon maaf", "saya", "aku", "抱歉", "对不起", "對不起", "不好意思", "很抱歉", "我", "申し訳", "すみません", "私は", "죄송", "미안", "저는", "나는",
    };

    /// <summary>Statements about organisations, people and places.</summary>
    internal static readonly string[] EntityPredicates =
    {
        "founded in", "founded by", "established in", "headquartered in", "headquarters in", "based in", "offices in", "office in", "stores in", "branches in", "locations in", "clinics in", "clubs in", "located in", "operates in", "was born", "ceo is", "owned by", "a subsidiary of", "from a single", "comes from", "come from",
        "gegründet", "sitz in", "hauptsitz", "filialen in", "standorte in", "niederlassungen in",
        "fundada en", "fundado en", "sede en", "oficinas en", "locales en", "tiendas en", "sucursales en",
        "fondée en", "fondé en", "siège à", "bureaux à", "magasins à", "agences à",
        "fondata nel", "fondato nel", "sede a", "uffici a", "negozi a",
        "fundada em", "fundado em", "sede em", "escritórios em", "lojas em",
        "основан", "основана", "основано", "офис в", "офисы в", "филиалы в", "магазины в", "находится в", "расположен",
        "stored in", "hosted in", "data centre in", "data center in", "made in", "produced in", "ships from", "shipped from",
        "thành lập năm", "thành lập vào", "có trụ sở", "trụ sở tại", "trụ sở chính", "chi nhánh tại", "tọa lạc tại", "nằm tại",
        "didirikan pada", "didirikan tahun", "berkantor pusat di", "kantor pusat di", "berlokasi di", "terletak di", "cabang di",
        "成立于", "成立於", "创立于", "創立於", "创办于", "总部位于", "總部位於", "总部设在", "位于", "位於", "坐落于", "门店位于",
        "設立", "創業", "本社は", "本社所在地", "所在地は", "に本社",
        "설립", "본사는", "본사 위치", "에 위치",
    };

    internal static readonly PhraseIndex EntityIndex = new(EntityPredicates);

    internal static readonly PhraseIndex PermissionIndex = new(PermissionPredicates);

    internal static readonly PhraseIndex PolicyIndex = new(PolicyPredicates);

    internal static readonly PhraseIndex SpeakerIndex = new(SpeakerOpeners);

    internal static readonly PhraseIndex BusinessVoiceIndex = new(BusinessVoiceOpeners);

    internal static readonly PhraseIndex NotAboutTheBusinessIndex = new(NotAboutTheBusiness);

    internal static readonly PhraseIndex InteractionIndex = new(InteractionVerbs);

    internal static readonly PhraseIndex AboutThePromptIndex = new(AboutThePrompt);
}
