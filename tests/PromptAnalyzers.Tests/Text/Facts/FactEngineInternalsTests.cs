using PromptAnalyzers.Text.Facts;
using PromptAnalyzers.Text.Facts.Lexicon;
using PromptAnalyzers.Text.Facts.Recognizers;

namespace PromptAnalyzers.Tests.Text.Facts;

/// <summary>
/// The fact engine's hot helpers, rewritten for speed, give what the plain string calls they replaced give: lower-cased
/// parts (<see cref="LowerCase"/>), the phrase search's word starts (<see cref="PhraseIndex"/>) and one-character tokens.
/// </summary>
public sealed class FactEngineInternalsTests
{
    public static TheoryData<string> Texts() => new()
    {
        "plain lower case text, already as it should be",
        "The Pro Plan Costs $49/Month",
        "ÉTÉ À PARIS: Öffnungszeiten MONTAG–FREITAG",
        "ПОНЕДЕЛЬНИК и Вторник; ΣΑΒΒΑΤΟ",
        "営業時間は９：００～１８：００、ＡＢＣ株式会社",
        "İstanbul ıI Straße ǅ ǈ",
        "\U00010400\U00010401 Deseret and \U0001E900 Adlam capitals",
        "a lone high \uD801 and a lone low \uDC00 surrogate",
        "",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_lower_cased_part_equals_the_lower_cased_substring(string text)
    {
        for (int start = 0; start <= text.Length; start += Math.Max(1, text.Length / 7))
        {
            for (int length = 0; start + length <= text.Length; length += Math.Max(1, text.Length / 5))
            {
                Assert.Equal(text.Substring(start, length).ToLowerInvariant(), LowerCase.Slice(text, start, length));
                Assert.Equal(" " + text.Substring(start, length).ToLowerInvariant() + " ", LowerCase.Padded(text, start, length));
            }
        }
    }

    [Fact]
    public void A_part_longer_than_the_scratch_buffer_is_lowered_whole()
    {
        var text = string.Concat(Enumerable.Repeat("Refunds Within 30 DAYS. ", 400)); // 9,600 characters
        Assert.Equal(text.ToLowerInvariant(), LowerCase.Slice(text, 0, text.Length));
        Assert.Equal("within 30 days. refunds", LowerCase.Slice(text, 8, 23));
        Assert.Equal(" " + text.ToLowerInvariant() + " ", LowerCase.Padded(text, 0, text.Length));
        Assert.Equal(" refunds ", LowerCase.Padded(text, text.Length - 24, 7));
    }

    [Theory]
    [InlineData("please see the refund policy", "refund", 15)] // a word start
    [InlineData("nonrefundable items", "refund", -1)] // the middle of a word of a spaced script
    [InlineData("Refund: none", "refund", -1)] // phrases are lower case; the text is searched as given
    [InlineData("übernachtung refund", "refund", 13)] // a word start after a non-ASCII word
    [InlineData("überrefund", "refund", -1)] // the middle of a word that starts with a non-ASCII letter
    [InlineData("退款政策如下", "政策", 2)] // a script without spaces: any position
    [InlineData("price政策", "政策", 5)] // a script without spaces right after a word of a spaced one
    [InlineData("x-refund", "refund", 2)] // after a hyphen
    [InlineData("costs  per month", " per ", 6)] // a phrase with a leading space is found by its first letter
    public void A_phrase_is_found_at_a_word_start_or_in_a_script_without_spaces(string text, string phrase, int expected)
    {
        var index = new PhraseIndex(new[] { phrase });
        Assert.Equal(expected, index.IndexOf(text, 0, out _));
    }

    [Fact]
    public void The_phrase_search_starts_where_it_is_told_and_stops_at_the_end_it_is_given()
    {
        var index = new PhraseIndex(new[] { "open", "opening hours" });
        const string text = "open daily; opening hours vary";
        Assert.Equal(0, index.IndexOf(text, 0, out var first));
        Assert.Equal("open", first);
        Assert.Equal(12, index.IndexOf(text, 1, out var longest));
        Assert.Equal("opening hours", longest); // the longest phrase at a position wins
        Assert.Equal(12, index.IndexOf(text, 1, 19, out var cut));
        Assert.Equal("open", cut); // "opening hours" does not fit before 19
        Assert.Equal(-1, index.IndexOf(text, 13, out _)); // "pening": a word's middle
    }

    [Fact]
    public void The_phrase_search_compares_every_char_up_to_the_text_end()
    {
        // The comparison is a char loop of its own: a phrase differing only in its last char is not found, one that ends
        // exactly at the text's end (or at the end it is given) is, and one running past either is not tried.
        var index = new PhraseIndex(new[] { "refund window", "refunds" });
        Assert.Equal(-1, index.IndexOf("a refund windoe", 0, out _));
        Assert.Equal(2, index.IndexOf("a refund window", 0, out var atEnd));
        Assert.Equal("refund window", atEnd);
        Assert.Equal(-1, index.IndexOf("a refund windo", 0, out _));
        Assert.Equal(-1, index.IndexOf("a refunds", 0, 8, out _));
        Assert.Equal(2, index.IndexOf("a refunds", 0, 9, out var cut));
        Assert.Equal("refunds", cut);
        Assert.True(index.StartsWith("refunds policy", 0, out var starts));
        Assert.Equal("refunds", starts);
        Assert.False(index.StartsWith("refundz", 0, out _));
    }

    [Fact]
    public void The_phrase_search_reads_a_window_of_a_buffer_as_its_whole_text()
    {
        // A window starts a word at its first char and ends every phrase at its last, as a copy of the same chars would.
        var index = new PhraseIndex(new[] { "refund", "refunds" });
        const string buffer = "nonrefundable; our refunds today";
        Assert.Equal(19, index.IndexOf(buffer, 0, out var whole));
        Assert.Equal("refunds", whole); // "refund" at 3 is the middle of a word
        Assert.Equal(0, index.IndexOf(buffer.AsSpan(3, 10), 0, out var atStart));
        Assert.Equal("refund", atStart); // "refundable": the window's first char starts a word
        Assert.Equal(4, index.IndexOf(buffer.AsSpan(15, 11), 0, out var atEnd));
        Assert.Equal("refunds", atEnd); // "our refunds": a phrase ending at the window's end
        Assert.Equal(4, index.IndexOf(buffer.AsSpan(15, 10), 0, out var cut));
        Assert.Equal("refund", cut); // "our refund": "refunds" would cross the window's end
        Assert.Equal(-1, index.IndexOf(buffer.AsSpan(15, 9), 0, out _)); // "our refun"
        Assert.Equal(-1, index.IndexOf(buffer.AsSpan(15, 11), 5, out _)); // "efunds": the middle of a word
        Assert.True(index.ContainsAny(buffer.AsSpan(19, 6)));
        Assert.False(index.ContainsAny(buffer.AsSpan(20, 6)));
    }

    [Fact]
    public void A_window_starts_and_ends_words_for_the_word_searches()
    {
        var refund = new PhraseIndex(new[] { "refund" });
        const string afterCjk = "价格refund";
        Assert.Equal(-1, refund.IndexOfWord(afterCjk, 0, out _)); // right after a letter of a script without spaces
        Assert.Equal(0, refund.IndexOfWord(afterCjk.AsSpan(2), 0, out _)); // the window's first char starts a word

        var no = new PhraseIndex(new[] { "no" });
        Assert.False(no.StartsWithWord("not now".AsSpan(), 0)); // "no" is not the start of "not"
        Assert.True(no.StartsWithWord("not now".AsSpan(0, 2), 0)); // the window ends the word
        Assert.False(no.StartsWithWord("not now".AsSpan(4), 0)); // "now"
        Assert.True(no.StartsWith("not now".AsSpan(4), 0, out var phrase));
        Assert.Equal("no", phrase);
    }

    [Fact]
    public void A_lent_buffer_holds_the_lower_case_and_is_not_lent_twice()
    {
        var index = new PhraseIndex(new[] { "refunds" });
        const string text = "See Our REFUNDS Today";
        char[] lowered = LowerCase.Lend(text, 4, 11);
        Assert.Equal("our refunds", new string(lowered, 0, 11));
        Assert.Equal(4, index.IndexOf(lowered.AsSpan(0, 11), 0, out var found));
        Assert.Equal("refunds", found);
        Assert.Equal(-1, index.IndexOf(text.AsSpan(4, 11), 0, out _)); // the search reads the text as given: lower it first

        char[] nested = LowerCase.Lend("ABC", 0, 3); // while the first is read: a buffer of its own
        Assert.NotSame(lowered, nested);
        Assert.Equal("abc", new string(nested, 0, 3));
        Assert.Equal("our refunds", new string(lowered, 0, 11));
        LowerCase.GiveBack(nested);
        LowerCase.GiveBack(lowered);
        Assert.Same(lowered, LowerCase.Lend("X", 0, 1)); // the last one given back is lent again
        LowerCase.GiveBack(lowered);

        var longText = string.Concat(Enumerable.Repeat("Refunds Within 30 DAYS. ", 200)); // 4,800 characters
        char[] own = LowerCase.Lend(longText, 0, longText.Length);
        Assert.Equal(longText.ToLowerInvariant(), new string(own, 0, longText.Length));
        LowerCase.GiveBack(own); // too long to keep
        Assert.Same(lowered, LowerCase.Lend("X", 0, 1));
        LowerCase.GiveBack(lowered);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_lent_lower_case_equals_the_lower_cased_substring(string text)
    {
        for (int start = 0; start <= text.Length; start += Math.Max(1, text.Length / 7))
        {
            for (int length = 0; start + length <= text.Length; length += Math.Max(1, text.Length / 5))
            {
                char[] lowered = LowerCase.Lend(text, start, length);
                Assert.Equal(text.Substring(start, length).ToLowerInvariant(), new string(lowered, 0, length));
                LowerCase.GiveBack(lowered);
            }
        }
    }

    [Theory]
    [InlineData("please remember that we close at 6", 100, 121)] // after "remember that" and the space
    [InlineData("we close at 6", 100, -1)]
    public void A_statement_is_introduced_after_its_cue(string lower, int s, int expected)
    {
        Assert.Equal(expected, InstructionClassifier.IntroducedStatementStart(lower.AsSpan(), s));
    }

    [Theory]
    [InlineData("pay by card, e.g. visa", 10, 23)] // values after "e.g." only illustrate
    [InlineData("great service -> positive", 10, 10)] // an input mapped to a one-word label: the whole unit is an example
    [InlineData("great service -> then we ship the order to the address you gave us", 10, 76)] // not a label: the unit ends at 10 + 66
    [InlineData("we open at 9", 10, 22)]
    public void Examples_start_at_a_cue_or_with_an_arrow_to_a_label(string lower, int s, int expected)
    {
        Assert.Equal(expected, InstructionClassifier.ExampleStart(lower.AsSpan(), s));
    }

    [Theory]
    [InlineData("PHONE 555 0100", 6, 40, true)] // lower-cased before it is searched
    [InlineData("Hotel 555 0100", 6, 40, false)] // "tel" in the middle of a word
    [InlineData("Ask Wanda 555 0100", 10, 40, false)] // "wa" starts "wanda": a short cue is a whole word
    [InlineData("Xcall 555 0100", 6, 5, false)] // "call" right after a letter before the window
    [InlineData("call 555 0100", 5, 40, true)]
    [InlineData("电话555 0100", 2, 40, true)] // a script without spaces needs no boundary
    public void A_phone_cue_is_a_word_in_the_reach_before_the_number(string text, int i, int reach, bool expected)
    {
        Assert.Equal(expected, ContactLexicon.HasCueBefore(text, 0, i, reach, ContactLexicon.PhoneCues));
    }

    [Fact]
    public void A_cue_window_longer_than_the_stack_one_is_read_whole()
    {
        string text = "Call " + new string('.', 80) + "555 0100"; // the number at 85
        Assert.True(ContactLexicon.HasCueBefore(text, 0, 85, 100, ContactLexicon.PhoneCues));
        Assert.False(ContactLexicon.HasCueBefore(text, 0, 85, 40, ContactLexicon.PhoneCues)); // "call" is out of reach
        Assert.False(ContactLexicon.HasCueBefore(text, 10, 85, 100, ContactLexicon.PhoneCues)); // or before the unit
    }

    [Fact]
    public void One_character_tokens_read_full_width_forms_as_ascii()
    {
        const string text = "＃ ～ ＄１２ 〜 - % Ｑ";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        Assert.Equal(new[] { "#", "~", "$", "12", "~", "-", "%", "ｑ" }, tokens.Select(t => t.Lower));
        Assert.Equal(new[] { TokenKind.Symbol, TokenKind.Symbol, TokenKind.Symbol, TokenKind.Number, TokenKind.Symbol, TokenKind.Symbol, TokenKind.Symbol, TokenKind.Word }, tokens.Select(t => t.Kind));
        Assert.All(tokens, t => Assert.Equal(t.End - t.Start, t.Lower.Length));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_word_from_the_word_cache_equals_the_lower_cased_substring(string text)
    {
        for (int start = 0; start <= text.Length; start++)
        {
            foreach (int length in new[] { 0, 1, 2, 5, 24, 25, 40 })
            {
                if (start + length <= text.Length)
                {
                    Assert.Equal(text.Substring(start, length).ToLowerInvariant(), LowerCase.Word(text, start, length));
                    Assert.Equal(text.Substring(start, length), LowerCase.Shared(text.AsSpan(start, length)));
                }
            }
        }
    }

    [Fact]
    public void The_word_cache_gives_the_same_string_again_and_never_a_colliding_one()
    {
        const string text = "The Refund POLICY";
        string first = LowerCase.Word(text, 4, 6);
        Assert.Equal("refund", first);
        Assert.Same(first, LowerCase.Word("a refund", 2, 6));

        // 5,000 words in 1,024 slots: most share a slot with another, and each still comes back as itself
        string[] words = Enumerable.Range(0, 5000).Select(n => "W" + n.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        for (int round = 0; round < 2; round++)
        {
            foreach (string word in words)
            {
                Assert.Equal(word.ToLowerInvariant(), LowerCase.Word(word, 0, word.Length));
            }
        }
    }

    [Fact]
    public void The_next_word_skips_what_is_not_a_letter_and_reads_apostrophes_and_hyphens()
    {
        const string head = "  don\u2019t-worry, ok";
        int p = 0;
        Assert.Equal("don't-worry", InstructionClassifier.NextWord(head, ref p));
        Assert.Equal(13, p);
        Assert.Equal("ok", InstructionClassifier.NextWord(head, ref p));
        Assert.Equal(17, p);
        Assert.Equal(string.Empty, InstructionClassifier.NextWord(head, ref p));
        Assert.Equal(17, p);

        int q = 0; // longer than the word cache takes: copied as before
        Assert.Equal("supercalifragilisticexpialidocious's", InstructionClassifier.NextWord("supercalifragilisticexpialidocious\u2019s -", ref q));
        Assert.Equal(36, q);
    }

    [Theory]
    [InlineData(" - Stars : 2", true)] // a grade label, read trimmed and lower-cased after the list marker
    [InlineData("SENTIMENT: negative", true)]
    [InlineData("Owner: Jane Doe", false)] // a label, but no grade: the lines above state facts
    [InlineData("Star rating value: 2", false)] // three words: no label
    [InlineData("Stars: two of five, and only after the second visit", false)] // a grade with a long value is not a score
    public void A_paragraph_of_labelled_lines_with_a_short_grade_is_a_graded_record(string lastLine, bool graded)
    {
        string prompt = "context: Our store opens at 9 am and closes at 6 pm on weekdays.\nnote: Returns are accepted within 30 days.\n" + lastLine;
        Assert.Equal(graded, FactDetector.Detect(prompt).Facts.Count == 0);
    }

    [Theory]
    [InlineData("WE\u2019LL ship the order today", true)] // "we'll": the typographic apostrophe read as ', the word lower-cased
    [InlineData("Ship it, then tell them OUR hours", true)]
    [InlineData("The shop ships orders today", false)]
    [InlineData("Tell them we\u2019ll be late", true)]
    [InlineData("Tell them well before noon", false)] // "well" is not "we'll"
    public void A_unit_speaks_for_the_business_by_a_first_person_plural_word(string unit, bool expected)
    {
        Assert.Equal(expected, SampleContext.SpeaksForTheBusiness(unit, 0, unit.Length));
    }
}
