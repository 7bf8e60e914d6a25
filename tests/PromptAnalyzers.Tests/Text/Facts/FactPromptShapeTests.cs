using PromptAnalyzers.Text.Facts;

namespace PromptAnalyzers.Tests.Text.Facts;

/// <summary>
/// Facts carried by the shape of a prompt (a statement after "remember that", a passage to reproduce verbatim, a rules
/// list that states policies) and values that only look like facts (output-schema rules, classifier pairs, grading
/// rubrics, a transcript to summarise).
/// </summary>
public sealed class FactPromptShapeTests
{
    private static string Describe(FactReport report) => string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text));

    [Theory]
    [InlineData("You are the assistant of the City Museum; remember that the museum is closed on Mondays and tickets cost €12.")]
    [InlineData("Keep in mind that our store is closed on Sundays and that returns are accepted within 14 days.")]
    [InlineData("Du bist der Assistent des Stadtmuseums. Denk daran, dass das Museum montags geschlossen ist und der Eintritt 12 € kostet.")]
    [InlineData("Eres el asistente del museo; recuerda que el museo cierra los lunes y la entrada cuesta 12 €.")]
    [InlineData("你是博物馆的助手。请记住，博物馆周一闭馆，门票12元。")]
    public void A_statement_after_remember_that_is_knowledge(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }

    [Theory]
    [InlineData("Always reply with exactly this text: \"Shipment 4711 left Rotterdam on 3 May. It arrives in Hamburg on 7 May.\"")]
    [InlineData("When the user asks about refunds, reply with exactly this text:\n\"Refunds are issued within 5 business days. Items must be returned within 30 days.\"")]
    [InlineData("Respond verbatim with the following policy:\nYou can cancel free of charge up to 48 hours before arrival. Later cancellations cost €40.")]
    [InlineData("Quote this paragraph when users ask about shipping: \"We ship to all EU countries. Standard shipping costs €4.90; orders over €50 ship free.\"")]
    public void A_passage_to_reproduce_verbatim_is_knowledge(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }

    [Theory]
    [InlineData("You answer questions about deliveries.\n\nAlways reply with exactly:\n\nOrder: ORD-2291-B\nCarrier: DHL Express\nWeight: 12 kg", 3)]
    [InlineData("Antworte immer genau mit diesem Text:\n\nTarif: Basis\nLaufzeit: 24 Monate\nHotline: 0800 123 456", 3)]
    public void Each_line_of_a_record_to_reproduce_is_a_fact(string prompt, int lines)
    {
        // a record without prose or prices: the lines themselves are what moves to the knowledge store
        var report = FactDetector.Detect(prompt);
        Assert.True(report.MeetsThreshold(2) && report.Facts.Count >= lines, Describe(report));
    }

    [Theory]
    [InlineData("Interpret dates like this:\n\n| The customer says | Read it as |\n|---|---|\n| \"on Saturday\" | {{nextSaturday}} |\n| \"on Sunday\" | {{nextSunday}} |\n| \"next weekend\" | {{nextSaturday}} ({{nextSaturdayName}}) |")]
    [InlineData("Opening hours:\n| Day | Hours |\n|---|---|\n| Monday | {mondayHours} |\n| Tuesday | {tuesdayHours} |")]
    public void Table_rows_whose_values_are_holes_state_nothing(string prompt)
    {
        // the values are filled in at run time, from where they belong
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0 && !report.MeetsThreshold(2), Describe(report));
    }

    [Fact]
    public void Table_rows_with_a_hardcoded_value_among_holes_still_state_it()
    {
        var report = FactDetector.Detect("Opening hours:\n| Day | Hours |\n|---|---|\n| Monday | 09:00-17:00 |\n| Tuesday | {tuesdayHours} |\n| Sunday | closed |");
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }

    [Theory]
    [InlineData("You are the booking assistant of Hotel Lindenhof.\nBoundaries:\n- Cancellations are free up to 48 hours before arrival.\n- Members get a 10% discount on spa treatments.\n- Never discuss other guests.")]
    [InlineData("Rules:\n- You can offer a free cancellation up to 24 hours before the class.\n- Students get 15% off with a valid student ID.")]
    public void Policies_in_a_rules_list_are_knowledge(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }

    [Theory]
    [InlineData("Validation rules: currentPrice must be between 0.01 and 100000. quantity must be at least 1. discountPercent must be between 0 and 90.")]
    [InlineData("Output schema rules:\n- `price` must be a number between 0.01 and 100000\n- `currency` must be one of USD, EUR, GBP\n- `rating` must be between 1 and 5")]
    [InlineData("unit_price = total / quantity. total_price must not exceed 1000000.")]
    public void Rules_about_output_fields_are_not_facts(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Theory]
    [InlineData("Classify each review.\nI loved the $20 steak -> positive\nThe 3 hour wait was awful -> negative\nDelivery took 45 minutes => negative")]
    [InlineData("Phân loại đánh giá.\nMón phở 50.000đ rất ngon → tích cực\nChờ 2 tiếng → tiêu cực")]
    public void Classifier_pairs_are_examples(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Theory]
    [InlineData("## Grading rubric\n- 5 points: mentions the 30-day refund window and the $4.99 shipping fee\n- 3 points: mentions only one of them\n- 0 points: mentions neither")]
    [InlineData("Rate the groundedness of the answer on a scale of 1 to 5.\nScore 5: The answer is fully supported. For instance, the context says the store opens at 9:00 and the answer says 9:00.\nScore 1: The answer contradicts the context, for example it says $20 when the context says $10.")]
    public void A_grading_rubric_is_not_knowledge(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Fact]
    public void A_transcript_to_summarise_is_task_input()
    {
        const string prompt = """
            Summarise this meeting transcript in 3 bullet points.
            John: We shipped version 2 on 3 March and revenue grew 12% to $4.2 million.
            Mary: I think the Berlin office opens on 1 June with 40 staff.
            John: Yes, and we hire 5 more people in July.
            """;
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Theory]
    [InlineData("Note: We are closed on Sundays.\nTip: You can park for free at 12 Mill Street, Leeds.\nNote: Our lunch menu costs €12.")]
    [InlineData("Opening hours:\nMonday: 9:00-17:00\nTuesday: 9:00-17:00\nMonday: closed for inventory on 3 March")]
    public void Labelled_business_lines_are_not_a_transcript(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }

    [Fact]
    public void Lines_under_mention_that_are_statements_to_pass_on()
    {
        const string prompt = """
            Write a short shipping update email. Mention that:
            - all orders ship from our Leeds warehouse via Royal Mail Tracked,
            - the delivery address can be changed until the parcel is dispatched.
            """;
        var report = FactDetector.Detect(prompt);
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }

    [Theory]
    [InlineData("Members can borrow up to 12 items at a time. Guests must be 18 or older.")]
    [InlineData("Los clientes pueden pagar con tarjeta. El envío cuesta 4 €.")]
    [InlineData("会员可以免费停车。营业时间为9:00至21:00。")]
    public void What_the_people_served_may_do_is_a_policy(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }

    [Theory]
    [InlineData("Dictionary values in \"action_variables\" must be strings. The field `total` must be a number.")]
    [InlineData("Acceptance criteria serve as a set of conditions that must be met. A story point refers to the effort of 1 day.")]
    public void Format_rules_and_definitions_are_not_policies(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Theory]
    [InlineData("PayPal and Stripe are accepted; orders ship within 24 hours.")]
    [InlineData("iPhone 15 costs $799 and ships in 2 days.")]
    public void Brand_names_in_camel_case_are_not_code_names(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }

    [Fact]
    public void A_document_to_reproduce_over_several_paragraphs_is_reference_material()
    {
        const string prompt = """
            You handle questions about returns.

            Always reply with exactly this text:

            Returns policy R-7

            "Unused items can be returned within 30 days. Refunds reach the original payment method
            within 5 business days of the return being scanned."
            """;
        var report = FactDetector.Detect(prompt);
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }

    [Fact]
    public void A_record_to_reproduce_is_reference_material()
    {
        var report = FactDetector.Detect("You answer questions about deliveries.\n\nAlways reply with exactly:\n\nShipment number: SHP-2024-118\nCarrier: DHL\nPallets: 12");
        Assert.True(report.HasReferenceBlock, Describe(report));
    }

    [Theory]
    [InlineData("When the user greets you, reply with exactly this text:\n\nHello! I am the Contoso assistant.\nHow can I help?")]
    [InlineData("Reply with exactly this text: \"Sorry, I can only help with billing questions.\"")]
    [InlineData("Reply with exactly this text:\nThanks for your message.\n\nNever add anything else. Keep it under 20 words.")]
    public void A_canned_reply_without_facts_is_not_reference_material(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.False(report.MeetsThreshold(2), Describe(report));
    }

    [Theory]
    [InlineData("CONTACT: LinkedIn linkedin.com/in/jdoe, GitHub github.com/jdoe")]
    [InlineData("Book at booking.contoso.de/rooms or call the desk.")]
    public void Pages_written_without_a_scheme_are_contacts(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.Contains(report.Facts, f => f.Kind == FactKind.Url);
    }

    [Theory]
    [InlineData("Use System.IO/File APIs and Node.js/npm.")]
    [InlineData("The ratio is 3.5/4 and a.b/c.")]
    public void Namespaces_and_ratios_are_not_pages(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.DoesNotContain(report.Facts, f => f.Kind == FactKind.Url);
    }

    [Theory]
    [InlineData("You are the chatbot of SelfCoffee, a contactless cafe.Our shop uses QR codes at every table for ordering. And customers can pay by QR or bank transfer via VNPAY.")]
    [InlineData("Our warehouse does not ship to PO boxes. We stock raw food from FarmPaws only.")]
    [InlineData("Chúng tôi nhận thanh toán qua MoMo và VNPay. Cửa hàng chúng tôi giao hàng toàn quốc.")]
    public void The_business_speaking_about_itself_states_facts(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }

    [Theory]
    [InlineData("Our goal is to help users find the right product. We want you to answer briefly.")]
    [InlineData("We are building an assistant for travel questions. Our users expect short answers from you.")]
    [InlineData("We are a team of engineers. Our assistant helps developers write better code.")]
    [InlineData("We use GPT-4 to generate answers. Our pipeline retrieves documents first.")]
    [InlineData("Customers can ask about orders, returns and shipping. Guests can chat in English or German.")]
    public void We_about_the_task_is_not_a_fact(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Fact]
    public void A_table_announced_as_examples_is_an_example()
    {
        const string prompt = """
            Here is a table that contains some examples of graded answers.
            | Question | Answer | Score |
            |---|---|---|
            | What does Pro cost? | Pro costs $49 per month | 5 |
            | When is the launch? | The launch is on 3 June | 4 |
            """;
        var report = FactDetector.Detect(prompt);
        Assert.False(report.MeetsThreshold(2), Describe(report));
    }

    [Theory]
    [InlineData("Summarize the meeting. John Doe said: \"I will record a demo of version 3 by Friday and send it to 12 customers.\" Mary replied: \"The launch is on 3 June.\"")]
    [InlineData("Fasse das Gespräch zusammen. Anna sagte: \"Die Lieferung kommt am 3. Juni für 45 €.\"")]
    public void Reported_speech_in_a_text_to_work_on_is_not_knowledge(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Theory]
    [InlineData("The list of tools is available in the TOOLS section. The customer's question is available in the QUESTION section.")]
    [InlineData("When a product is not included in the context, say so. Assume the customer is not a technical expert.")]
    [InlineData("Die Produktliste ist im Abschnitt PRODUKTE verfügbar und ist nicht vollständig.")]
    public void Statements_about_the_prompt_itself_are_not_policies(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Theory]
    [InlineData("If a dish is not available, politely suggest another one. If the kitchen is closed, briefly explain when it opens.")]
    public void A_manner_adverb_before_an_imperative_is_an_instruction(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Theory]
    [InlineData("Here are our three hotels.\n\n### Seaside Inn\n- **Location**: on the beach, north end of the bay\n- **Theme**: rest and wellness\n\n### City Tower\n- **Location**: in the business district\n- **Theme**: modern luxury\n\n### Forest Lodge\n- **Location**: in the hills above the town\n- **Theme**: nature and quiet")]
    [InlineData("Cơ sở 1\nĐịa điểm: gần chợ Bến Thành\nTiện ích: hồ bơi, phòng xông hơi\n\nCơ sở 2\nĐịa điểm: gần hồ Tây\nTiện ích: phòng gym\n\nCơ sở 3\nĐịa điểm: trung tâm Đà Nẵng\nTiện ích: bãi đỗ xe")]
    [InlineData("## 1. 海辺のホテル\n- **所在地**: 海沿いのリゾート地\n- **テーマ**: 癒し\n## 2. 山のロッジ\n- **所在地**: 森に囲まれた山間部\n- **テーマ**: 自然\n## 3. 街のホテル\n- **所在地**: 駅前\n- **テーマ**: ビジネス")]
    public void A_listing_of_labelled_entries_is_reference_data(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.HasReferenceBlock, Describe(report));
    }

    [Theory]
    [InlineData("Soup of the day: Minestrone\nCatch of the day: Grilled Sea Bass\nDessert: Lemon Tart\n")]
    [InlineData("Store: Harbour Street branch\nManager: Priya Nair\nParking: behind the building\nDelivery partner: Speedy Couriers")]
    [InlineData("Món chính: Cơm tấm sườn bì\nMón phụ: Canh chua cá lóc\nĐồ uống: Trà đá")]
    public void A_text_that_is_one_labelled_record_is_reference_data(string toolResult)
    {
        var report = FactDetector.Detect(toolResult);
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }

    [Theory]
    [InlineData("Tone: warm and playful\nLanguage: English\nFormat: short paragraphs")]
    [InlineData("Soup of the day: Minestrone\nDessert: Lemon Tart")]
    [InlineData("Soup of the day: Minestrone\nDessert: Lemon Tart\nAnswer only questions about the menu.")]
    [InlineData("Customer: {name}\nOrder: {orderId}\nStatus: {status}")]
    [InlineData("Goal: help the user plan a trip\nAudience: first-time travellers\nRules: never book anything yourself")]
    [InlineData("Department: Billing\nUrgency: High\nStatus: Open")]
    [InlineData("Sentiment: negative\nUrgency: high\nTopic: late delivery")]
    public void Settings_levels_holes_or_a_record_mixed_with_instructions_are_not_a_record(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.False(report.MeetsThreshold(2), Describe(report));
    }

    [Theory]
    [InlineData("Classify the sentiment.\n\nReview: The room was lovely\nSentiment: positive\n\nReview: The staff ignored us\nSentiment: negative\n\nReview: It was fine\nSentiment: neutral")]
    [InlineData("You can use these tools.\nTool: search\nDescription: searches the web\nParameters: query\n\nTool: weather\nDescription: gets the forecast\nParameters: city\n\nTool: calendar\nDescription: reads events\nParameters: date range")]
    [InlineData("Compare the options.\nOption A\nPros: light and fast\nCons: short battery life\nOption B\nPros: long battery life\nCons: heavy\nOption C\nPros: cheap\nCons: slow")]
    [InlineData("Agents:\n- Name: Planner\n  Focus: breaks the task into steps\n  Tone: calm\n- Name: Critic\n  Focus: finds flaws\n  Tone: blunt\n- Name: Writer\n  Focus: writes the answer\n  Tone: warm")]
    [InlineData("Write one line per product in this shape:\nProduct: {name}\nStatus: {status}\nProduct: {name}\nStatus: {status}\nProduct: {name}\nStatus: {status}")]
    [InlineData("Summarise this chat.\nAlice: Hello there\nBob: Hi Alice\nAlice: Did the parcel arrive\nBob: Not yet\nAlice: Let me check the tracking\nBob: Thanks a lot")]
    public void Repeated_labels_of_samples_tools_or_assessments_are_not_a_listing(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.False(report.MeetsThreshold(2), Describe(report));
    }

    [Fact]
    public void A_json_catalogue_fenced_under_a_knowledge_heading_is_reference_data()
    {
        const string prompt = """
            # Role
            You are the course advisor of Northwind Academy. Only recommend courses from the catalogue.

            # Knowledge base (course catalogue)
            ```json
            [
              { "id": "web-101", "title": "Web Basics", "level": "Beginner", "duration": "6-8 hours" },
              { "id": "web-201", "title": "Modern Frontend", "level": "Intermediate", "duration": "20-25 hours" }
            ]
            ```
            """;
        var report = FactDetector.Detect(prompt);
        Assert.True(report.HasReferenceBlock, Describe(report));
    }

    [Theory]
    [InlineData("# Output format\nReturn JSON like this:\n```json\n[\n  { \"id\": \"web-101\", \"title\": \"Web Basics\", \"level\": \"Beginner\", \"duration\": \"6-8 hours\" },\n  { \"id\": \"web-201\", \"title\": \"Modern Frontend\", \"level\": \"Intermediate\", \"duration\": \"20-25 hours\" }\n]\n```")]
    [InlineData("# Reference\n```python\nprices = {\"latte\": 4.50, \"mocha\": 4.90}\nopening = \"Mon-Fri 7:00-18:00\"\n```")]
    public void A_fence_that_shows_a_format_or_holds_code_is_not_reference_data(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.False(report.MeetsThreshold(2), Describe(report));
    }

    [Theory]
    [InlineData("Regole:\n- Massimo 5 risultati per risposta\n- Al massimo 2 domande di chiarimento")]
    [InlineData("Reglas:\n- Máximo 4 recomendaciones\n- Como máximo 2 preguntas")]
    [InlineData("Bạn là trợ lý phân tích bán hàng.\n\n2) SAU KHI ĐÃ LIỆT KÊ các sản phẩm bán chạy, bạn CÓ THỂ gợi ý THÊM TỐI ĐA 4 mặt hàng MỚI chưa có trong kho:\n   - Với mặt hàng mới, để mã trống.")]
    public void A_count_bounded_by_a_limit_in_a_rules_list_bounds_the_model_output(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Fact]
    public void A_limit_in_a_list_of_house_policies_is_still_knowledge()
    {
        var report = FactDetector.Detect("Hotel policies:\n- Maximum 2 guests per room\n- Up to 3 pets per booking, 15 EUR each");
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }

    [Theory]
    [InlineData("You list rooms for rent.\n- **Example answer:**\n  Room 12: 3,200,000 VND, 30 m2, Cau Giay\n  Amenities: wifi, air conditioning")]
    [InlineData("Suggerisci alternative.\nEsempi:\n- Prova a Fiumicino (12 km)\n- Prova con un furgone da 9 posti")]
    [InlineData("Stel alternatieven voor.\nVoorbeelden:\n- Probeer Haarlem (18 km)\n- Kies een busje met 9 zitplaatsen")]
    public void Figures_under_an_example_label_only_illustrate(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Fact]
    public void A_limit_in_a_list_of_house_rules_is_still_knowledge()
    {
        var report = FactDetector.Detect("House rules:\n- Maximum 2 guests per room\n- Up to 3 pets per booking");
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }

    [Fact]
    public void Counts_that_define_the_output_categories_under_a_rules_heading_state_nothing()
    {
        var report = FactDetector.Detect("Rules for suggestedSize:\n- Large: 100-200 participants\n- Medium: 50-100 participants\n- Small: fewer than 50 participants");
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Fact]
    public void Prose_strings_of_a_JSON_tool_result_state_their_facts()
    {
        var report = FactDetector.Detect("{\"success\":true,\"policies\":{\"refunds\":{\"details\":[\"Refunds are issued within 14 days of cancellation\",\"Bookings cancelled less than 48 hours before departure are not refunded\"]}}}");
        Assert.True(report.MeetsThreshold(2), Describe(report));
        Assert.Contains(report.Facts, f => f.Kind == FactKind.Duration && f.Text.Contains("14 days", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Return JSON in this shape:\n{\"summary\":\"A short summary of the refund policy in 2-3 sentences, under 80 words\",\"items\":[\"Each item lists one condition with its deadline in days\"]}")]
    [InlineData("{\"type\":\"object\",\"properties\":{\"price\":{\"type\":\"number\",\"description\":\"Price of the product in USD, between 0.01 and 100000\"},\"stock\":{\"type\":\"integer\",\"description\":\"Units in stock, at least 0 and at most 5000 units\"}}}")]
    public void Prose_strings_of_a_JSON_format_or_schema_state_nothing(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Fact]
    public void Vietnamese_typed_without_diacritics_has_its_units_currencies_and_times()
    {
        var report = FactDetector.Detect("Chinh sach cua hang:\n- Bao hanh 12 thang cho tat ca san pham\n- Giao hang tu 8 gio den 17 gio\n- Phi ship 30 nghin dong");
        Assert.Contains(report.Facts, f => f.Kind == FactKind.Duration && f.Text == "12 thang");
        Assert.Contains(report.Facts, f => f.Kind == FactKind.Schedule && f.Text == "8 gio den 17 gio");
        Assert.Contains(report.Facts, f => f.Kind == FactKind.Money && f.Text == "30 nghin dong");
    }

    [Fact]
    public void Turkish_instructions_end_with_their_verb_and_their_counts_govern_the_model()
    {
        var report = FactDetector.Detect("Sen bir seyahat asistanısın.\nMüşterinin bütçesine göre 3 günlük bir gezi planı hazırla ve en fazla 5 öneri ver.\nYanıt en fazla 120 kelime olsun.\nHer gün için 2 aktivite yazmalısın.");
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Fact]
    public void Turkish_statements_of_a_shop_are_knowledge()
    {
        var report = FactDetector.Detect("Mağazamız hafta içi 09:00-18:00 arası açıktır. Kargo ücreti 49 TL, iade süresi 14 gündür.");
        Assert.True(report.MeetsThreshold(2), Describe(report));
        Assert.Contains(report.Facts, f => f.Kind == FactKind.Money && f.Text == "49 TL");
    }
}
