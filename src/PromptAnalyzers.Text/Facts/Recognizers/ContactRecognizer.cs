using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PromptAnalyzers.Text.Facts.Recognizers;

/// <summary>E-mail addresses, URLs of specific pages and phone numbers: hand-written linear scanners, no regex.</summary>
internal static class ContactRecognizer
{
    public static void Recognize(string text, int s, int e, List<Token> tokens, List<Candidate> output)
    {
        ScanEmails(text, s, e, output);
        ScanUrls(text, s, e, output);
        ScanBareUrls(text, s, e, output);
        ScanPhones(text, s, e, tokens, output);
    }

    private static void ScanEmails(string text, int s, int e, List<Candidate> output)
    {
        int from = s;
        while (from < e)
        {
            int at = text.IndexOf('@', from, e - from);
            if (at < 0)
            {
                return;
            }

            int l = at;
            while (l > s && at - l < 64 && IsLocalChar(text[l - 1]))
            {
                l--;
            }

            int r = at + 1;
            int lastDot = -1;
            while (r < e && r - at < 255 && IsDomainChar(text[r]))
            {
                if (text[r] == '.')
                {
                    lastDot = r;
                }

                r++;
            }

            while (r > at + 1 && (text[r - 1] == '.' || text[r - 1] == '-'))
            {
                r--;
            }

            from = r > at ? r : at + 1;
            lastDot = r - at - 1 > 0 ? text.LastIndexOf('.', r - 1, r - at - 1) : -1;
            if (l == at || lastDot < 0 || lastDot >= r - 1 || lastDot <= at + 1)
            {
                continue;
            }

            string domain = LowerCase.Slice(text, at + 1, r - at - 1);
            if (IsPlaceholderDomain(domain) || (l > s && (text[l - 1] == '{' || text[l - 1] == '$')))
            {
                continue;
            }

            output.Add(new Candidate(l, r, FactKind.Email, Strength.Strong));
        }
    }

    private static void ScanUrls(string text, int s, int e, List<Candidate> output)
    {
        for (int i = s; i < e; i++)
        {
            char c = text[i];
            if (c != 'h' && c != 'w' && c != 'H' && c != 'W')
            {
                continue;
            }

            int body;
            if (Matches(text, i, e, "https://") || Matches(text, i, e, "HTTPS://"))
            {
                body = i + 8;
            }
            else if (Matches(text, i, e, "http://"))
            {
                body = i + 7;
            }
            else if (Matches(text, i, e, "www.") && (i == s || !char.IsLetterOrDigit(text[i - 1])))
            {
                body = i + 4;
            }
            else
            {
                continue;
            }

            int r = body;
            bool hole = false;
            while (r < e && r - i < 2048 && IsUrlChar(text[r]))
            {
                if (text[r] == '{')
                {
                    hole = true;
                }

                r++;
            }

            while (r > body && (text[r - 1] == '.' || text[r - 1] == ',' || text[r - 1] == ')' || text[r - 1] == ';' || text[r - 1] == ':'))
            {
                r--;
            }

            if (r - body >= 4 && !hole)
            {
                string url = LowerCase.Slice(text, body, r - body);
                if (!IsPlaceholderDomain(HostOf(url)) && !IsTechnicalHost(HostOf(url)))
                {
                    output.Add(new Candidate(i, r, FactKind.Url, Strength.Strong));
                }
            }

            i = r;
        }
    }

    /// <summary>"linkedin.com/in/jdoe", "github.com/contoso": a page of a known top-level domain written without a scheme.</summary>
    private static void ScanBareUrls(string text, int s, int e, List<Candidate> output)
    {
        int from = s;
        while (from < e)
        {
            int slash = text.IndexOf('/', from, e - from);
            if (slash < 0)
            {
                return;
            }

            from = slash + 1;
            int hostStart = slash;
            while (hostStart > s && (IsDomainChar(text[hostStart - 1])))
            {
                hostStart--;
            }

            int dot = text.LastIndexOf('.', slash - 1, slash - hostStart);
            bool scheme = hostStart > s && (text[hostStart - 1] == '/' || text[hostStart - 1] == '@');
            if (dot <= hostStart || scheme || slash + 1 >= e || !IsUrlChar(text[slash + 1]) || text[slash + 1] == '/' || !char.IsLetter(text[hostStart]))
            {
                continue;
            }

            // a host is written in lower case: "System.IO/File" is a namespace, not a site
            string host = text.Substring(hostStart, slash - hostStart);
            if (host != host.ToLowerInvariant() || host.StartsWith("www.", System.StringComparison.Ordinal) || !Lexicon.ContactLexicon.TopLevelDomains.Contains(host.Substring(dot - hostStart + 1)) || IsPlaceholderDomain(host) || IsTechnicalHost(host))
            {
                continue;
            }

            int r = slash + 1;
            while (r < e && IsUrlChar(text[r]) && r - hostStart < 2048)
            {
                r++;
            }

            while (r > slash + 1 && (text[r - 1] == '.' || text[r - 1] == ',' || text[r - 1] == ')' || text[r - 1] == ';' || text[r - 1] == ':'))
            {
                r--;
            }

            output.Add(new Candidate(hostStart, r, FactKind.Url, Strength.Strong));
            from = r;
        }
    }

    /// <summary>A run of digits and phone punctuation with 7 to 15 digits, or a short number announced as a phone line.</summary>
    [MethodImpl(CompileOptions.AggressiveOptimization)]
    private static void ScanPhones(string text, int s, int e, List<Token> tokens, List<Candidate> output)
    {
        int i = s;
        while (i < e)
        {
            char c = text[i];
            bool plus = c == '+' && i + 1 < e && char.IsDigit(text[i + 1]);
            bool paren = c == '(' && i + 1 < e && char.IsDigit(text[i + 1]);
            if (!(plus || paren || IsAsciiDigit(c)) || (i > s && ((char.IsLetterOrDigit(text[i - 1]) && !Tokenizer.IsCjk(text[i - 1])) || text[i - 1] == '.' || text[i - 1] == ',' || text[i - 1] == '$' || text[i - 1] == '/' || text[i - 1] == ':' || text[i - 1] == '\u3012')))
            {
                i++;
                continue;
            }

            int r = i + 1;
            int digits = IsAsciiDigit(c) ? 1 : 0;
            int groups = 1;
            int lastDigit = IsAsciiDigit(c) ? i : -1;
            while (r < e && r - i < 40)
            {
                char d = text[r];
                if (IsAsciiDigit(d))
                {
                    digits++;
                    if (lastDigit >= 0 && lastDigit != r - 1)
                    {
                        groups++;
                    }

                    lastDigit = r;
                }
                else if (!(d == ' ' || d == '-' || d == '.' || d == '(' || d == ')' || d == '/' || d == '\u00A0' || d == '\u2011'))
                {
                    break;
                }

                r++;
            }

            int end = lastDigit + 1;
            if (lastDigit < 0)
            {
                i = r;
                continue;
            }

            // digits glued to letters, currency or units after them are not a phone ("100 000 ₽", "2024-05-01" handled below)
            int after = end;
            while (after < e && text[after] == ' ')
            {
                after++;
            }

            bool announced = HasPhoneCue(text, s, i);
            // a unit or currency right after the digits makes them an amount; text without spaces simply goes on ("…4567이며")
            bool unitAfter = !announced && !plus && !paren && after < e && ((char.IsLetter(text[after]) && !IsPhoneTrailer(text, after, e) && !Tokenizer.IsCjk(text[after])) || text[after] == '%' || Lexicon.CurrencyLexicon.IsCurrencySymbol(text[after]) || text[after] == ':'
                || (Tokenizer.IsCjk(text[after]) && Lexicon.CurrencyLexicon.WordsAfter.Contains(text[after].ToString())));
            bool isDate = LooksLikeDateOrRange(text, i, end) || IsRoundRange(text, i, end, announced) || IsDecimal(text, i, end) || IsTimeRange(text, i, end) || IsGroupedAmount(text, s, i, end);
            if (!isDate && !unitAfter && digits >= 7 && digits <= 15 && (groups >= 2 || plus || announced || digits >= 9) && !(groups == 1 && !plus && !announced && digits > 11))
            {
                output.Add(new Candidate(i, end, FactKind.Phone, Strength.Strong));
            }
            else if (!isDate && announced && digits >= 3 && digits <= 6 && groups == 1)
            {
                output.Add(new Candidate(i, end, FactKind.Phone, Strength.Strong));
            }

            i = r > i ? r : i + 1;
        }
    }

    private static bool IsPhoneTrailer(string text, int i, int e)
    {
        // "(24/7)" handled by punctuation; words like "or", "ext" may follow a phone
        return e - i >= 2 && (Matches(text, i, e, "or") || Matches(text, i, e, "ext") || Matches(text, i, e, "oder") || Matches(text, i, e, "ou") || Matches(text, i, e, "o ") || Matches(text, i, e, "или") || Matches(text, i, e, "and"));
    }

    private static bool HasPhoneCue(string text, int s, int i) => Lexicon.ContactLexicon.HasCueBefore(text, s, i, 40, Lexicon.ContactLexicon.PhoneCues);

    /// <summary>"8.203.150" or "Rp 8 203 150": an amount in thousands groups, or any number right after a currency.</summary>
    private static bool IsGroupedAmount(string text, int unitStart, int s, int e)
    {
        int before = s - 1;
        while (before >= unitStart && text[before] == ' ')
        {
            before--;
        }

        if (before >= unitStart && Lexicon.CurrencyLexicon.IsCurrencySymbol(text[before]))
        {
            return true;
        }

        int word = before;
        while (word >= unitStart && char.IsLetter(text[word]))
        {
            word--;
        }

        if (before - word >= 2 && before - word <= 3 && Lexicon.CurrencyLexicon.IsPrefixWord(LowerCase.Slice(text, word + 1, before - word)))
        {
            return true; // "Rp 8.203.150", "RM 1 200"
        }

        // 8.203.150: every group after the first has three digits, one separator kind
        char separator = '\0';
        int group = -1;
        for (int i = s; i < e; i++)
        {
            char c = text[i];
            if (IsAsciiDigit(c))
            {
                group = group < 0 ? -1 : group + 1;
                continue;
            }

            if ((c != '.' && c != ',') || (separator != '\0' && c != separator) || (group >= 0 && group != 3))
            {
                return false;
            }

            separator = c;
            group = 0;
        }

        return separator != '\0' && group == 3;
    }

    /// <summary>"09.00-21.00", "9.30 - 17.30": two times of day written with dots.</summary>
    private static bool IsTimeRange(string text, int s, int e)
    {
        int dash = -1;
        for (int i = s; i < e; i++)
        {
            if (text[i] == '-' || text[i] == '\u2013')
            {
                dash = i;
                break;
            }
        }

        return dash > s && IsDotTime(text, s, dash) && IsDotTime(text, dash + 1, e);
    }

    private static bool IsDotTime(string text, int s, int e)
    {
        string part = text.Substring(s, e - s).Trim();
        int dot = part.IndexOf('.');
        return dot >= 1 && dot <= 2 && part.Length - dot == 3 && IsAsciiDigit(part[0]) && IsAsciiDigit(part[part.Length - 1]) && IsAsciiDigit(part[part.Length - 2]) && (dot == 1 || IsAsciiDigit(part[1]));
    }

    /// <summary>"9.3333333333", "1234,56": digits and one decimal separator are a number, not a phone.</summary>
    private static bool IsDecimal(string text, int s, int e)
    {
        int separators = 0;
        for (int i = s; i < e; i++)
        {
            char c = text[i];
            if (c == '.' || c == ',')
            {
                separators++;
            }
            else if (!IsAsciiDigit(c))
            {
                return false;
            }
        }

        return separators == 1;
    }

    private static bool LooksLikeDateOrRange(string text, int s, int e)
    {
        // 2024-05-01, 01.02.2024, 9.30-17.30
        int seps = 0;
        int digitsInGroup = 0;
        int maxGroup = 0;
        int groupCount = 0;
        bool spaces = false;
        for (int i = s; i < e; i++)
        {
            char c = text[i];
            if (IsAsciiDigit(c))
            {
                digitsInGroup++;
                if (digitsInGroup > maxGroup)
                {
                    maxGroup = digitsInGroup;
                }
            }
            else
            {
                if (digitsInGroup > 0)
                {
                    groupCount++;
                }

                digitsInGroup = 0;
                if (c == '-' || c == '.' || c == '/')
                {
                    seps++;
                }

                if (c == ' ')
                {
                    spaces = true;
                }
            }
        }

        if (digitsInGroup > 0)
        {
            groupCount++;
        }

        return !spaces && groupCount == 3 && maxGroup == 4 && (e - s) == 10;
    }

    /// <summary>"(2000-4000 символов)", "10000-20000": two round numbers, the second larger, are a range, not a phone.</summary>
    private static bool IsRoundRange(string text, int s, int e, bool announced)
    {
        if (announced)
        {
            return false;
        }

        if (s < e && text[s] == '(')
        {
            s++;
        }

        int dash = text.IndexOf('-', s, e - s);
        if (dash <= s + 1 || dash >= e - 2)
        {
            return false;
        }

        string low = text.Substring(s, dash - s);
        string high = text.Substring(dash + 1, e - dash - 1);
        return IsRound(low) && IsRound(high) && (low.Length < high.Length || (low.Length == high.Length && string.CompareOrdinal(low, high) < 0));
    }

    private static bool IsRound(string number)
    {
        if (number.Length < 3 || !number.EndsWith("00", System.StringComparison.Ordinal))
        {
            return false;
        }

        foreach (char c in number)
        {
            if (!IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string HostOf(string url)
    {
        int slash = url.IndexOf('/');
        return slash < 0 ? url : url.Substring(0, slash);
    }

    internal static bool IsPlaceholderDomain(string domain)
        => domain == "example.com" || domain == "example.org" || domain == "example.net" || domain.EndsWith(".example.com", System.StringComparison.Ordinal) || domain == "domain.com" || domain == "email.com" || domain == "company.com" || domain == "yourcompany.com" || domain == "test.com" || domain == "localhost" || domain.StartsWith("localhost:", System.StringComparison.Ordinal) || domain == "acme.com" || domain.Contains("{");

    private static bool IsTechnicalHost(string host)
        => host == "json-schema.org" || host == "www.w3.org" || host == "w3.org" || host == "schema.org" || host.EndsWith("schemas.microsoft.com", System.StringComparison.Ordinal) || host == "127.0.0.1" || host.StartsWith("localhost", System.StringComparison.Ordinal);

    private static bool IsLocalChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsAsciiDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';

    private static bool IsDomainChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsAsciiDigit(c) || c == '.' || c == '-';

    private static bool IsUrlChar(char c) => c > ' ' && c < 0x7F && c != '"' && c != '<' && c != '>' && c != '`' && c != '\'' && c != '|' && c != ']' && c != '[';

    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    private static bool Matches(string text, int i, int e, string lit) => e - i >= lit.Length && string.Compare(text, i, lit, 0, lit.Length, System.StringComparison.OrdinalIgnoreCase) == 0;
}
