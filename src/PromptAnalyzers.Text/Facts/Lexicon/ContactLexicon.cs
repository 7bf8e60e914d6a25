using System;

namespace PromptAnalyzers.Text.Facts.Lexicon;

/// <summary>Words that announce a phone number or a code (promo code, SKU, account number), in the supported languages.</summary>
internal static class ContactLexicon
{
    /// <summary>Words before a number that make it a phone line ("call", "hotline", "Telefon", "电话", "전화", "điện thoại").</summary>
    internal static readonly string[] PhoneCues =
    {
        "call", "phone", "telephone", "tel", "hotline", "helpline", "line", "ext", "dial", "whatsapp", "sms", "fax", "telefon", "rufnummer", "anruf", "teléfono", "llama", "llámanos",
        "téléphone", "appelez", "telefono", "chiama", "ligue", "ligar", "телефон", "звоните", "линия", "номер",
        "điện thoại", "đt", "sđt", "gọi", "telepon", "telp", "hubungi", "wa",
        "电话", "電話", "热线", "熱線", "客服", "致电", "拨打", "联系电话", "전화", "연락처", "고객센터", "フリーダイヤル",
    };

    /// <summary>Top-level domains trusted in an address written without "https://" ("github.com/contoso").</summary>
    internal static readonly System.Collections.Generic.HashSet<string> TopLevelDomains = new System.Collections.Generic.HashSet<string>(
        "com org net io dev co ai app me info biz edu gov uk de fr es it nl pl pt ru ua vn id jp cn kr tw hk sg my th ph in au nz ca us mx br ar cl ch at be se no dk fi tr il shop store".Split(' '),
        StringComparer.Ordinal);

    /// <summary>Words before a code that make it an identifier ("code SPRING20", "SKU KC-65-RED", "优惠码 SAVE10").</summary>
    internal static readonly string[] IdentifierCues =
    {
        "code", "coupon", "promo", "voucher", "sku", "article", "routing", "iban", "account number", "sort code", "bic", "swift", "gutschein", "rabattcode", "artikel",
        "código", "cupón", "cupom", "codice", "référence", "артикул", "промокод", "код", "инн", "бик", "счёт", "счет",
        "mã", "kode", "kupon", "rekening", "优惠码", "折扣码", "兑换码", "券码", "账号", "クーポン", "コード", "쿠폰", "코드", "계좌",
    };

    /// <summary>Windows this long or shorter are lower-cased on the stack.</summary>
    private const int MaxStackWindow = 64;

    /// <summary>
    /// True when one of the cues occurs in the <paramref name="reach"/> characters before i and starts a word (so "text"
    /// holds no "ext" and "hotel" no "tel"); a cue of three letters or fewer is a whole word ("wa", not "was"); cues in
    /// scripts without spaces need no boundary.
    /// </summary>
    internal static bool HasCueBefore(string text, int s, int i, int reach, string[] cues)
    {
        int from = Math.Max(s, i - reach);
        if (i <= from)
        {
            return false;
        }

        // Perf: the window (the callers reach 24 or 40 chars back) is lower-cased on the stack, not into a new string per number
        int length = i - from;
        Span<char> lowered = length <= MaxStackWindow ? stackalloc char[MaxStackWindow] : new char[length];
        lowered = lowered.Slice(0, length);
        text.AsSpan(from, length).ToLowerInvariant(lowered);
        ReadOnlySpan<char> window = lowered;
        foreach (string cue in cues)
        {
            for (int at = window.IndexOf(cue.AsSpan()); at >= 0; at = NextIndexOf(window, cue, at + 1))
            {
                bool startsWord = at == 0 ? from == 0 || !char.IsLetter(text[from - 1]) : !char.IsLetter(window[at - 1]);
                bool endsWord = cue.Length > 3 || at + cue.Length >= window.Length || !char.IsLetter(window[at + cue.Length]);
                if ((startsWord && endsWord) || Recognizers.Tokenizer.IsCjk(cue[0]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Ordinal position of <paramref name="cue"/> in <paramref name="window"/> at or after <paramref name="from"/>, or -1.</summary>
    private static int NextIndexOf(ReadOnlySpan<char> window, string cue, int from)
    {
        int at = window.Slice(from).IndexOf(cue.AsSpan());
        return at < 0 ? -1 : from + at;
    }
}
