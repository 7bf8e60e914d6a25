using System;
using System.Collections.Generic;
using PromptAnalyzers.Text.Facts.Lexicon;

namespace PromptAnalyzers.Text.Facts.Recognizers;

/// <summary>
/// Postal addresses in the common orders: number before the street ("14 Mill Street", "12 rue de la Paix"), number after
/// it ("Via Roma 12", "Hauptstraße 5", "Jl. Sudirman No. 5"), a street and number before a postcode and city ("Damrak 1,
/// 1012 LG Amsterdam"), UK postcodes, and Han, kana and Hangul addresses ("建国路88号", "神南1-2-3", "세종대로 110").
/// </summary>
internal static class AddressRecognizer
{
    public static void Recognize(string text, List<Token> t, List<Candidate> output)
    {
        for (int i = 0; i < t.Count; i++)
        {
            Token tok = t[i];
            if (tok.IsNumber)
            {
                if (TryStreetAndNumberBeforePostcode(text, t, i, out int start, out int end) || TryCjkAddress(t, i, out start, out end) || TryNumberNameDistrict(text, t, i, out start, out end))
                {
                    output.Add(new Candidate(start, end, FactKind.Address, Strength.Strong));
                }

                continue;
            }

            if (!tok.IsWord)
            {
                continue;
            }

            if (IsStreetWord(text, tok))
            {
                if (TryNumberBeforeStreet(text, t, i, out int start, out int end) || TryStreetBeforeNumber(text, t, i, out start, out end))
                {
                    output.Add(new Candidate(start, end, FactKind.Address, Strength.Strong));
                }
            }
            else if (AddressLexicon.DistrictWords.Contains(tok.Lower) && char.IsUpper(text[tok.Start]) && i + 1 < t.Count && t[i + 1].IsNumber)
            {
                output.Add(new Candidate(tok.Start, CityAfter(text, t, i + 2, t[i + 1].End), FactKind.Address, Strength.Strong)); // "Quận 1, TP.HCM"
            }
        }

        RecognizeUkPostcodes(text, t, output);
        RecognizeJapanesePostcodes(t, output);
    }

    /// <summary>"14 Mill Street", "5310 Ballard Ave NW", "King's Road" after a number, "12 rue de la Paix", "123 đường Lê Lợi".</summary>
    private static bool TryNumberBeforeStreet(string text, List<Token> t, int i, out int start, out int end)
    {
        start = end = -1;
        bool capitalStreet = char.IsUpper(text[t[i].Start]);

        // number, 1-3 capitalised words, street word
        int k = i - 1;
        int names = 0;
        while (k >= 0 && t[k].IsWord && char.IsUpper(text[t[k].Start]) && names < 3)
        {
            k--;
            names++;
        }

        if (k >= 0 && t[k].Is('\'') && k >= 1 && t[k - 1].IsWord)
        {
            k -= 2; // "King's Road"
            names++;
            while (k >= 0 && t[k].IsWord && char.IsUpper(text[t[k].Start]) && names < 4)
            {
                k--;
                names++;
            }
        }

        if (capitalStreet && names >= 1 && k >= 0 && t[k].IsNumber && t[k].Lower.Length <= 5)
        {
            int j = i + 1;
            end = t[i].End;
            while (j < t.Count && t[j].IsWord && char.IsUpper(text[t[j].Start]) && t[j].Lower.Length <= 3 && j - i <= 1)
            {
                end = t[j].End;
                j++;
            }

            start = t[k].Start;
            end = CityAfter(text, t, j, end);
            return true;
        }

        // number, street word, capitalised name: "12 rue de la Paix", "123 đường Lê Lợi"
        int m = SkipDot(t, i + 1);
        int name = NameLast(text, t, m);
        if (i >= 1 && t[i - 1].IsNumber && t[i - 1].Lower.Length <= 4 && name > 0 && t[i].Start - t[i - 1].End <= 1)
        {
            start = t[i - 1].Start;
            end = CityAfter(text, t, name + 1, t[name].End);
            return true;
        }

        return false;
    }

    /// <summary>"Via Roma 12", "Calle Mayor 5", "ул. Лесной, 5", "Hauptstraße 5", "Jl. Sudirman No. 5", "Unit 4, Canal Yard".</summary>
    private static bool TryStreetBeforeNumber(string text, List<Token> t, int i, out int start, out int end)
    {
        start = end = -1;
        Token street = t[i];
        bool capitalStreet = char.IsUpper(text[street.Start]);
        int m = SkipDot(t, i + 1);
        int nameCount = 0;
        while (m < t.Count && t[m].IsWord && (char.IsUpper(text[t[m].Start]) || t[m].Lower == "de" || t[m].Lower == "del" || t[m].Lower == "la" || t[m].Lower == "des" || t[m].Lower == "du") && !AddressLexicon.NumberWords.Contains(t[m].Lower) && nameCount < 4)
        {
            m++;
            nameCount++;
        }

        if (HasStreetSuffix(street.Lower) && capitalStreet)
        {
            nameCount = Math.Max(nameCount, 1); // "Hauptstraße 5": the name is in the street word
            m = SkipDot(t, i + 1);
        }

        if (m < t.Count && t[m].Is(','))
        {
            m++;
        }

        if (m < t.Count && t[m].IsWord && AddressLexicon.NumberWords.Contains(t[m].Lower))
        {
            m = SkipDot(t, m + 1); // "No. 5"
        }

        if ((capitalStreet || street.Lower == "ул" || street.Lower == "д" || street.Lower == "đường" || street.Lower == "phố") && nameCount >= 1 && m < t.Count && t[m].IsNumber && t[m].Lower.Length <= 4)
        {
            start = street.Start;
            end = CityAfter(text, t, m + 1, t[m].End);
            return true;
        }

        if (street.Lower == "unit" && capitalStreet && i + 3 < t.Count && t[i + 1].IsNumber && t[i + 2].Is(',') && t[i + 3].IsWord && char.IsUpper(text[t[i + 3].Start]))
        {
            end = t[i + 3].End;
            int j = i + 4;
            while (j < t.Count && t[j].IsWord && char.IsUpper(text[t[j].Start]) && j - i < 7)
            {
                end = t[j].End;
                j++;
            }

            start = street.Start;
            return true;
        }

        return false;
    }

    /// <summary>"227 Nguyễn Văn Cừ, Quận 5": a house number, a street name, then a district word.</summary>
    private static bool TryNumberNameDistrict(string text, List<Token> t, int i, out int start, out int end)
    {
        start = end = -1;
        int k = i + 1;
        while (k < t.Count && k - i <= 4 && t[k].IsWord && char.IsUpper(text[t[k].Start]))
        {
            k++;
        }

        if (k - i < 2 || k + 1 >= t.Count || !t[k].Is(',') || !t[k + 1].IsWord || !AddressLexicon.DistrictWords.Contains(t[k + 1].Lower) || t[i].Lower.Length > 4)
        {
            return false;
        }

        start = t[i].Start;
        end = k + 2 < t.Count && t[k + 2].IsNumber ? t[k + 2].End : t[k + 1].End;
        return true;
    }

    /// <summary>"Damrak 1, 1012 LG Amsterdam", "Piazza Navona 45, 00186 Roma": a name and number, then a postcode and a city.</summary>
    private static bool TryStreetAndNumberBeforePostcode(string text, List<Token> t, int i, out int start, out int end)
    {
        start = end = -1;
        if (t[i].Lower.Length > 4 || i == 0 || !t[i - 1].IsWord || !char.IsUpper(text[t[i - 1].Start]) || t[i].Start - t[i - 1].End > 1)
        {
            return false;
        }

        int k = i + 1;
        if (k < t.Count && t[k].IsWord && t[k].Start == t[i].End && t[k].Lower.Length == 1)
        {
            k++; // "12a"
        }

        if (k >= t.Count || !t[k].Is(','))
        {
            return false;
        }

        int cityEnd = PostcodeAndCityEnd(text, t, k + 1);
        if (cityEnd < 0)
        {
            return false;
        }

        int first = i - 1;
        while (first > 0 && first > i - 4 && t[first - 1].IsWord && char.IsUpper(text[t[first - 1].Start]))
        {
            first--;
        }

        start = t[first].Start;
        end = cityEnd;
        return true;
    }

    /// <summary>End of "10115 Berlin", "1012 LG Amsterdam" or "75001 Paris" at token k, or -1.</summary>
    private static int PostcodeAndCityEnd(string text, List<Token> t, int k)
    {
        if (k >= t.Count || !t[k].IsNumber || (t[k].Lower.Length != 4 && t[k].Lower.Length != 5) || !IsAllDigits(t[k].Lower))
        {
            return -1;
        }

        int c = k + 1;
        if (c < t.Count && t[c].IsWord && t[c].Lower.Length == 2 && IsAllUpper(text, t[c]) && c + 1 < t.Count && t[c + 1].IsWord)
        {
            c++; // Dutch "1012 LG"
        }

        if (c >= t.Count || !t[c].IsWord || !char.IsUpper(text[t[c].Start]))
        {
            return -1;
        }

        // the city closes the address: "Windows 11, 2024 Edition is required" continues as a sentence
        int after = c + 1;
        while (after < t.Count && t[after].IsWord && char.IsUpper(text[t[after].Start]) && after - c < 3)
        {
            after++; // "Den Haag", "Frankfurt Am Main"
        }

        return after == t.Count || t[after].Kind == TokenKind.Symbol ? t[after - 1].End : -1;
    }

    /// <summary>"建国路88号", "渋谷区神南1-2-3", "2丁目", "세종대로 110", "중구 110번지": a number after a place word, or with a number mark.</summary>
    private static bool TryCjkAddress(List<Token> t, int i, out int start, out int end)
    {
        start = end = -1;
        if (i == 0 || !t[i - 1].IsCjk || t[i].Start - t[i - 1].End > 1)
        {
            return false;
        }

        int place = PlaceWordBefore(t, i - 1);
        if (place < 0)
        {
            return false;
        }

        end = t[i].End;
        int k = i + 1;
        int mark = Tokenizer.MatchWord(t, k, AddressLexicon.CjkNumberMarks);
        bool blocks = k + 1 < t.Count && t[k].IsDash && t[k + 1].IsNumber && t[k].Start == t[i].End;
        bool road = Tokenizer.MatchWordEndingAt(t, i - 1, AddressLexicon.CjkPlaceMarks) >= 0;
        if (mark >= 0 && t[mark].Start == t[i].End)
        {
            end = t[mark].End;
        }
        else if (blocks)
        {
            // "1-2-3"
            end = t[k + 1].End;
            if (k + 3 < t.Count && t[k + 2].IsDash && t[k + 3].IsNumber)
            {
                end = t[k + 3].End;
            }
        }
        else if (!road)
        {
            return false;
        }

        start = t[place].Start;
        return true;
    }

    /// <summary>Index of a place word (district, city, road) within the few characters before token k, or -1.</summary>
    private static int PlaceWordBefore(List<Token> t, int k)
    {
        for (int j = k; j >= 0 && k - j < 12 && t[j].IsCjk; j--)
        {
            if (Tokenizer.MatchWordEndingAt(t, j, AddressLexicon.CjkPlaceMarks) >= 0)
            {
                int first = j;
                while (first > 0 && k - first < 16 && t[first - 1].IsCjk && t[first - 1].End == t[first].Start)
                {
                    first--;
                }

                return first;
            }
        }

        return -1;
    }

    /// <summary>", Seattle", ", Manchester", ", 10115 Berlin" after an address.</summary>
    private static int CityAfter(string text, List<Token> t, int j, int end)
    {
        if (j + 1 < t.Count && t[j].Is(','))
        {
            int postcode = PostcodeAndCityEnd(text, t, j + 1);
            if (postcode > 0)
            {
                return postcode;
            }

            if (t[j + 1].IsWord && char.IsUpper(text[t[j + 1].Start]))
            {
                return t[j + 1].End;
            }
        }

        return end;
    }

    private static void RecognizeUkPostcodes(string text, List<Token> t, List<Candidate> output)
    {
        // "M1 3HE", "SW1A 2AA": outward code (1-2 letters, digit, optional letter/digit), inward code (digit, 2 letters)
        for (int i = 0; i + 2 < t.Count; i++)
        {
            if (t[i].IsWord && t[i].End - t[i].Start <= 2 && IsAllUpper(text, t[i]) && t[i + 1].IsNumber && t[i + 1].Start == t[i].End && t[i + 1].Lower.Length <= 2)
            {
                int k = i + 2;
                if (k < t.Count && t[k].IsWord && t[k].Start == t[i + 1].End && t[k].Lower.Length == 1)
                {
                    k++;
                }

                if (k + 1 < t.Count && t[k].IsNumber && t[k].Lower.Length == 1 && t[k + 1].IsWord && t[k + 1].Start == t[k].End && t[k + 1].Lower.Length == 2 && IsAllUpper(text, t[k + 1]))
                {
                    output.Add(new Candidate(t[i].Start, t[k + 1].End, FactKind.Address, Strength.Strong));
                    i = k + 1;
                }
            }
        }
    }

    /// <summary>"〒150-0001": the Japanese postcode mark.</summary>
    private static void RecognizeJapanesePostcodes(List<Token> t, List<Candidate> output)
    {
        for (int i = 0; i + 3 < t.Count; i++)
        {
            if (t[i].Lower == "\u3012" && t[i + 1].IsNumber && t[i + 1].Lower.Length == 3 && t[i + 2].IsDash && t[i + 3].IsNumber && t[i + 3].Lower.Length == 4)
            {
                output.Add(new Candidate(t[i].Start, t[i + 3].End, FactKind.Address, Strength.Strong));
            }
        }
    }

    private static bool IsStreetWord(string text, Token w)
        => AddressLexicon.StreetWords.Contains(w.Lower) || (char.IsUpper(text[w.Start]) && HasStreetSuffix(w.Lower));

    private static bool HasStreetSuffix(string lower)
    {
        foreach (string suffix in AddressLexicon.StreetSuffixes)
        {
            if (lower.Length >= suffix.Length + 3 && lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Index of the last token of a capitalised name at token m, with its particles ("de la Paix", "Lê Lợi"), or -1.</summary>
    private static int NameLast(string text, List<Token> t, int m)
    {
        int last = -1;
        for (int j = m; j < t.Count && j - m < 5 && t[j].IsWord; j++)
        {
            if (char.IsUpper(text[t[j].Start]))
            {
                last = j;
            }
            else if (!(t[j].Lower == "de" || t[j].Lower == "la" || t[j].Lower == "du" || t[j].Lower == "des" || t[j].Lower == "l" || t[j].Lower == "d" || t[j].Lower == "del" || t[j].Lower == "da" || t[j].Lower == "do" || t[j].Lower == "dos"))
            {
                break;
            }
        }

        return last;
    }

    private static int SkipDot(List<Token> t, int k) => k < t.Count && t[k].Is('.') ? k + 1 : k;

    private static bool IsAllDigits(string s)
    {
        foreach (char c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllUpper(string text, Token t)
    {
        for (int i = t.Start; i < t.End; i++)
        {
            if (!char.IsUpper(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
