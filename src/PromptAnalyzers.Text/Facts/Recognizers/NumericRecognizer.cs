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

    /// <summary>The value a number at <paramref name="index"/> starts: each pattern in turn, the first that matches wins.</summary>
    private static void RecognizeNumber(string text, List<Token> tokens, int index, List<Candidate> output)
    {
        if (IsMinutesOfClockTime(tokens, index))
        {
            return; // the minutes of "22:00" belong to the time, not to the word after it
        }

        if (TryRoundTheClock(tokens, index, output)
            || TryCjkDate(tokens, index, output)
            || TryPercentage(tokens, index, output)
            || TryTimeOfDay(tokens, index, output)
            || TryDayBeforeMonth(text, tokens, index, output)
            || TryNumericDate(tokens, index, output)
            || TryOrdinalDay(tokens, index, output)
            || TryMonthBeforeDay(text, tokens, index, output)
            || TryMonthAndYear(text, tokens, index, output)
            || TryYearAfterPreposition(tokens, index, output))
        {
            return;
        }

        RecognizeUnitAfterNumber(text, tokens, index, output);
    }

    /// <summary>The "00" of "22:00": a number glued after a colon that follows another number.</summary>
    private static bool IsMinutesOfClockTime(List<Token> tokens, int index)
    {
        if (index < 2)
        {
            return false;
        }

        Token colon = tokens[index - 1];
        return colon.Is(':') && colon.End == tokens[index].Start && tokens[index - 2].IsNumber && tokens[index - 2].End == colon.Start;
    }

    /// <summary>"24/7": open round the clock.</summary>
    private static bool TryRoundTheClock(List<Token> tokens, int index, List<Candidate> output)
    {
        Token number = tokens[index];
        if (number.Lower != "24" || index + 2 >= tokens.Count || !tokens[index + 1].Is('/') || tokens[index + 2].Lower != "7")
        {
            return false;
        }

        output.Add(new Candidate(number.Start, tokens[index + 2].End, FactKind.Schedule, Strength.Medium));
        return true;
    }

    /// <summary>Dates written with marks: "2024年3月15日", "3月15日", "3월 15일", "1998年".</summary>
    private static bool TryCjkDate(List<Token> tokens, int index, List<Candidate> output)
    {
        int end = CjkDateEnd(tokens, index);
        if (end <= 0)
        {
            return false;
        }

        output.Add(new Candidate(tokens[index].Start, end, FactKind.Date, Strength.Medium));
        return true;
    }

    /// <summary>Percentages and rates: "5%", "3 percent", "4.9% APR", "20% off", "10-15%".</summary>
    private static bool TryPercentage(List<Token> tokens, int index, List<Candidate> output)
    {
        if (index + 1 >= tokens.Count)
        {
            return false;
        }

        Token number = tokens[index];
        Token sign = tokens[index + 1];
        if (!((sign.Is('%') && sign.Start - number.End <= 1) || (sign.IsWord && IsPercentWord(sign.Lower))))
        {
            return false;
        }

        int end = sign.End;
        if (index + 2 < tokens.Count && tokens[index + 2].IsWord && IsRateSuffix(tokens[index + 2].Lower))
        {
            end = tokens[index + 2].End;
        }

        output.Add(new Candidate(tokens[RangeStart(tokens, index)].Start, end, FactKind.Percentage, Strength.Medium));
        return true;
    }

    /// <summary>Times of day and opening hours: "9:00", "9:00-17:00", "6 am", "3-5 pm", "18 Uhr", "9 h à 18 h".</summary>
    private static bool TryTimeOfDay(List<Token> tokens, int index, List<Candidate> output)
    {
        int end = index + 1 < tokens.Count ? TimeOfDay.End(tokens, index) : -1;
        if (end <= 0)
        {
            return false;
        }

        output.Add(new Candidate(tokens[index].Start, end, FactKind.Schedule, Strength.Medium) { HasClockTime = true });
        return true;
    }

    /// <summary>A day number before a month name: "31 January", "3. Juni 2025", "30 de abril".</summary>
    private static bool TryDayBeforeMonth(string text, List<Token> tokens, int index, List<Candidate> output)
    {
        Token day = tokens[index];
        if (index + 1 >= tokens.Count || day.Lower.Length > 2)
        {
            return false;
        }

        Token following = tokens[index + 1];
        if (following.IsWord && IsMonth(text, following))
        {
            output.Add(new Candidate(day.Start, YearAfter(tokens, index + 2, following.End), FactKind.Date, Strength.Medium));
            return true;
        }

        bool monthAfterLink = index + 2 < tokens.Count && tokens[index + 2].IsWord && IsMonth(text, tokens[index + 2]);
        if (monthAfterLink && following.Is('.') && following.Start == day.End)
        {
            output.Add(new Candidate(day.Start, YearAfter(tokens, index + 3, tokens[index + 2].End), FactKind.Date, Strength.Medium)); // "3. Juni 2025"
            return true;
        }

        if (monthAfterLink && following.IsWord && ValueLexicon.DayMonthLinks.Contains(following.Lower))
        {
            output.Add(new Candidate(day.Start, tokens[index + 2].End, FactKind.Date, Strength.Medium));
            return true;
        }

        return false;
    }

    /// <summary>Dates in digits: year first ("2024-05-01", "2024/5/1") or day first with a four-digit year ("01.02.2024", "15/03/2025").</summary>
    private static bool TryNumericDate(List<Token> tokens, int index, List<Candidate> output)
    {
        if (index + 1 >= tokens.Count)
        {
            return false;
        }

        Token first = tokens[index];
        Token separator = tokens[index + 1];
        bool yearFirst = first.Lower.Length == 4 && (separator.Is('-') || separator.Is('/')) && IsNumericDate(tokens, index);
        bool dayFirst = first.Lower.Length <= 2 && (separator.Is('.') || separator.Is('/')) && index + 4 < tokens.Count
            && tokens[index + 2].IsNumber && tokens[index + 3].Lower == separator.Lower
            && tokens[index + 4].IsNumber && tokens[index + 4].Lower.Length == 4 && tokens[index + 4].Start - first.End <= 6;
        if (!yearFirst && !dayFirst)
        {
            return false;
        }

        output.Add(new Candidate(first.Start, tokens[index + 4].End, FactKind.Date, Strength.Medium));
        return true;
    }

    /// <summary>A day written as an ordinal with its period: "the 5th of each month", "10-го числа".</summary>
    private static bool TryOrdinalDay(List<Token> tokens, int index, List<Candidate> output)
    {
        if (index + 1 >= tokens.Count)
        {
            return false;
        }

        Token day = tokens[index];
        Token suffix = tokens[index + 1];
        if (suffix.Start != day.End || !suffix.IsWord || !ValueLexicon.OrdinalSuffixes.Contains(suffix.Lower))
        {
            return false;
        }

        int link = index + 2;
        if (link + 1 < tokens.Count && tokens[link].IsWord && ValueLexicon.OrdinalDayLinks.Contains(tokens[link].Lower))
        {
            output.Add(new Candidate(day.Start, OrdinalPeriodEnd(tokens, index, link), FactKind.Date, Strength.Medium));
            return true;
        }

        if (suffix.Lower == ValueLexicon.RussianOrdinalSuffix && link < tokens.Count && tokens[link].IsWord && tokens[link].Lower == ValueLexicon.RussianDayOfMonth)
        {
            output.Add(new Candidate(day.Start, tokens[link].End, FactKind.Date, Strength.Medium));
            return true;
        }

        return false;
    }

    /// <summary>End of the words after "of" in "the 5th of each month": at most a few words, up to the month noun.</summary>
    private static int OrdinalPeriodEnd(List<Token> tokens, int index, int link)
    {
        int last = link;
        while (last + 1 < tokens.Count && tokens[last + 1].IsWord && last - index < 5)
        {
            last++;
            if (ValueLexicon.MonthPeriodNouns.Contains(tokens[last].Lower))
            {
                break;
            }
        }

        return tokens[last].End;
    }

    /// <summary>A month name before the day number: "April 30", "March 31, 2025".</summary>
    private static bool TryMonthBeforeDay(string text, List<Token> tokens, int index, List<Candidate> output)
    {
        Token day = tokens[index];
        if (index == 0 || day.Lower.Length > 2)
        {
            return false;
        }

        Token month = tokens[index - 1];
        if (!month.IsWord || !IsMonth(text, month) || day.Start - month.End > 1)
        {
            return false;
        }

        output.Add(new Candidate(month.Start, YearAfter(tokens, index + 1, day.End), FactKind.Date, Strength.Medium));
        return true;
    }

    /// <summary>A month and a year: "started March 2025", "expected Dec 2026" (a day before the month is handled above).</summary>
    private static bool TryMonthAndYear(string text, List<Token> tokens, int index, List<Candidate> output)
    {
        Token year = tokens[index];
        if (index == 0 || !IsYear(year.Lower))
        {
            return false;
        }

        Token month = tokens[index - 1];
        if (!month.IsWord || !IsMonth(text, month) || year.Start - month.End != 1)
        {
            return false;
        }

        output.Add(new Candidate(month.Start, year.End, FactKind.Date, Strength.Medium));
        return true;
    }

    /// <summary>A year after a preposition: "founded in 1998", "since 2011"; not the start of a numeric date ("in 2024-05").</summary>
    private static bool TryYearAfterPreposition(List<Token> tokens, int index, List<Candidate> output)
    {
        Token year = tokens[index];
        if (index == 0 || !IsYear(year.Lower))
        {
            return false;
        }

        Token preposition = tokens[index - 1];
        if (!preposition.IsWord || !ValueLexicon.YearPrepositions.Contains(preposition.Lower))
        {
            return false;
        }

        bool startsNumericDate = index + 2 < tokens.Count && (tokens[index + 1].Is('.') || tokens[index + 1].Is('-')) && tokens[index + 2].IsNumber;
        if (startsNumericDate)
        {
            return false;
        }

        output.Add(new Candidate(preposition.Start, year.End, FactKind.Date, Strength.Medium));
        return true;
    }

    /// <summary>
    /// The unit word after the number (skipping a range "3-5", "2 x 23", "24-hour"): a temperature, a duration or term, a
    /// measure, or a count of things.
    /// </summary>
    private static void RecognizeUnitAfterNumber(string text, List<Token> tokens, int index, List<Candidate> output)
    {
        int rangeStart = RangeStart(tokens, index);
        if (TryTemperature(text, tokens, index, rangeStart, output) || IsFirstNumberOfRange(tokens, index))
        {
            return;
        }

        int unitIndex = UnitIndexAfter(tokens, index);
        if (unitIndex >= tokens.Count || !tokens[unitIndex].IsWord)
        {
            return;
        }

        if (tokens[unitIndex].IsCjk)
        {
            RecognizeCjkUnit(tokens, index, unitIndex, output);
            return;
        }

        Token unit = tokens[unitIndex];
        if (unit.Start - tokens[unitIndex - 1].End > 1 || IsFormatAdjective(tokens, index, unitIndex))
        {
            return;
        }

        string word = WordBeforeHyphen(unit.Lower);
        int qualifier = QualifierStart(tokens, rangeStart);
        int start = qualifier >= 0 ? tokens[qualifier].Start : tokens[rangeStart].Start;
        if (TryDuration(tokens, unitIndex, word, start, qualifier >= 0, output))
        {
            return;
        }

        bool measure = ValueLexicon.MeasureUnits.Contains(word) || ValueLexicon.MeasureUnits.Contains(unit.Lower);
        if (measure || IsCountedThing(text, tokens, index, unit, word))
        {
            output.Add(new Candidate(start, PerSuffix(tokens, unitIndex + 1, unit.End), FactKind.Quantity, Strength.Weak));
        }
    }

    /// <summary>A temperature: "30℃", "26～30 °C", "75°F".</summary>
    private static bool TryTemperature(string text, List<Token> tokens, int index, int rangeStart, List<Candidate> output)
    {
        int sign = index + 1;
        if (!IsTemperatureAt(text, tokens, sign))
        {
            return false;
        }

        bool degreeThenLetter = tokens[sign].Lower == "\u00B0" && sign + 1 < tokens.Count && tokens[sign + 1].IsWord && tokens[sign + 1].Start == tokens[sign].End;
        int end = degreeThenLetter ? tokens[sign + 1].End : tokens[sign].End;
        output.Add(new Candidate(tokens[rangeStart].Start, end, FactKind.Quantity, Strength.Weak));
        return true;
    }

    /// <summary>The first number of a range or size ("3-5", "2 x 23", "24 bis 48"): the second number reports the whole.</summary>
    private static bool IsFirstNumberOfRange(List<Token> tokens, int index)
        => index + 2 < tokens.Count && IsRangeMark(tokens[index + 1]) && tokens[index + 2].IsNumber;

    private static bool IsRangeMark(Token mark) => mark.IsDash || ValueLexicon.RangeMarks.Contains(mark.Lower) || IsRangeWord(mark);

    /// <summary>Index of the unit word after the number, past a glued dash ("10-year", "24-Stunden").</summary>
    private static int UnitIndexAfter(List<Token> tokens, int index)
    {
        int unitIndex = index + 1;
        if (unitIndex + 1 < tokens.Count && tokens[unitIndex].IsDash && tokens[unitIndex + 1].IsWord && tokens[unitIndex + 1].Start == tokens[unitIndex].End)
        {
            unitIndex++;
        }

        return unitIndex;
    }

    private static string WordBeforeHyphen(string word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen > 0 ? word.Substring(0, hyphen) : word;
    }

    /// <summary>A compound adjective of a format, not a value: "24-hour format", "12-hour times", "24-hour-format".</summary>
    private static bool IsFormatAdjective(List<Token> tokens, int index, int unitIndex)
    {
        Token unit = tokens[unitIndex];
        bool beforeFormatNoun = unitIndex + 1 < tokens.Count && tokens[unitIndex + 1].IsWord
            && (IsFormatNoun(tokens[unitIndex + 1].Lower) || CueLexicon.OutputNouns.Contains(tokens[unitIndex + 1].Lower))
            && (unit.Start > tokens[index].End || unitIndex > index + 1);
        if (beforeFormatNoun)
        {
            return true;
        }

        return unit.Lower.IndexOf('-') > 0 && (unit.Lower.EndsWith("format", System.StringComparison.Ordinal) || unit.Lower.EndsWith("formato", System.StringComparison.Ordinal));
    }

    /// <summary>
    /// A duration, a term when a qualifier or a term word goes with it: "30 days", "within 14 days", "2 business days",
    /// "30 días hábiles", "24 hours before departure", "30 days' notice".
    /// </summary>
    private static bool TryDuration(List<Token> tokens, int unitIndex, string word, int start, bool qualified, List<Candidate> output)
    {
        bool businessDays = IsBusinessDays(tokens, unitIndex);
        if (!ValueLexicon.TimeUnits.Contains(word) && !businessDays)
        {
            return false;
        }

        int end = tokens[unitIndex].End;
        int afterUnit = unitIndex + 1;
        if (businessDays)
        {
            // "2 business days": the unit follows the qualifier.
            end = tokens[unitIndex + 1].End;
            afterUnit = unitIndex + 2;
        }
        else if (unitIndex + 1 < tokens.Count && tokens[unitIndex + 1].IsWord && IsBusinessWord(tokens[unitIndex + 1].Lower))
        {
            // "30 días hábiles": the qualifier follows the unit.
            end = tokens[unitIndex + 1].End;
            afterUnit = unitIndex + 2;
        }

        bool term = qualified || HasTermAfter(tokens, afterUnit);
        output.Add(new Candidate(start, TermEnd(tokens, afterUnit, end), FactKind.Duration, term ? Strength.Medium : Strength.Weak));
        return true;
    }

    /// <summary>
    /// A count of things: "up to 12 items", "420 employees", "1,800 clinics"; not an output size, a rating, a function word,
    /// a reference ("#48213"), a house number before a name ("227 Nguyễn") or a number after an ordinal word ("step 3", "top 10").
    /// </summary>
    private static bool IsCountedThing(string text, List<Token> tokens, int index, Token unit, string word)
    {
        if (CueLexicon.OutputNouns.Contains(word) || CueLexicon.RatingUnits.Contains(word) || IsFunctionWord(word) || unit.Lower.Length < 3 || char.IsUpper(text[unit.Start]))
        {
            return false;
        }

        if (index == 0)
        {
            return true;
        }

        Token previous = tokens[index - 1];
        if (previous.Is('#') && previous.End == tokens[index].Start)
        {
            return false;
        }

        return !(previous.IsWord && (IsOrdinalContext(previous.Lower) || CueLexicon.RatingUnits.Contains(previous.Lower)));
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

            output.Add(new Candidate(w.Start, end, FactKind.Schedule, Strength.Medium) { HasWeekdays = true });
            return;
        }

        // a duration with its number written out, after a term word: "valid for one year", "within thirty days"
        if (ValueLexicon.NumberWords.Contains(w.Lower) && i + 1 < t.Count && t[i + 1].IsWord && !t[i + 1].IsCjk && QualifierStart(t, i) is int qualifier and >= 0
            && TryDuration(t, i + 1, WordBeforeHyphen(t[i + 1].Lower), t[qualifier].Start, true, output))
        {
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
        if (i >= 2 && t[i - 2].IsNumber && IsRangeMark(t[i - 1]) && t[i].Start - t[i - 2].End <= 5)
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

    private static bool IsQualifier(string word) => ValueLexicon.TermPrepositions.Contains(word) || ValueLexicon.LimitWords.Contains(word);

    private static bool HasTermAfter(List<Token> tokens, int index)
    {
        if (index < tokens.Count && tokens[index].IsWord)
        {
            string word = tokens[index].Lower;
            return ValueLexicon.TermWordsAfter.Contains(word) || (word == "in" && index + 1 < tokens.Count && tokens[index + 1].Lower == "advance");
        }

        return index < tokens.Count && tokens[index].Is('\'');
    }

    private static int TermEnd(List<Token> t, int k, int end)
    {
        // "30 days' notice", "24 hours before departure"
        if (k < t.Count && t[k].Is('\'') && k + 1 < t.Count && t[k + 1].IsWord)
        {
            return t[k + 1].End;
        }

        if (k + 1 < t.Count && t[k].IsWord && ValueLexicon.TermDirections.Contains(t[k].Lower) && t[k + 1].IsWord)
        {
            int eventEnd = t[k + 1].End;
            if (ValueLexicon.TermEventArticles.Contains(t[k + 1].Lower) && k + 2 < t.Count && t[k + 2].IsWord)
            {
                eventEnd = t[k + 2].End;
            }

            return eventEnd;
        }

        return end;
    }

    private static int MoneySuffix(List<Token> t, int k, int end)
    {
        // "HT", "net", then "/month", "per user/month", "each", "a glass"
        if (k < t.Count && t[k].IsWord && ValueLexicon.TaxMarks.Contains(t[k].Lower))
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
            if (k + 1 < t.Count && (t[k].Is('/') || (t[k].IsWord && ValueLexicon.SecondPerWords.Contains(t[k].Lower))) && t[k + 1].IsWord)
            {
                end = t[k + 1].End;
            }
            else if (k < t.Count && t[k].IsWord && ValueLexicon.BillingPeriods.Contains(t[k].Lower))
            {
                end = t[k].End;
            }
        }

        return end;
    }

    private static bool IsPer(List<Token> tokens, int index) => index < tokens.Count && tokens[index].IsWord && ValueLexicon.PerWords.Contains(tokens[index].Lower);

    private static bool IsPercentWord(string w) => w == "percent" || w == "prozent" || w == "pourcent" || w.StartsWith("процент", System.StringComparison.Ordinal);

    private static bool IsRateSuffix(string word) => ValueLexicon.RateSuffixes.Contains(word);

    private static bool IsBusinessDays(List<Token> t, int u) => u + 1 < t.Count && IsBusinessWord(t[u].Lower) && t[u + 1].IsWord && ValueLexicon.TimeUnits.Contains(t[u + 1].Lower);

    private static bool IsBusinessWord(string word) => ValueLexicon.BusinessDayWords.Contains(word);

    private static bool IsFormatNoun(string word) => ValueLexicon.ClockFormatNouns.Contains(word);

    private static bool IsOrdinalContext(string word) => ValueLexicon.OrdinalContextWords.Contains(word);

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
