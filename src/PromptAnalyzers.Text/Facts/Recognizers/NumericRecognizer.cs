using System.Collections.Generic;
using PromptAnalyzers.Text.Facts.Lexicon;

namespace PromptAnalyzers.Text.Facts.Recognizers;

/// <summary>Money, rates, times and schedules, dates, durations and terms, quantities and counts, from a unit's tokens.</summary>
internal static class NumericRecognizer
{
    public static void Recognize(string text, List<Token> t, List<Candidate> output)
    {
        for (int i = 0; i < t.Count; i++)
        {
            Token tok = t[i];
            if (MoneyRecognizer.TryMoney(text, t, i, out int last))
            {
                int start = tok.IsNumber ? t[RangeStart(t, i)].Start : tok.Start;
                output.Add(new Candidate(start, MoneySuffix(t, last + 1, t[last].End), FactKind.Money, Strength.Medium));
                i = last;
            }
            else if (tok.IsNumber && !IsInsideWord(text, t, i))
            {
                RecognizeNumber(text, t, i, output);
            }
            else if (tok.IsWord)
            {
                RecognizeWord(text, t, i, output);
            }
        }
    }

    /// <summary>
    /// A digit written inside a word of letters ("đ1t", "n9u", "h2o", "b2b"): spelling, slang or a name, not a value. Han,
    /// kana and Hangul are written without spaces, so a number between two of them ("約3日") is still a value.
    /// </summary>
    private static bool IsInsideWord(string text, List<Token> t, int i)
    {
        if (i == 0 || i + 1 >= t.Count)
        {
            return false;
        }

        Token before = t[i - 1];
        Token after = t[i + 1];
        return before.IsWord && !before.IsCjk && before.End == t[i].Start && char.IsLower(text[before.End - 1])
            && after.IsWord && !after.IsCjk && after.Start == t[i].End;
    }

    private static void RecognizeNumber(string text, List<Token> t, int i, List<Candidate> output)
    {
        Token n = t[i];
        Token? next = i + 1 < t.Count ? t[i + 1] : (Token?)null;
        Token? prev = i > 0 ? t[i - 1] : (Token?)null;
        bool glued = next.HasValue && next.Value.Start == n.End;
        if (i >= 2 && prev.HasValue && prev.Value.Is(':') && prev.Value.End == n.Start && t[i - 2].IsNumber && t[i - 2].End == prev.Value.Start)
        {
            return; // the minutes of "22:00" belong to the time, not to the word after it
        }

        // 24/7
        if (n.Lower == "24" && next.HasValue && next.Value.Is('/') && i + 2 < t.Count && t[i + 2].Lower == "7")
        {
            output.Add(new Candidate(n.Start, t[i + 2].End, FactKind.Schedule, Strength.Medium));
            return;
        }

        // dates written with marks: "2024年3月15日", "3月15日", "3월 15일", "1998年"
        int cjkDate = CjkDateEnd(t, i);
        if (cjkDate > 0)
        {
            output.Add(new Candidate(n.Start, cjkDate, FactKind.Date, Strength.Medium));
            return;
        }

        if (next.HasValue)
        {
            Token nx = next.Value;

            // percentages
            if ((nx.Is('%') && nx.Start - n.End <= 1) || (nx.IsWord && IsPercentWord(nx.Lower)))
            {
                int end = nx.End;
                if (i + 2 < t.Count && t[i + 2].IsWord && IsRateSuffix(t[i + 2].Lower))
                {
                    end = t[i + 2].End;
                }

                output.Add(new Candidate(t[RangeStart(t, i)].Start, end, FactKind.Percentage, Strength.Medium));
                return;
            }

            // times: 9:00, 9:00-17:00, 6 am, 3-5 pm, 18 Uhr, 9 h à 18 h
            int timeEnd = TimeOfDay.End(t, i);
            if (timeEnd > 0)
            {
                output.Add(new Candidate(n.Start, timeEnd, FactKind.Schedule, Strength.Medium));
                return;
            }

            // dates: 31 January, 30 de abril, 2024-05-01, 01.02.2024
            if (nx.IsWord && IsMonth(text, nx) && n.Lower.Length <= 2)
            {
                output.Add(new Candidate(n.Start, YearAfter(t, i + 2, nx.End), FactKind.Date, Strength.Medium));
                return;
            }

            if (nx.Is('.') && nx.Start == n.End && i + 2 < t.Count && t[i + 2].IsWord && IsMonth(text, t[i + 2]) && n.Lower.Length <= 2)
            {
                output.Add(new Candidate(n.Start, YearAfter(t, i + 3, t[i + 2].End), FactKind.Date, Strength.Medium)); // "3. Juni 2025"
                return;
            }

            if (nx.IsWord && (nx.Lower == "de" || nx.Lower == "di") && i + 2 < t.Count && t[i + 2].IsWord && IsMonth(text, t[i + 2]) && n.Lower.Length <= 2)
            {
                output.Add(new Candidate(n.Start, t[i + 2].End, FactKind.Date, Strength.Medium));
                return;
            }

            if (n.Lower.Length == 4 && (nx.Is('-') || nx.Is('/')) && IsNumericDate(t, i))
            {
                output.Add(new Candidate(n.Start, t[i + 4].End, FactKind.Date, Strength.Medium));
                return;
            }

            if (n.Lower.Length <= 2 && (nx.Is('.') || nx.Is('/')) && i + 4 < t.Count && t[i + 2].IsNumber && t[i + 3].Lower == nx.Lower && t[i + 4].IsNumber && t[i + 4].Lower.Length == 4 && t[i + 4].Start - n.End <= 6)
            {
                output.Add(new Candidate(n.Start, t[i + 4].End, FactKind.Date, Strength.Medium));
                return;
            }

            // ordinals: "the 5th of each month", "10-го числа"
            if (glued && nx.IsWord && (nx.Lower == "th" || nx.Lower == "st" || nx.Lower == "nd" || nx.Lower == "rd" || nx.Lower == "го" || nx.Lower == "er" || nx.Lower == "º" || nx.Lower == "e"))
            {
                int k = i + 2;
                int end = nx.End;
                if (k + 1 < t.Count && t[k].IsWord && (t[k].Lower == "of" || t[k].Lower == "числа") )
                {
                    end = t[k].End;
                    while (k + 1 < t.Count && t[k + 1].IsWord && k - i < 5)
                    {
                        k++;
                        end = t[k].End;
                        if (t[k].Lower == "month" || t[k].Lower == "months" || t[k].Lower == "месяца")
                        {
                            break;
                        }
                    }

                    output.Add(new Candidate(n.Start, end, FactKind.Date, Strength.Medium));
                    return;
                }

                if (nx.Lower == "го" && k < t.Count && t[k].IsWord && t[k].Lower == "числа")
                {
                    output.Add(new Candidate(n.Start, t[k].End, FactKind.Date, Strength.Medium));
                    return;
                }
            }
        }

        // month before the number: "April 30", "March 31, 2025"
        if (prev.HasValue && prev.Value.IsWord && IsMonth(text, prev.Value) && n.Lower.Length <= 2 && n.Start - prev.Value.End <= 1)
        {
            output.Add(new Candidate(prev.Value.Start, YearAfter(t, i + 1, n.End), FactKind.Date, Strength.Medium));
            return;
        }

        // month and year: "started March 2025", "expected Dec 2026" (a day before the month is handled above)
        if (IsYear(n.Lower) && prev.HasValue && prev.Value.IsWord && IsMonth(text, prev.Value) && n.Start - prev.Value.End == 1)
        {
            output.Add(new Candidate(prev.Value.Start, n.End, FactKind.Date, Strength.Medium));
            return;
        }

        // years: "founded in 1998", "since 2011"
        if (n.Lower.Length == 4 && (n.Lower[0] == '1' || n.Lower[0] == '2') && (n.Lower.StartsWith("19", System.StringComparison.Ordinal) || n.Lower.StartsWith("20", System.StringComparison.Ordinal)) && prev.HasValue && prev.Value.IsWord && ValueLexicon.YearPrepositions.Contains(prev.Value.Lower)
            && !(next.HasValue && (next.Value.Is('.') || next.Value.Is('-')) && i + 2 < t.Count && t[i + 2].IsNumber))
        {
            output.Add(new Candidate(prev.Value.Start, n.End, FactKind.Date, Strength.Medium));
            return;
        }

        // the unit word after the number (skipping a range "3-5", "2 x 23", "24-hour")
        int u = i + 1;
        int startIdx = RangeStart(t, i);
        if (IsTemperatureAt(text, t, u))
        {
            // "30℃", "26～30 °C", "75°F"
            int end = t[u].Lower == "\u00B0" && u + 1 < t.Count && t[u + 1].IsWord && t[u + 1].Start == t[u].End ? t[u + 1].End : t[u].End;
            output.Add(new Candidate(t[startIdx].Start, end, FactKind.Quantity, Strength.Weak));
            return;
        }

        if (u + 1 < t.Count && (t[u].IsDash || t[u].Lower == "x" || t[u].Lower == "\u00D7" || t[u].Lower == "to" || t[u].Lower == "bis" || t[u].Lower == "a" || t[u].Lower == "à" || t[u].Lower == "до" || IsRangeWord(t[u])) && t[u + 1].IsNumber)
        {
            return; // the second number of the range will report the whole range
        }

        if (u < t.Count && t[u].IsDash && u + 1 < t.Count && t[u + 1].IsWord && t[u + 1].Start == t[u].End)
        {
            u++; // "10-year", "24-Stunden"
        }

        if (u >= t.Count || !t[u].IsWord)
        {
            return;
        }

        if (t[u].IsCjk)
        {
            RecognizeCjkUnit(t, i, u, output);
            return;
        }

        Token w = t[u];
        string word = w.Lower;
        int hyphen = word.IndexOf('-');
        if (hyphen > 0)
        {
            word = word.Substring(0, hyphen);
        }

        if (w.Start - t[u - 1].End > 1)
        {
            return;
        }

        // a compound adjective before a format noun: "24-hour format", "12-hour times"
        if (u + 1 < t.Count && t[u + 1].IsWord && (IsFormatNoun(t[u + 1].Lower) || CueLexicon.OutputNouns.Contains(t[u + 1].Lower)) && (t[u].Start > n.End || u > i + 1))
        {
            return;
        }

        if (hyphen > 0 && (w.Lower.EndsWith("format", System.StringComparison.Ordinal) || w.Lower.EndsWith("formato", System.StringComparison.Ordinal)))
        {
            return;
        }

        int start = t[startIdx].Start;
        int qualifier = QualifierStart(t, startIdx);
        if (ValueLexicon.TimeUnits.Contains(word) || IsBusinessDays(t, u))
        {
            int end = w.End;
            int afterUnit = u + 1;
            if (IsBusinessDays(t, u))
            {
                // "2 business days": the unit follows the qualifier.
                end = t[u + 1].End;
                afterUnit = u + 2;
            }
            else if (u + 1 < t.Count && t[u + 1].IsWord && IsBusinessWord(t[u + 1].Lower))
            {
                // "30 días hábiles": the qualifier follows the unit.
                end = t[u + 1].End;
                afterUnit = u + 2;
            }

            bool term = qualifier >= 0 || HasTermAfter(t, afterUnit);
            output.Add(new Candidate(qualifier >= 0 ? t[qualifier].Start : start, TermEnd(t, afterUnit, end), FactKind.Duration, term ? Strength.Medium : Strength.Weak));
            return;
        }

        if (ValueLexicon.MeasureUnits.Contains(word) || ValueLexicon.MeasureUnits.Contains(w.Lower))
        {
            output.Add(new Candidate(qualifier >= 0 ? t[qualifier].Start : start, PerSuffix(t, u + 1, w.End), FactKind.Quantity, Strength.Weak));
            return;
        }

        // generic counts: "up to 12 items", "420 employees", "1,800 clinics"; "#48213" is a reference and "227 Nguyễn" a
        // house number before a name, not counts
        if (CueLexicon.OutputNouns.Contains(word) || CueLexicon.RatingUnits.Contains(word) || IsFunctionWord(word) || w.Lower.Length < 3 || (prev.HasValue && prev.Value.Is('#') && prev.Value.End == n.Start) || char.IsUpper(text[w.Start]))
        {
            return;
        }

        if (prev.HasValue && prev.Value.IsWord && (IsOrdinalContext(prev.Value.Lower) || CueLexicon.RatingUnits.Contains(prev.Value.Lower)))
        {
            return;
        }

        output.Add(new Candidate(qualifier >= 0 ? t[qualifier].Start : start, PerSuffix(t, u + 1, w.End), FactKind.Quantity, Strength.Weak));
    }

    /// <summary>A unit written in Han, kana or Hangul after number i: "3天", "7日以内", "24小时前", "30일 이내", "5公斤".</summary>
    private static void RecognizeCjkUnit(List<Token> t, int i, int u, List<Candidate> output)
    {
        int startIdx = RangeStart(t, i);
        int before = Tokenizer.MatchWordEndingAt(t, startIdx - 1, ValueLexicon.TermsBefore);
        int start = before >= 0 ? t[before].Start : t[startIdx].Start;
        int time = Tokenizer.MatchWord(t, u, ValueLexicon.TimeUnits);
        if (time >= 0 && Tokenizer.MatchWord(t, time + 1, CueLexicon.FormatNounsCjk) >= 0)
        {
            return; // "24小時制": the 24-hour clock, a format
        }

        if (time >= 0)
        {
            int end = t[time].End;
            int term = time + 1 < t.Count && t[time + 1].Start - end <= 1 ? Tokenizer.MatchWord(t, time + 1, ValueLexicon.TermsAfter) : -1;
            if (term >= 0)
            {
                end = t[term].End;
            }

            output.Add(new Candidate(start, end, FactKind.Duration, before >= 0 || term >= 0 ? Strength.Medium : Strength.Weak));
            return;
        }

        int measure = Tokenizer.MatchWord(t, u, ValueLexicon.MeasureUnits);
        if (measure >= 0)
        {
            output.Add(new Candidate(start, t[measure].End, FactKind.Quantity, Strength.Weak));
        }
    }

    /// <summary>End of a date written with year, month and day marks starting at number i, or -1.</summary>
    private static int CjkDateEnd(List<Token> t, int i)
    {
        Token n = t[i];
        int k = i + 1;
        bool year = false;
        if (n.Lower.Length == 4 && IsGluedMark(t, k, ValueLexicon.YearMarks))
        {
            year = true;
            k++;
            if (k + 1 < t.Count && t[k].IsNumber && t[k].Start - t[k - 1].End <= 1 && t[k].Lower.Length <= 2 && IsGluedMark(t, k + 1, ValueLexicon.MonthMarks))
            {
                k++;
            }
            else
            {
                // a year alone: "1998年" (a founding year), not "3年" (a duration)
                return n.Lower.StartsWith("19", System.StringComparison.Ordinal) || n.Lower.StartsWith("20", System.StringComparison.Ordinal) ? t[k - 1].End : -1;
            }
        }
        else if (n.Lower.Length > 2)
        {
            return -1;
        }

        if (!IsGluedMark(t, k, ValueLexicon.MonthMarks) || (k + 1 < t.Count && t[k + 1].IsCjk && t[k + 1].Start == t[k].End && IsWeekdaySuffix(t[k + 1].Lower)))
        {
            return -1; // "月曜日" is a weekday
        }

        int end = t[k].End;
        k++;
        if (k + 1 < t.Count && t[k].IsNumber && t[k].Start - end <= 1 && t[k].Lower.Length <= 2 && IsGluedMark(t, k + 1, ValueLexicon.DayMarks))
        {
            end = t[k + 1].End;
        }

        return year || end > 0 ? end : -1;
    }

    private static bool IsTemperatureAt(string text, List<Token> t, int u)
    {
        if (u >= t.Count || t[u].Kind != TokenKind.Symbol || t[u].Start - t[u - 1].End > 1)
        {
            return false;
        }

        string sign = t[u].Lower;
        return sign == "\u2103" || sign == "\u2109" || (sign == "\u00B0" && u + 1 < t.Count && t[u + 1].IsWord && (t[u + 1].Lower == "c" || t[u + 1].Lower == "f"));
    }

    private static bool IsWeekdaySuffix(string c) => c == "\u66DC" || c == "\uC694"; // 曜, 요

    private static bool IsGluedMark(List<Token> t, int k, HashSet<string> marks)
        => k < t.Count && t[k].IsCjk && t[k].Start - t[k - 1].End <= 1 && marks.Contains(t[k].Lower);

    private static void RecognizeWord(string text, List<Token> t, int i, List<Candidate> output)
    {
        Token w = t[i];

        // weekdays and weekday ranges: "Monday to Friday", "Mon–Sat", "Mo–Fr", "de lunes a viernes", "周一至周五", "月〜金", "thứ hai đến thứ sáu"
        int last = WeekdayEnd(text, t, i);
        if (last >= 0)
        {
            int end = t[last].End;
            int k = last + 1;
            int connector = k < t.Count ? (t[k].IsDash ? k : Tokenizer.MatchWord(t, k, ValueLexicon.RangeConnectors)) : -1;
            if (connector >= 0 && connector + 1 < t.Count && WeekdayEnd(text, t, connector + 1, true) is int partner and >= 0)
            {
                end = t[partner].End;
            }

            output.Add(new Candidate(w.Start, end, FactKind.Schedule, Strength.Medium));
            return;
        }

        // months named without a number: "from May to October", "de mayo a octubre"
        if (IsMonth(text, w) && w.Lower.Length > 3 && i > 0 && t[i - 1].IsWord && (ValueLexicon.YearPrepositions.Contains(t[i - 1].Lower) || t[i - 1].Lower == "until" || t[i - 1].Lower == "to" || t[i - 1].Lower == "a" || t[i - 1].Lower == "à" || t[i - 1].Lower == "between"))
        {
            if (i + 1 < t.Count && t[i + 1].IsNumber)
            {
                return; // "April 30" is reported from the number
            }

            output.Add(new Candidate(t[i - 1].Start, w.End, FactKind.Date, Strength.Medium));
            return;
        }

        // Vietnamese dates: "tháng 3", "ngày 15 tháng 3 năm 2024"
        if (w.Lower == "tháng" && i + 1 < t.Count && t[i + 1].IsNumber && t[i + 1].Lower.Length <= 2 && int.TryParse(t[i + 1].Lower, out int month) && month >= 1 && month <= 12)
        {
            int start = i >= 2 && t[i - 1].IsNumber && t[i - 2].IsWord && t[i - 2].Lower == "ngày" ? t[i - 2].Start : w.Start;
            int end = t[i + 1].End;
            if (i + 3 < t.Count && t[i + 2].IsWord && t[i + 2].Lower == "năm" && t[i + 3].IsNumber && t[i + 3].Lower.Length == 4)
            {
                end = t[i + 3].End;
            }

            output.Add(new Candidate(start, end, FactKind.Date, Strength.Medium));
        }
    }

    /// <summary>Index of the last token of a weekday word or abbreviation at token i, or -1.</summary>
    private static int WeekdayEnd(string text, List<Token> t, int i, bool partner = false)
    {
        Token w = t[i];
        if (!w.IsWord)
        {
            return -1;
        }

        if (w.IsCjk)
        {
            int full = Tokenizer.MatchWord(t, i, ValueLexicon.Weekdays);
            if (full >= 0)
            {
                return full;
            }

            // "月〜金", "월-금": one-character abbreviations only in a range
            bool abbreviation = ValueLexicon.WeekdayAbbreviations.Contains(w.Lower);
            bool rangeNext = i + 2 < t.Count && (t[i + 1].IsDash || Tokenizer.MatchWord(t, i + 1, ValueLexicon.RangeConnectors) == i + 1) && t[i + 2].IsCjk && ValueLexicon.WeekdayAbbreviations.Contains(t[i + 2].Lower);
            return abbreviation && (partner || rangeNext) ? i : -1;
        }

        // Vietnamese: "thứ hai", "thứ 6", "chủ nhật"
        if ((w.Lower == "thứ" && i + 1 < t.Count && ValueLexicon.VietnameseWeekdayOrdinals.Contains(t[i + 1].Lower)) || (w.Lower == "chủ" && i + 1 < t.Count && t[i + 1].Lower == "nhật"))
        {
            return i + 1;
        }

        bool capital = char.IsUpper(text[w.Start]);
        if (ValueLexicon.CapitalOnlyWeekdays.Contains(w.Lower) && !capital)
        {
            return -1;
        }

        return IsWeekday(text, t, i, partner) ? i : -1;
    }

    private static bool IsWeekday(string text, List<Token> t, int i, bool partner)
    {
        Token w = t[i];
        string word = w.Lower;
        int hyphen = word.IndexOf('-');
        if (ValueLexicon.Weekdays.Contains(word))
        {
            return true;
        }

        if (hyphen > 0)
        {
            string a = word.Substring(0, hyphen);
            string b = word.Substring(hyphen + 1);
            if ((ValueLexicon.WeekdayAbbreviations.Contains(a) || ValueLexicon.Weekdays.Contains(a)) && (ValueLexicon.WeekdayAbbreviations.Contains(b) || ValueLexicon.Weekdays.Contains(b)) && char.IsUpper(text[w.Start]))
            {
                return true;
            }
        }

        if (ValueLexicon.WeekdayAbbreviations.Contains(word) && char.IsUpper(text[w.Start]))
        {
            // "Mon" alone is trusted when three letters; two-letter forms need a range partner
            bool rangeNext = i + 2 < t.Count && t[i + 1].IsDash && t[i + 2].IsWord && ValueLexicon.WeekdayAbbreviations.Contains(t[i + 2].Lower);
            bool rangePrev = i >= 2 && t[i - 1].IsDash && t[i - 2].IsWord && ValueLexicon.WeekdayAbbreviations.Contains(t[i - 2].Lower);
            bool timeNext = i + 1 < t.Count && t[i + 1].IsNumber && i + 2 < t.Count && t[i + 2].Is(':');
            return rangeNext || rangePrev || partner || (word.Length >= 3 && timeNext);
        }

        return false;
    }

    private static bool IsYear(string digits) => digits.Length == 4 && (digits.StartsWith("19", System.StringComparison.Ordinal) || digits.StartsWith("20", System.StringComparison.Ordinal));

    internal static bool IsMonth(string text, Token w)
    {
        if (!ValueLexicon.Months.Contains(w.Lower))
        {
            return false;
        }

        // "may", "march", "mar", "jan"... are also words: require a capital for the English ones
        bool capital = char.IsUpper(text[w.Start]);
        switch (w.Lower)
        {
            case "may":
            case "march":
            case "mar":
            case "jan":
            case "jun":
            case "jul":
            case "aug":
            case "sep":
            case "oct":
            case "nov":
            case "dec":
            case "feb":
            case "apr":
            case "mai":
            case "juni":
                return capital;
            case "mars":
                return !capital; // French "mars" is written in lower case; "Mars" is the planet
            default:
                return true;
        }
    }

    private static bool IsNumericDate(List<Token> t, int i)
        => i + 4 < t.Count && t[i + 2].IsNumber && t[i + 2].Lower.Length <= 2 && t[i + 3].Lower == t[i + 1].Lower && t[i + 4].IsNumber && t[i + 4].Lower.Length <= 2 && t[i + 4].Start - t[i].End <= 6;

    private static int YearAfter(List<Token> t, int k, int end)
    {
        if (k < t.Count && t[k].Is(',') && k + 1 < t.Count && t[k + 1].IsNumber && t[k + 1].Lower.Length == 4)
        {
            return t[k + 1].End;
        }

        if (k < t.Count && t[k].IsNumber && t[k].Lower.Length == 4)
        {
            return t[k].End;
        }

        return end;
    }

    /// <summary>Index of the first number of a range ending at i ("3-5", "2 x 23", "de 24 a 48"), else i.</summary>
    private static int RangeStart(List<Token> t, int i)
    {
        if (i >= 2 && t[i - 2].IsNumber && (t[i - 1].IsDash || t[i - 1].Lower == "x" || t[i - 1].Lower == "\u00D7" || t[i - 1].Lower == "to" || t[i - 1].Lower == "a" || t[i - 1].Lower == "à" || t[i - 1].Lower == "bis" || t[i - 1].Lower == "до" || IsRangeWord(t[i - 1])) && t[i].Start - t[i - 2].End <= 5)
        {
            return i - 2;
        }

        return i;
    }

    /// <summary>A word between the ends of a range in the languages without a dash habit ("6 đến 12 tuổi", "2 sampai 3 hari"), not "and".</summary>
    private static bool IsRangeWord(Token w) => w.IsWord && !w.IsCjk && w.Lower.Length > 2 && w.Lower != "and" && w.Lower != "und" && ValueLexicon.RangeConnectors.Contains(w.Lower);

    /// <summary>"within", "up to", "at least", "max", "over"... right before the number: include it and mark a term.</summary>
    private static int QualifierStart(List<Token> t, int i)
    {
        int k = i - 1;
        if (k >= 0 && t[k].IsWord && (t[k].Lower == "to" || t[k].Lower == "least" || t[k].Lower == "than") && k >= 1 && t[k - 1].IsWord)
        {
            return k - 1;
        }

        if (k >= 0 && t[k].IsWord && IsQualifier(t[k].Lower))
        {
            return k;
        }

        return -1;
    }

    private static bool IsQualifier(string w) => ValueLexicon.TermPrepositions.Contains(w) || w == "max" || w == "maximum" || w == "minimum" || w == "min" || w == "over" || w == "under" || w == "about" || w == "only" || w == "bis" || w == "ab" || w == "höchstens" || w == "jusqu'à" || w == "máximo" || w == "mínimo" || w == "massimo" || w == "minimo" || w == "не" || w == "более" || w == "от";

    private static bool HasTermAfter(List<Token> t, int k)
    {
        if (k < t.Count && t[k].IsWord)
        {
            string w = t[k].Lower;
            return w == "before" || w == "after" || w == "notice" || w == "ahead" || w == "prior" || w == "in" && k + 1 < t.Count && t[k + 1].Lower == "advance" || w == "vor" || w == "nach" || w == "antes" || w == "avant" || w == "prima" || w == "до" || w == "после" || w == "von" || w == "of" || w == "from" || w == "at" || w == "without" || w == "kostenloses" || w == "gratuito" || w == "gratuit";
        }

        return k < t.Count && t[k].Is('\'');
    }

    private static int TermEnd(List<Token> t, int k, int end)
    {
        // "30 days' notice", "24 hours before departure"
        if (k < t.Count && t[k].Is('\'') && k + 1 < t.Count && t[k + 1].IsWord)
        {
            return t[k + 1].End;
        }

        if (k + 1 < t.Count && t[k].IsWord && (t[k].Lower == "before" || t[k].Lower == "after" || t[k].Lower == "vor" || t[k].Lower == "nach" || t[k].Lower == "antes" || t[k].Lower == "avant" || t[k].Lower == "до" || t[k].Lower == "после") && t[k + 1].IsWord)
        {
            int e = t[k + 1].End;
            if ((t[k + 1].Lower == "de" || t[k + 1].Lower == "del" || t[k + 1].Lower == "the") && k + 2 < t.Count && t[k + 2].IsWord)
            {
                e = t[k + 2].End;
            }

            return e;
        }

        return end;
    }

    private static int MoneySuffix(List<Token> t, int k, int end)
    {
        // "HT", "net", then "/month", "per user/month", "each", "a glass"
        if (k < t.Count && t[k].IsWord && (t[k].Lower == "ht" || t[k].Lower == "ttc" || t[k].Lower == "net" || t[k].Lower == "netto" || t[k].Lower == "brutto" || t[k].Lower == "vat"))
        {
            end = t[k].End;
            k++;
        }

        return PerSuffix(t, k, end);
    }

    private static int PerSuffix(List<Token> t, int k, int end)
    {
        if (k + 1 < t.Count && t[k].Is('/') && t[k + 1].IsWord && t[k + 1].Lower.Length <= 12)
        {
            end = t[k + 1].End;
            k += 2;
            if (k + 1 < t.Count && t[k].Is('/') && t[k + 1].IsWord)
            {
                end = t[k + 1].End;
            }

            return end;
        }

        if (k < t.Count && t[k].IsWord && t[k].Lower == "each")
        {
            return t[k].End;
        }

        if (IsPer(t, k) && k + 1 < t.Count && t[k + 1].IsWord)
        {
            end = t[k + 1].End;
            k += 2;
            if (k + 1 < t.Count && (t[k].Is('/') || (t[k].IsWord && (t[k].Lower == "per" || t[k].Lower == "pro"))) && t[k + 1].IsWord)
            {
                end = t[k + 1].End;
            }
            else if (k < t.Count && t[k].IsWord && (t[k].Lower == "month" || t[k].Lower == "year" || t[k].Lower == "mes" || t[k].Lower == "mois" || t[k].Lower == "monat" || t[k].Lower == "месяц" || t[k].Lower == "год"))
            {
                end = t[k].End;
            }
        }

        return end;
    }

    private static bool IsPer(List<Token> t, int k)
    {
        if (k >= t.Count || !t[k].IsWord)
        {
            return false;
        }

        string w = t[k].Lower;
        return w == "per" || w == "pro" || w == "por" || w == "par" || w == "al" || w == "au" || w == "a" || w == "an" || w == "в" || w == "за" || w == "le" || w == "la" || w == "each" || w == "every";
    }

    private static bool IsPercentWord(string w) => w == "percent" || w == "prozent" || w == "pourcent" || w.StartsWith("процент", System.StringComparison.Ordinal);

    private static bool IsRateSuffix(string w) => w == "aer" || w == "apr" || w == "ear" || w == "apy" || w == "tae" || w == "tin" || w == "taeg" || w == "годовых" || w == "p.a" || w == "annual" || w == "annually" || w == "off" || w == "cashback" || w == "discount" || w == "rabatt" || w == "descuento" || w == "remise" || w == "sconto" || w == "desconto" || w == "скидка";

    private static bool IsBusinessDays(List<Token> t, int u) => u + 1 < t.Count && IsBusinessWord(t[u].Lower) && t[u + 1].IsWord && ValueLexicon.TimeUnits.Contains(t[u + 1].Lower);

    private static bool IsBusinessWord(string w) => w == "business" || w == "working" || w == "calendar" || w == "laborables" || w == "hábiles" || w == "ouvrés" || w == "ouvrables" || w == "lavorativi" || w == "úteis" || w == "рабочих" || w == "календарных";

    private static bool IsFormatNoun(string w) => w == "format" || w == "formato" || w == "clock" || w == "times" || w == "notation" || w == "style" || w == "format." || w == "формат" || w == "формате";

    private static bool IsOrdinalContext(string w) => w == "top" || w == "first" || w == "last" || w == "step" || w == "level" || w == "version" || w == "chapter" || w == "section" || w == "page" || w == "rule" || w == "v" || w == "the" || w == "priority" || w == "severity" || w == "review" || w == "item" || w == "option" || w == "python" || w == "c" || w == "net";

    private static bool IsFunctionWord(string w) => w.Length <= 1 || CueLexicon.FunctionWords.Contains(w);

    private static bool IsUpper(string text, int s, int e)
    {
        for (int i = s; i < e; i++)
        {
            if (!char.IsUpper(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
