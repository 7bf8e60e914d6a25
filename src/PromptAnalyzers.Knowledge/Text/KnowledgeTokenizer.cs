using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PromptAnalyzers.Knowledge.Text;

/// <summary>
/// Turns text into search terms for any language written with letters (English, German, Spanish, French, Italian,
/// Portuguese, Russian...): lowercase, letters and digits only, diacritics folded (é→e, ü→u, ß→ss, ё→е), common
/// function words dropped, and words cut to their first <see cref="PrefixLength"/> letters, a language-neutral
/// stand-in for stemming ("refunds", "refunded" and "refund" meet; "Rückerstattung" and "rückerstatten" too).
/// </summary>
public static class KnowledgeTokenizer
{
    /// <summary>Words are cut to this many letters; numbers are kept whole.</summary>
    public const int PrefixLength = 5;

    private static readonly HashSet<string> StopWords = new(System.StringComparer.Ordinal)
    {
        // en
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "is", "are", "was", "be", "it", "its",
        "do", "does", "did", "i", "you", "we", "my", "your", "our", "what", "how", "when", "where", "which", "who", "can", "if",
        "this", "that", "there", "me", "us", "have", "has", "will", "would", "should", "could", "from", "as", "any", "about",
        // de
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "und", "oder", "ist", "sind", "wie", "was", "wann",
        "wo", "ich", "sie", "wir", "mit", "fur", "von", "zu", "im", "auf", "es", "kann", "man", "mein", "meine",
        // es, pt, it, fr
        "el", "la", "los", "las", "un", "una", "y", "o", "de", "del", "en", "que", "es", "para", "por", "con", "mi", "se", "lo",
        "como", "cuando", "cual", "al", "os", "as", "um", "uma", "e", "do", "da", "dos", "das", "no", "na", "meu", "minha",
        "il", "lo", "gli", "le", "di", "che", "per", "come", "quando", "quanto", "un", "uno", "del", "della",
        "les", "des", "du", "et", "ou", "est", "pour", "avec", "je", "vous", "nous", "quel", "quelle", "comment", "mon", "ma",
        // ru
        "и", "в", "во", "на", "с", "со", "по", "к", "о", "об", "у", "за", "из", "не", "а", "но", "ли", "как", "что", "когда",
        "где", "я", "вы", "мы", "мне", "мой", "моя", "это", "для", "до", "то", "же", "ваш", "ваша",
    };

    /// <summary>The search terms of <paramref name="text"/>, in order (a term may repeat).</summary>
    public static List<string> Tokenize(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }

        var word = new StringBuilder();
        var hasLetter = false;
        foreach (var ch in text!.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue; // the diacritic of a decomposed letter
            }

            if (char.IsLetterOrDigit(ch))
            {
                hasLetter |= char.IsLetter(ch);
                AppendFolded(word, char.ToLowerInvariant(ch));
                continue;
            }

            Flush(word, hasLetter, terms);
            hasLetter = false;
        }

        Flush(word, hasLetter, terms);
        return terms;
    }

    private static void AppendFolded(StringBuilder word, char ch)
    {
        switch (ch)
        {
            case 'ß':
                word.Append("ss");
                break;
            case 'æ':
                word.Append("ae");
                break;
            case 'œ':
                word.Append("oe");
                break;
            case 'ø':
                word.Append('o');
                break;
            case 'ł':
                word.Append('l');
                break;
            case 'đ':
                word.Append('d');
                break;
            case 'ı':
                word.Append('i');
                break;
            default:
                word.Append(ch);
                break;
        }
    }

    private static void Flush(StringBuilder word, bool hasLetter, List<string> terms)
    {
        if (word.Length == 0)
        {
            return;
        }

        var term = word.ToString();
        word.Clear();
        if (StopWords.Contains(term))
        {
            return;
        }

        if (hasLetter && term.Length > PrefixLength)
        {
            term = term.Substring(0, PrefixLength);
        }

        terms.Add(term);
    }
}
