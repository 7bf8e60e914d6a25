using PromptAnalyzers.Text.Facts;

namespace PromptAnalyzers.Tests.Text.Facts;

/// <summary>
/// The lexicon-dependent part of the engine (instruction cues, roles, conditions) in Vietnamese, Indonesian, Chinese,
/// Japanese and Korean: instructions state no facts, business statements do.
/// </summary>
public sealed class FactInstructionLanguageTests
{
    private static string Describe(FactReport report) => string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text));

    [Theory]
    [InlineData("请用中文回答，不超过3句话。")]
    [InlineData("回答は3文以内にしてください。")]
    [InlineData("3문장 이내로 답변하세요.")]
    [InlineData("Trả lời bằng tiếng Việt, tối đa 3 câu.")]
    [InlineData("Jawab dalam bahasa Indonesia, maksimal 3 kalimat.")]
    [InlineData("Bạn là trợ lý của cửa hàng. Hãy trả lời trong vòng 2 câu.")]
    [InlineData("Kamu adalah asisten toko. Jangan memberikan diskon lebih dari 10%.")]
    [InlineData("你是一名翻译助手。请把用户的文字翻译成英文，保留原有格式。")]
    [InlineData("あなたは要約アシスタントです。本文を3行で要約してください。")]
    [InlineData("당신은 번역 도우미입니다. 한국어로 번역하세요.")]
    [InlineData("日期使用 yyyy-MM-dd；时间使用 24 小时制 HH:mm。")]
    [InlineData("当前日期为 {today}，遇到昨天、上周五等模糊时间时，请换算为 yyyy-MM-dd。")]
    [InlineData("あなたはカスタマーサポートのアシスタントです。回答は200文字以内で、箇条書きは最大5項目までにしてください。")]
    [InlineData("你是一个代码审查助手。每次最多给出5条建议，每条不超过50个字。")]
    [InlineData("Jesteś asystentem. Odpowiadaj maksymalnie w 3 zdaniach.")]
    [InlineData("Sen bir asistansın. En fazla 3 cümle ile cevap ver.")]
    public void Instructions_state_no_facts(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Theory]
    [InlineData("本店营业时间为每天9:00至21:00，外卖满50元免配送费。")]
    [InlineData("当店の営業時間は11時から22時までです。ランチは980円です。")]
    [InlineData("저희 매장은 평일 오전 10시부터 오후 8시까지 영업합니다. 배송비는 3,000원입니다.")]
    [InlineData("Cửa hàng mở cửa từ 8:00 đến 22:00. Miễn phí giao hàng cho đơn từ 300.000đ.")]
    [InlineData("Toko kami buka pukul 09.00-21.00. Gratis ongkir untuk pembelian di atas Rp100.000.")]
    public void Business_statements_are_facts(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }

    [Theory]
    [InlineData("If the recording contains noise, background sounds, or unclear speech, focus on the dominant language.")]
    [InlineData("If the audio is mostly silent, unclear, or contains indistinguishable sounds, choose the most likely language.")]
    [InlineData("如果客户询问价格，请引导他们查看官网。")]
    [InlineData("Nếu khách hàng hỏi về giá, hãy hướng dẫn họ xem trang web.")]
    public void A_condition_before_an_instruction_is_an_instruction(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Theory]
    [InlineData("If you are less than 70% sure, say that you don't know.")]
    [InlineData("Never book more than 4 hours for one client.")]
    [InlineData("Do not offer a discount of more than 15%.")]
    [InlineData("Gib niemals mehr als 10 % Rabatt.")]
    [InlineData("不要给超过10%的折扣。")]
    [InlineData("Proponi al cliente massimo 2 alternative e chiedi quale preferisce.")]
    [InlineData("Sugiere máximo 3 productos por respuesta y pregunta cuál prefiere.")]
    [InlineData("Chủ động đề xuất tối đa 3 sản phẩm còn hàng cho khách.")]
    public void A_limit_on_what_the_model_does_is_not_a_fact(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Theory]
    [InlineData("Returns are accepted for up to 30 days, and orders over $50 ship free.")]
    [InlineData("Bookings of more than 4 hours cost $20 per hour.")]
    public void A_limit_stated_as_a_policy_is_a_fact(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }
}
