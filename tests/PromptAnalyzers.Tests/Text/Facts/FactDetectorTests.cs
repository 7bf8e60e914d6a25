using PromptAnalyzers.Text.Facts;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Facts;

public sealed class FactDetectorTests
{
    private static FactReport Detect(string text) => FactDetector.Detect(text);

    private static void HasFact(string text, FactKind kind, string quote)
    {
        var report = Detect(text);
        Assert.True(report.Facts.Any(f => f.Kind == kind && f.Text.Contains(quote)), $"expected {kind} '{quote}', got: {string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text))}");
    }

    private static void NoFacts(string text)
    {
        var report = Detect(text);
        Assert.True(report.Facts.Count == 0 && !report.HasReferenceBlock, "expected no facts, got: " + string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text)));
    }

    // ---- per fact kind ----
    [Theory]
    [InlineData("The Pro plan costs $49/month.", "$49/month")]
    [InlineData("A night in the chalet is 180 € per night.", "180 €")]
    [InlineData("Shipping is £4.99 for small parcels.", "£4.99")]
    [InlineData("Die Jahreskarte kostet 1.250,00 EUR.", "1.250,00 EUR")]
    [InlineData("Абонемент стоит 3 500 ₽ в месяц.", "3 500 ₽")]
    public void Money(string text, string quote) => HasFact(text, FactKind.Money, quote);

    [Theory]
    [InlineData("Savings earn 4.2% AER.", "4.2% AER")]
    [InlineData("Auslandsüberweisungen kosten 1,5 % des Betrags.", "1,5 %")]
    public void Percentage(string text, string quote) => HasFact(text, FactKind.Percentage, quote);

    [Theory]
    [InlineData("The clinic is open 8:00-19:00.", "8:00-19:00")]
    [InlineData("Happy hour is 3-5 pm.", "3-5 pm")]
    [InlineData("Die Praxis ist Mo–Fr geöffnet.", "Mo–Fr")]
    [InlineData("La oficina abre de lunes a viernes.", "lunes a viernes")]
    public void Schedule(string text, string quote) => HasFact(text, FactKind.Schedule, quote);

    [Theory]
    [InlineData("Registration closes on 31 January.", "31 January")]
    [InlineData("The course starts 2025-09-01.", "2025-09-01")]
    [InlineData("The library was founded in 1921.", "1921")]
    [InlineData("The winter timetable runs until March 2026.", "March 2026")]
    [InlineData("Our new branch opened in Sept 2024.", "Sept 2024")]
    public void Date(string text, string quote) => HasFact(text, FactKind.Date, quote);

    [Theory]
    [InlineData("Returns are accepted within 30 days.", "within 30 days")]
    [InlineData("Cancellation requires 30 days' notice.", "30 days' notice")]
    public void Duration(string text, string quote) => HasFact(text, FactKind.Duration, quote);

    [Theory]
    [InlineData("Our hotline is +44 20 7946 0321.", "+44 20 7946 0321")]
    [InlineData("Горячая линия: 8 800 555-35-35.", "8 800 555-35-35")]
    [InlineData("Call (206) 555-0147 to book.", "(206) 555-0147")]
    public void Phone(string text, string quote) => HasFact(text, FactKind.Phone, quote);

    [Fact]
    public void Email() => HasFact("Write to support@contoso.com for refunds.", FactKind.Email, "support@contoso.com");

    [Fact]
    public void Url() => HasFact("Forms are at https://contoso.com/forms/permit-a.", FactKind.Url, "https://contoso.com/forms/permit-a");

    [Theory]
    [InlineData("Visit us at 14 Mill Street, Leeds.", "14 Mill Street")]
    [InlineData("Siamo in Via Roma 12.", "Via Roma 12")]
    [InlineData("Our office postcode is M1 3HE.", "M1 3HE")]
    public void Address(string text, string quote) => HasFact(text, FactKind.Address, quote);

    [Fact]
    public void Quantity() => HasFact("The cabin bag may weigh up to 8 kg.", FactKind.Quantity, "8 kg");

    [Fact]
    public void Identifier() => HasFact("Use promo code SPRING20 at checkout.", FactKind.Identifier, "SPRING20");

    [Theory]
    [InlineData("Pets are not allowed in rooms.")]
    [InlineData("Sale items are final.")]
    [InlineData("Gift cards never expire.")]
    public void Policy_without_digits(string text) => HasFact(text, FactKind.Policy, text.TrimEnd('.'));

    [Fact]
    public void Entity_statement() => HasFact("Contoso has offices in Oslo and Lima.", FactKind.EntityStatement, "offices in Oslo");

    // ---- instructions are not facts ----
    [Theory]
    [InlineData("Return the top 5 results.")]
    [InlineData("Use ISO 8601 dates.")]
    [InlineData("Rate from 1 to 10.")]
    [InlineData("Keep answers under 200 words.")]
    [InlineData("Use C# 12 and .NET 8.")]
    [InlineData("Answer in at most 3 sentences.")]
    [InlineData("You are Contoso's assistant. Be friendly.")]
    [InlineData("Antworte in höchstens 4 Sätzen auf Deutsch.")]
    [InlineData("Responde siempre en español y en un máximo de 150 palabras.")]
    [InlineData("Réponds en français, en 3 phrases au maximum.")]
    [InlineData("Rispondi in italiano, in massimo 80 parole.")]
    [InlineData("Responda em português, em no máximo 5 frases.")]
    [InlineData("Отвечай кратко, не более 5 предложений.")]
    [InlineData("Give times in 24-hour format.")]
    [InlineData("Score each answer from 1 (poor) to 5 (excellent). P1 means a full outage.")]
    public void Instructions(string text) => NoFacts(text);

    [Fact]
    public void Template_holes_are_not_facts()
    {
        NoFacts("The customer's plan is {plan} and costs {price}. Renewal: {{renewal_date}}. Balance: {{$balance}}.");
    }

    [Fact]
    public void Schema_example_values_are_not_facts()
    {
        NoFacts("Return JSON matching this schema:\n{\"total\": 123.45, \"currency\": \"EUR\", \"date\": \"2024-05-01\"}\nThe example values are only formats.");
    }

    [Fact]
    public void Few_shot_format_examples_are_not_facts()
    {
        NoFacts("Classify the message.\nExamples:\nMessage: \"I was charged $40 twice\" -> billing\nMessage: \"Where is my parcel since Monday?\" -> shipping\nReply with the label only.");
    }

    [Fact]
    public void Few_shot_answer_with_company_fact_is_a_fact()
    {
        Assert.True(Detect("Example:\nUser: How much is Pro?\nAssistant: Our Pro plan is $49 per month and includes 10 seats.").MeetsThreshold(2));
    }

    [Fact]
    public void Markdown_table_is_a_reference_block_with_one_fact_per_row()
    {
        var report = Detect("| Plan | Price | Storage |\n|---|---|---|\n| Free | $0 | 2 GB |\n| Team | $12 | 100 GB |\n");
        Assert.True(report.HasReferenceBlock);
        Assert.Equal(2, report.Facts.Count);
        Assert.StartsWith("| Free", report.Facts[0].Text);
    }

    [Fact]
    public void Xml_sections_rules_and_knowledge()
    {
        var report = Detect("<rules>\nAnswer in 3 sentences.\n</rules>\n<knowledge>\nPrinting costs 10p per page.\nStudy rooms can be booked for up to 2 hours per day.\n</knowledge>");
        Assert.True(report.MeetsThreshold(2));
        Assert.DoesNotContain(report.Facts, f => f.Text.Contains("3 sentences"));
    }

    [Fact]
    public void Faq_block_counts_its_answers()
    {
        var report = Detect("FAQ:\nQ: Do you ship abroad? A: Yes, to all EU countries.\nQ: Can I pay by invoice? A: Only business customers can.\nQ: Is there a store? A: No, we are online only.");
        Assert.True(report.MeetsThreshold(2));
    }

    [Fact]
    public void Key_value_lines_and_bullets()
    {
        var report = Detect("Business hours:\n- Weekdays: 9:00-17:00\n- Saturday: 10:00-14:00\nTone: friendly");
        Assert.Equal(2, report.Facts.Count);
    }

    [Fact]
    public void Overlapping_spans_are_counted_once()
    {
        // The weekday range and the two clock times overlap into one span: the days and the hours, two facts, not four.
        var report = Detect("Branches are open Monday to Friday 9:00-17:00.");
        Assert.Single(report.Facts);
        Assert.True(report.MeetsThreshold(2));
        Assert.False(report.MeetsThreshold(3));
    }

    [Fact]
    public void Unit_is_the_list_item_or_sentence_that_carries_the_fact()
    {
        string text = "Be brief.\n- Standard delivery costs $4.99.\nReturns are free. Refunds take 5 business days.";
        var report = Detect(text);
        var money = report.Facts.Single(f => f.Kind == FactKind.Money);
        Assert.Equal("- Standard delivery costs $4.99.", text.Substring(money.UnitStart, money.UnitLength));
        var duration = report.Facts.Single(f => f.Kind == FactKind.Duration);
        Assert.Equal("Refunds take 5 business days.", text.Substring(duration.UnitStart, duration.UnitLength));
    }

    [Fact]
    public void Single_contact_in_instruction_prompt_is_below_default_threshold()
    {
        var report = Detect("You help shoppers compare products. For order problems, customers can write to help@shop.test.");
        Assert.Single(report.Facts);
        Assert.False(report.MeetsThreshold(2));
        Assert.True(report.MeetsThreshold(1));
    }

    [Fact]
    public void Placeholder_domains_are_not_contacts() => NoFacts("Write the address as name@example.com in the docs.");

    [Theory]
    [InlineData("You are the receptionist of a dental clinic. Our opening hours are Monday-Friday, 9:00 AM to 5:00 PM. Be polite.", "Monday-Friday, 9:00 AM to 5:00 PM")]
    [InlineData("Eres el asistente de la tienda. Abrimos de lunes a viernes de 9:00 a 18:00. Responde con amabilidad.", "lunes a viernes de 9:00 a 18:00")]
    public void Opening_hours_state_the_days_and_the_times_and_count_as_two_facts(string text, string quote)
    {
        var report = Detect(text);
        var hours = Assert.Single(report.Facts);
        Assert.Contains(quote, hours.Text);
        Assert.True(hours.IsDaysAndHours);
        Assert.True(report.MeetsThreshold(2));
        Assert.False(report.MeetsThreshold(3));
    }

    [Theory]
    [InlineData("You are the receptionist of a dental clinic. We are open from 9:00 to 17:00. Be polite.")]
    [InlineData("You are the receptionist of a dental clinic. We are closed on Sundays. Be polite.")]
    public void Hours_without_days_or_days_without_hours_stay_one_fact(string text)
    {
        var report = Detect(text);
        Assert.All(report.Facts, fact => Assert.False(fact.IsDaysAndHours));
        Assert.False(report.MeetsThreshold(2));
    }

    [Theory]
    [InlineData("You are an insurance assistant. The policy costs 100 USD and is valid for one year from today.", "for one year")]
    [InlineData("Eres el asistente de la tienda. La garantía es válida durante dos años y el envío cuesta 5 €.", "durante dos años")]
    public void Durations_with_their_number_written_out_are_facts(string text, string quote)
    {
        HasFact(text, FactKind.Duration, quote);
        Assert.True(Detect(text).MeetsThreshold(2));
    }

    [Fact]
    public void Weekdays_given_codes_in_a_format_mapping_are_not_a_schedule()
        => NoFacts("Extract the timetable as JSON.\n- day: the weekday (Monday=1, Tuesday=2, Wednesday=3, Thursday=4, Friday=5)\n- lesson: the lesson number");

    [Fact]
    public void Score_bands_under_a_rules_heading_bound_the_model_decision()
    {
        var report = Detect("Rate the applicant from 0 to 100.\n\nRecommendation Rules:\n- SHORTLIST: 80% or above\n- REJECT: below 60%\n\nBe objective.");
        Assert.False(report.MeetsThreshold(2), string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text)));
    }

    [Fact]
    public void Requirements_under_a_requirements_heading_and_its_numbered_sub_lists_govern_the_output()
    {
        const string text = "You create learning roadmaps.\n\n## Roadmap Requirements:\n1. Each roadmap must have 4-6 phases\n2. Each phase must include:\n   - Topics with resources (3-5 topics per phase)\n   - At least 2 hands-on projects\n3. Resources must be diverse (docs, videos, articles)\n4. Projects must be practical and progressively challenging";
        var report = Detect(text);
        Assert.False(report.MeetsThreshold(2), string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text)));
    }

    [Fact]
    public void The_business_rules_of_a_rules_section_are_still_facts()
    {
        // stated, not required: "cost", "are refunded" carry no modal of obligation
        var report = Detect("<enrolment_rules>\nBundles of any 3 courses cost $129. Courses are refunded within 14 days of purchase.\n</enrolment_rules>\n<instructions>\nRecommend courses.\n</instructions>");
        Assert.True(report.MeetsThreshold(2), string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text)));
    }

    [Fact]
    public void A_reply_format_line_inside_an_example_keeps_the_example_section()
    {
        const string text = "Answer questions about invoices.\n\nExample:\nUser says: \"How much was invoiced in May?\"\nYou respond with:\nCALL: {\n  \"method\": \"GetInvoices\",\n  \"parameters\": {\n    \"BeginDate\": \"05/01/2025\",\n    \"EndDate\": \"05/31/2025\",\n    \"RepCode\": \"PRL\"\n  }\n}";
        var report = Detect(text);
        Assert.False(report.MeetsThreshold(2), string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text)));
    }

    [Theory]
    [InlineData("You are a market analyst. Map the competition.\n\nA) Alternatives\n- 3-5 tools people use today (name + what it does)\n- 2-3 gaps that no alternative covers\n\nB) Metrics\n- 3–5 figures about the segment")]
    [InlineData("Eres un analista de mercado.\n\nCompetidores:\n- 3-5 soluciones que el público usa hoy\n- 2-3 limitaciones concretas")]
    public void A_list_item_that_opens_with_a_count_range_says_how_many_to_write(string text)
    {
        var report = Detect(text);
        Assert.False(report.MeetsThreshold(2), string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text)));
    }

    [Fact]
    public void A_count_range_inside_a_sentence_is_still_a_fact()
        => HasFact("You are the front desk of the Royal Hotel.\n- Children aged 6-12 years stay at half price.\n- Rooms sleep 2-4 guests.", FactKind.Quantity, "2-4 guests");
}
