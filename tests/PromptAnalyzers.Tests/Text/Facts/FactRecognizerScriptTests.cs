using PromptAnalyzers.Text.Facts;

namespace PromptAnalyzers.Tests.Text.Facts;

/// <summary>
/// The language-neutral recognisers in any language and script: currencies outside the usual few, times and dates written
/// with Han, kana and Hangul marks, addresses with the house number after the street, text without spaces.
/// </summary>
public sealed class FactRecognizerScriptTests
{
    private static void HasFact(string text, FactKind kind, string quote)
    {
        var report = FactDetector.Detect(text);
        Assert.True(report.Facts.Any(f => f.Kind == kind && f.Text.Contains(quote, StringComparison.Ordinal)), $"expected {kind} '{quote}', got: {string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text))}");
    }

    private static void HasNo(string text, FactKind kind)
    {
        var report = FactDetector.Detect(text);
        Assert.True(report.Facts.All(f => f.Kind != kind), $"expected no {kind}, got: {string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text))}");
    }

    [Theory]
    [InlineData("Phở bò 20.000đ, bún chả 35.000đ.", "20.000đ")]
    [InlineData("Phí giao hàng 30.000 VNĐ.", "30.000 VNĐ")]
    [InlineData("Nasi goreng Rp 25.000, es teh Rp5.000.", "Rp 25.000")]
    [InlineData("Ongkos kirim Rp15.000 untuk Jakarta.", "Rp15.000")]
    [InlineData("ラーメンは¥1,200です。", "¥1,200")]
    [InlineData("餃子は500円です。", "500円")]
    [InlineData("牛肉面每碗25元。", "25元")]
    [InlineData("会员年费为3万円。", "3万円")]
    [InlineData("불고기는 15,000원입니다.", "15,000원")]
    [InlineData("Standard room 1,500,000 VND per night.", "1,500,000 VND per night")]
    [InlineData("The deposit is IDR 500.000.", "IDR 500.000")]
    [InlineData("Tickets cost ₹499 online.", "₹499")]
    [InlineData("The room is ฿1,200 a night.", "฿1,200")]
    [InlineData("A transfer costs HK$ 10.", "HK$ 10")]
    [InlineData("Phí dịch vụ là 5 triệu đồng.", "5 triệu đồng")]
    public void Money_in_any_currency(string text, string quote) => HasFact(text, FactKind.Money, quote);

    [Theory]
    [InlineData("Use Python 3, 2 spaces indentation.")]
    [InlineData("Return the top 50k rows.")]
    [InlineData("All 3 TOP results count.")]
    public void Numbers_without_a_currency_are_not_money(string text) => HasNo(text, FactKind.Money);

    [Theory]
    [InlineData("The tour starts at 15:00 and ends at 18:30.", "15:00")]
    [InlineData("Le musée ouvre à 9h30 et ferme à 18h.", "9h30")]
    [InlineData("営業時間は9時から18時までです。", "9時から18時")]
    [InlineData("受付は平日9時30分から17時まで。", "9時30分から17時")]
    [InlineData("每天上午10点到晚上8点开放。", "10点到晚上8点")]
    [InlineData("영업시간은 오전 9시부터 오후 6시까지입니다.", "9시부터 오후 6시")]
    [InlineData("Toko buka pukul 08.00-17.00 WIB.", "08.00-17.00 WIB")]
    [InlineData("Cửa hàng mở cửa 8 giờ đến 17 giờ.", "8 giờ đến 17 giờ")]
    public void Times_of_day(string text, string quote) => HasFact(text, FactKind.Schedule, quote);

    [Theory]
    [InlineData("The update takes 9.30 minutes on average.")]
    [InlineData("The build takes 3時間.")]
    [InlineData("Version 2.10 added search.")]
    public void Numbers_that_are_not_times(string text) => HasNo(text, FactKind.Schedule);

    [Theory]
    [InlineData("定休日は月曜日です。", "月曜日")]
    [InlineData("营业时间为周一至周五。", "周一至周五")]
    [InlineData("営業日は月〜金です。", "月〜金")]
    [InlineData("주말은 휴무입니다. 평일만 영업합니다.", "주말")]
    [InlineData("Cửa hàng mở cửa từ thứ hai đến thứ sáu.", "thứ hai đến thứ sáu")]
    [InlineData("Toko buka Senin sampai Jumat.", "Senin sampai Jumat")]
    public void Weekdays(string text, string quote) => HasFact(text, FactKind.Schedule, quote);

    [Theory]
    [InlineData("Kursus berlangsung 2 minggu.")]
    [InlineData("This month has 31 days.")]
    public void Week_words_that_are_not_weekdays(string text) => HasNo(text, FactKind.Schedule);

    [Theory]
    [InlineData("活动时间：2024年3月15日至3月20日。", "2024年3月15日")]
    [InlineData("行事は3月20日です。", "3月20日")]
    [InlineData("행사는 3월 15일입니다.", "3월 15일")]
    [InlineData("Sự kiện diễn ra ngày 15 tháng 3 năm 2024.", "ngày 15 tháng 3 năm 2024")]
    [InlineData("Acara pada 15 Maret 2024.", "15 Maret 2024")]
    [InlineData("公司成立于1998年。", "1998年")]
    [InlineData("Die Anmeldung endet am 3. Juni 2025. Danach ist sie geschlossen.", "3. Juni 2025")]
    public void Dates(string text, string quote) => HasFact(text, FactKind.Date, quote);

    [Theory]
    [InlineData("退货须在收货后7天内申请。", "7天内")]
    [InlineData("返品は商品到着後14日以内にご連絡ください。", "14日以内")]
    [InlineData("환불은 구매 후 30일 이내에 가능합니다.", "30일 이내")]
    [InlineData("Pengembalian barang maksimal 7 hari setelah diterima.", "maksimal 7 hari")]
    [InlineData("Đổi trả trong vòng 30 ngày.", "30 ngày")]
    public void Terms(string text, string quote) => HasFact(text, FactKind.Duration, quote);

    [Theory]
    [InlineData("Our office is at Damrak 1, 1012 LG Amsterdam.", "Damrak 1, 1012 LG Amsterdam")]
    [InlineData("Besuchen Sie uns in der Hauptstraße 5, 10115 Berlin.", "Hauptstraße 5, 10115 Berlin")]
    [InlineData("Wir sind in der Hauptstr. 12 zu finden.", "Hauptstr. 12")]
    [InlineData("Visit us at Keizersgracht 123, Amsterdam.", "Keizersgracht 123")]
    [InlineData("Notre boutique se trouve au 12 rue de la Paix, 75002 Paris.", "12 rue de la Paix, 75002 Paris")]
    [InlineData("Kantor kami di Jl. Sudirman No. 5, Jakarta.", "Jl. Sudirman No. 5")]
    [InlineData("Cửa hàng ở 123 đường Lê Lợi, Quận 1.", "123 đường Lê Lợi")]
    [InlineData("本店地址：北京市朝阳区建国路88号。", "建国路88号")]
    [InlineData("東京都渋谷区神宮前1-2-3にあります。", "渋谷区神宮前1-2-3")]
    [InlineData("〒150-0001 東京都渋谷区にあります。", "〒150-0001")]
    [InlineData("주소는 서울특별시 중구 세종대로 110입니다.", "세종대로 110")]
    public void Addresses(string text, string quote) => HasFact(text, FactKind.Address, quote);

    [Theory]
    [InlineData("Windows 11, 2024 Edition is required.")]
    [InlineData("Target Go 1.22, 2 workers per node.")]
    [InlineData("Monitoring 2, 1000 Events per second.")]
    [InlineData("共3号选手参加。")]
    public void Names_and_numbers_that_are_not_addresses(string text) => HasNo(text, FactKind.Address);

    [Fact]
    public void Text_without_spaces_is_split_into_sentences_at_full_width_stops()
    {
        var report = FactDetector.Detect("ラーメンは¥1,200です。餃子は500円です。営業時間は9時から18時までです。");
        Assert.Equal(3, report.Facts.Count);
        Assert.All(report.Facts, f => Assert.DoesNotContain("\u3002", f.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Full_width_digits_and_colons_are_read()
    {
        var report = FactDetector.Detect("営業時間：９：００～１８：００");
        Assert.Contains(report.Facts, f => f.Kind == FactKind.Schedule);
    }

    [Theory]
    [InlineData("Menu:\npepperoni pizza 12.95, 10.00, 7.00\nmargherita 9.50, 8.00, 6.00", 6)]
    [InlineData("Our prices: pepperoni pizza 12.95, 10.00, 7.00.", 3)]
    [InlineData("- Latte 4.50\n- Mocha 4.90\n- Espresso 3.20", 3)]
    [InlineData("Phở bò 45.000\nBún chả 35.000\nCà phê sữa đá 25k", 3)]
    public void Prices_without_a_currency_in_a_price_list(string text, int prices)
    {
        var report = FactDetector.Detect(text);
        Assert.Equal(prices, report.Facts.Count(f => f.Kind == FactKind.Money));
    }

    [Theory]
    [InlineData("Use Python 3.12 and Node 20.11.")]
    [InlineData("Set temperature 1.25 and top_p 0.95.")]
    [InlineData("The film scored 7.85 on IMDb.")]
    [InlineData("Latitude 48.85, longitude 2.35.")]
    [InlineData("Rated 4.50 stars.")]
    [InlineData("The espresso is 3.20 and strong.")]
    public void Decimals_that_are_not_a_price_list(string text) => HasNo(text, FactKind.Money);

    [Fact]
    public void A_pretty_printed_json_catalogue_is_reference_data()
    {
        const string prompt = """
            Đây là dữ liệu sản phẩm của bạn (được lưu trữ dưới dạng JSON):
            [
              {
                "Name": "ASUS ROG Strix G15",
                "Price": 35000000,
                "Stock": 15,
                "Specifications": { "CPU": "AMD Ryzen 7 5800H", "RAM": "16GB DDR4" }
              },
              {
                "Name": "ASUS ZenBook 14 OLED",
                "Price": 27000000,
                "Stock": 20
              }
            ]
            """;
        var report = FactDetector.Detect(prompt);
        Assert.True(report.HasReferenceBlock);
        Assert.Equal(2, report.Facts.Count(f => f.Kind == FactKind.ReferenceBlock));
    }

    [Fact]
    public void A_json_array_of_records_on_one_line_is_reference_data()
    {
        var report = FactDetector.Detect("Plans:\n{\"plans\":[{\"name\":\"Hobby\",\"price_usd_month\":0,\"projects\":3,\"build_minutes\":500},{\"name\":\"Pro\",\"price_usd_month\":20,\"projects\":50,\"build_minutes\":5000}]}");
        Assert.True(report.HasReferenceBlock);
    }

    [Theory]
    [InlineData("Return JSON like this:\n{\n  \"name\": \"ASUS ROG\",\n  \"price\": 35000000,\n  \"stock\": 15\n}")]
    [InlineData("Schema:\n{\"name\": \"string\", \"price\": 0, \"date\": \"YYYY-MM-DD\"}")]
    [InlineData("{\"intent\": \"change_address\", \"urgency\": \"medium\", \"reply\": \"Sure. What is the new delivery address for order 88412?\"}")]
    [InlineData("输出格式：\n{\n  \"名称\": \"华为手机\",\n  \"价格\": 3999,\n  \"库存\": 12\n}")]
    public void Json_that_shows_a_format_is_not_data(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.False(report.HasReferenceBlock);
        Assert.Empty(report.Facts);
    }

    [Theory]
    [InlineData("我们的客服热线是400-123-4567，欢迎来电。", "400-123-4567")]
    [InlineData("고객센터 전화번호는 1588-1234이며 연중무휴입니다.", "1588-1234")]
    [InlineData("お問い合わせは電話03-1234-5678まで。", "03-1234-5678")]
    public void Phones_glued_to_text_without_spaces(string text, string quote) => HasFact(text, FactKind.Phone, quote);

    [Theory]
    [InlineData("报告中的数字编号（如0500000150、INV-001等）即为订单号。")]
    [InlineData("价格为1,500,000원입니다.")]
    public void Numbers_glued_to_text_without_spaces_that_are_not_phones(string text) => HasNo(text, FactKind.Phone);

    [Theory]
    [InlineData("{\"Info\":\"Savings earn up to 3.5% a year\",\"RatePerYear\":\"3.5%\",\"RatePerMonth\":\"0.29%\",\"MinimumDeposit\":\"Rp 10.000\",\"NoAdminFee\":true}")]
    [InlineData("{\"DailyTransfer\":\"Rp {used:N0} / Rp 25.000.000\",\"DailyPayment\":\"Rp {paid:N0} / Rp 50.000.000\",\"DailyTopUp\":\"Rp {topUp:N0} / Rp 10.000.000\"}")]
    public void One_json_record_with_several_amounts_is_reference_data(string prompt)
    {
        Assert.True(FactDetector.Detect(prompt).HasReferenceBlock);
    }

    [Theory]
    [InlineData("{\"temperature\": 0.7, \"max_tokens\": 500, \"top_p\": 0.9, \"model\": \"gpt-4o\"}")]
    [InlineData("Génère un objet JSON au format suivant.\n(sans aucun texte autour) :\n{\n  \"title\": \"Titre\",\n  \"experienceYear\": \"0-3, 3-7, 7-12\",\n  \"dailyRate\": 500\n}")]
    [InlineData("Antwoord alleen met JSON in dit formaat:\n{ \"position\": 1, \"label\": \"Voorzang\", \"songNumber\": 63 }")]
    public void A_json_setting_or_template_is_not_reference_data(string prompt)
    {
        Assert.False(FactDetector.Detect(prompt).HasReferenceBlock);
    }

    [Theory]
    [InlineData("年間を通じて平均気温は26～30℃程度です。", "26～30℃")]
    [InlineData("The pool is heated to 28 °C all year.", "28 °C")]
    [InlineData("Summer highs reach 95°F.", "95°F")]
    public void Temperatures(string text, string quote) => HasFact(text, FactKind.Quantity, quote);

    [Theory]
    [InlineData("Đánh giá 1-2 sao thường đến từ khách không hài lòng.")]
    [InlineData("Reviews with 1-2 stars usually come from unhappy guests.")]
    [InlineData("Las reseñas de 1-2 estrellas suelen venir de clientes insatisfechos.")]
    [InlineData("Отзывы на 1-2 звезды обычно пишут недовольные гости.")]
    [InlineData("Les avis à 1 ou 2 étoiles viennent souvent de clients mécontents.")]
    [InlineData("Ulasan 5 bintang datang dari tamu yang puas.")]
    public void Star_ratings_are_a_scale_not_a_quantity(string text) => HasNo(text, FactKind.Quantity);

    [Theory]
    [InlineData("Biến thể: \"đ1t\", \"n9u\", \"l0n\", \"d3o\" đều là từ chửi.")]
    [InlineData("Slang such as \"h4x0r\" and terms like b2b or p2p are common in these posts.")]
    public void A_digit_inside_a_word_is_spelling_not_a_value(string text)
    {
        var report = FactDetector.Detect(text);
        Assert.True(report.Facts.Count == 0, string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text)));
    }

    [Theory]
    [InlineData("Plans: Basic (free), Pro ($12/month), Team ($30/month).", "free")]
    [InlineData("Membership: Basic (Gratis) | Silver (Rp 50k) | Gold (Rp 150k)", "Gratis")]
    [InlineData("Trẻ em dưới 6 tuổi: miễn phí; từ 6 đến 12 tuổi: 200.000đ/đêm.", "miễn phí")]
    public void Free_in_a_price_list_is_a_price(string text, string quote) => HasFact(text, FactKind.Money, quote);

    [Theory]
    [InlineData("Orders over $50 ship free.")]
    [InlineData("Delivery is free for orders above €40.")]
    [InlineData("Never say the course is free.")]
    public void Free_as_a_predicate_is_not_a_price_of_its_own(string text)
    {
        var report = FactDetector.Detect(text);
        Assert.True(report.Facts.Count(f => f.Kind == FactKind.Money) <= 1, string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text)));
    }

    [Theory]
    [InlineData("Итоговая сводка (2000-4000 символов) о главных идеях.")]
    [InlineData("Объём ответа (1000-3000 символов) зависит от вопроса.")]
    public void A_range_of_round_numbers_is_not_a_phone(string text) => HasNo(text, FactKind.Phone);

    [Theory]
    [InlineData("Gli emoji compaiono 1-2 volte per conversazione.")]
    [InlineData("Los emojis aparecen 2 veces por conversación.")]
    [InlineData("Das Logo erscheint 3 mal pro Seite.")]
    [InlineData("Giá trị là 1 nếu đúng, 0 nếu sai.")]
    public void Counts_of_the_output_in_any_language_are_not_quantities(string text) => HasNo(text, FactKind.Quantity);
}
