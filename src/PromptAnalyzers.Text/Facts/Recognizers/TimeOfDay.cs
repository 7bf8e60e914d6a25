using System.Collections.Generic;
using PromptAnalyzers.Text.Facts.Lexicon;

namespace PromptAnalyzers.Text.Facts.Recognizers;

/// <summary>
/// Times of day and their ranges in any script: "9:00", "9:00-17:00", "6 am", "3-5 pm", "18 Uhr", "9h30", "9 h à 18 h",
/// "9時30分", "9点", "9시 30분", "午後3時", "pukul 08.00-17.00", "lúc 9 giờ".
/// </summary>
internal static class TimeOfDay
{
    /// <summary>End offset of a time or time range that starts at number token i, or -1.</summary>
    public static int End(List<Token> t, int i)
    {
        int end = SingleEnd(t, i, out int after, out bool strong);
        if (end < 0)
        {
            // "3-5 pm", "4 to 6 pm", "9 h à 18 h": the clock word comes with the second number only
            int connector = ConnectorEnd(t, i + 1);
            if (connector > 0 && connector + 1 < t.Count && t[connector + 1].IsNumber)
            {
                int end2 = SingleEnd(t, connector + 1, out _, out bool strong2);
                if (end2 > 0 && strong2)
                {
                    return end2;
                }
            }

            return -1;
        }

        // a range: "9:00-17:00", "6 am-4 pm", "7–21 Uhr", "9時から18時", "08.00-17.00"
        int c = ConnectorEnd(t, after);
        if (c > 0 && c + 1 < t.Count && t[c + 1].IsNumber)
        {
            int end2 = SingleEnd(t, c + 1, out _, out bool strong2);
            if (end2 > 0 && (strong || strong2))
            {
                return end2;
            }
        }

        return strong ? end : -1;
    }

    /// <summary>Index of the last token of a range connector at k ("-", "to", "bis", "から", "至", "đến"), or -1.</summary>
    private static int ConnectorEnd(List<Token> t, int k)
    {
        if (k >= t.Count)
        {
            return -1;
        }

        int end = t[k].IsDash ? k : Tokenizer.MatchWord(t, k, ValueLexicon.RangeConnectors);
        int prefix = end >= 0 ? Tokenizer.MatchWord(t, end + 1, ValueLexicon.ClockWordsBefore) : -1;
        return prefix >= 0 ? prefix : end; // "10点到晚上8点", "오전 9시부터 오후 6시"
    }

    /// <summary>End of one time of day at number token i, or -1; <paramref name="strong"/> when its shape alone makes it a time.</summary>
    private static int SingleEnd(List<Token> t, int i, out int after, out bool strong)
    {
        after = i + 1;
        strong = false;
        Token n = t[i];
        if (!n.IsNumber)
        {
            return -1;
        }

        bool announced = i > 0 && Tokenizer.MatchWordEndingAt(t, i - 1, ValueLexicon.ClockWordsBefore) >= 0;
        int end = n.End;
        int k = i + 1;
        if (IsDotTime(n.Lower))
        {
            // "08.00" is a time only when announced ("pukul 08.00"), followed by a clock word or zone, or in a range
            strong = announced;
        }
        else if (n.Lower.Length > 2)
        {
            return -1;
        }
        else if (k + 1 < t.Count && t[k].Is(':') && t[k].Start == n.End && t[k + 1].IsNumber && t[k + 1].Lower.Length == 2 && t[k + 1].Start == t[k].End)
        {
            end = t[k + 1].End;
            k += 2;
            strong = true;
        }

        int clock = k < t.Count && t[k].Start - end <= 1 ? Tokenizer.MatchWord(t, k, ValueLexicon.ClockWords) : -1;
        if (clock >= 0 && Tokenizer.MatchWord(t, k, ValueLexicon.TimeUnits) <= clock)
        {
            // "9時" is a time, "9時間" a duration
            end = t[clock].End;
            k = clock + 1;
            strong = true;
            k = MinutesAfter(t, k, ref end);
            if (k < t.Count && t[k].IsWord && ValueLexicon.TimeZones.Contains(t[k].Lower))
            {
                end = t[k].End;
                k++;
            }
        }
        else if (k < t.Count && t[k].IsWord && ValueLexicon.TimeZones.Contains(t[k].Lower) && (strong || IsDotTime(n.Lower)) && t[k].Start - end <= 1)
        {
            end = t[k].End; // "08.00 WIB", "15:00 UTC"
            k++;
            strong = true;
        }
        else if (announced && n.Lower.Length <= 2)
        {
            strong = true; // "pukul 9", "lúc 9", "午後3"
        }
        else if (!strong && !IsDotTime(n.Lower))
        {
            return -1;
        }

        after = k;
        return end;
    }

    /// <summary>"9h30", "9時30分", "9点半", "9시 30분": minutes after the clock word.</summary>
    private static int MinutesAfter(List<Token> t, int k, ref int end)
    {
        if (k < t.Count && t[k].IsNumber && t[k].Lower.Length == 2 && t[k].Start - end <= 1)
        {
            end = t[k].End;
            k++;
            int minute = Tokenizer.MatchWord(t, k, ValueLexicon.MinuteWords);
            if (minute >= 0 && t[minute].Start - end <= 1)
            {
                end = t[minute].End;
                k = minute + 1;
            }
        }
        else if (k < t.Count && t[k].IsCjk && t[k].Lower == "\u534A" && t[k].Start == end)
        {
            end = t[k].End; // 半: half past
            k++;
        }

        return k;
    }

    /// <summary>"08.00", "17.30": hours and minutes written with a dot.</summary>
    private static bool IsDotTime(string number)
    {
        int dot = number.IndexOf('.');
        if (dot < 1 || dot > 2 || number.Length - dot != 3)
        {
            return false;
        }

        int hours = (number[0] - '0') * (dot == 2 ? 10 : 1) + (dot == 2 ? number[1] - '0' : 0);
        int minutes = (number[dot + 1] - '0') * 10 + (number[dot + 2] - '0');
        return hours <= 24 && minutes < 60;
    }
}
