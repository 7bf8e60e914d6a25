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
        " apply at", " applies at", " are prorated", " is prorated", " is required", " are required", " require a", " requires a", " is not ", " are not ", " only available", " is available", " are available",
        " can travel", " may travel", " can be returned", " can be carried", " carries over", " carry over", " counts as a", " is issued", " are issued", " is refunded", " are refunded",
        " nicht erlaubt", " nicht gestattet", " verboten", " kostenlos", " gratis", " inklusive", " inbegriffen", " nicht möglich", " ist möglich", " sind möglich", " erforderlich", " geschlossen", " nicht erstattungsfähig", " verfällt", " verfallen", " wir liefern", " wir bieten", " liegt jedem",
        " no se permite", " no está permitido", " no están permitidos", " prohibido", " gratuito", " gratuita", " gratuitas", " gratuitos", " incluye", " incluido", " incluida", " no incluye", " está disponible", " están disponibles", " cerrado", " es obligatorio", " no es reembolsable", " caduca", " ofrecemos", " tenemos ", " aceptamos", " sin comisión", " sin gluten",
        " interdit", " n'est pas autorisé", " ne sont pas autorisés", " non autorisé", " gratuit", " gratuite", " inclus", " compris", " est disponible", " sont disponibles", " fermé", " obligatoire", " non remboursable", " expire", " nous proposons", " nous livrons", " nous acceptons", " sans frais", " sans engagement", " possible à tout moment",
        " non è consentito", " non sono ammessi", " vietato", " gratuito", " gratuita", " incluso", " inclusa", " compreso", " è disponibile", " sono disponibili", " chiuso", " obbligatorio", " non rimborsabile", " scade", " offriamo", " accettiamo", " senza costi",
        " não é permitido", " não são permitidos", " proibido", " grátis", " incluído", " incluída", " disponível", " fechado", " obrigatório", " não reembolsável", " expira", " oferecemos", " aceitamos", " sem custo",
        " запрещено", " не разрешается", " не допускается", " бесплатно", " бесплатный", " бесплатная", " включено", " входит в стоимость", " доступно", " закрыт", " обязательно", " не возвращается", " возможно", " без комиссии", " мы принимаем", " мы предлагаем", " не принимаются", " оформляется",
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
    };
}
