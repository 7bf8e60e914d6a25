using PromptAnalyzers.Text.Facts;

namespace PromptAnalyzers.Tests.Text.Facts;

/// <summary>
/// Values in examples, sample conversations and simulated users are not knowledge: only a sample answer that speaks for
/// the business ("We deliver on Sundays") states facts.
/// </summary>
public sealed class FactSampleContextTests
{
    private static string Describe(FactReport report) => string.Join(" | ", report.Facts.Select(f => f.Kind + ":" + f.Text));

    [Fact]
    public void A_sample_answer_that_recites_general_knowledge_is_an_example()
    {
        const string prompt = """
            Examples:
            User: How far is Mars from the Sun?
            Assistant: Mars is about 228 million km from the Sun, and a year on Mars lasts 687 days.
            """;
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Fact]
    public void A_sample_transcript_without_a_heading_is_an_example()
    {
        const string prompt = """
            Summarise the conversation in two sentences.
            Customer: My parcel from 3 May has not arrived and I paid $45 for express shipping.
            Agent: The parcel left the depot on 4 May and usually takes 5 days.
            """;
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Theory]
    [InlineData("Answer like the example.\nUser: Do you deliver on Sundays?\nAssistant: Yes! We deliver on Sundays between 10:00 and 16:00, and delivery is free over $30.")]
    [InlineData("Beispiel:\nKunde: Liefern Sie sonntags?\nAssistent: Ja, wir liefern sonntags von 10 bis 16 Uhr, ab 30 € versandkostenfrei.")]
    [InlineData("示例：\n用户：周日送货吗？\n助手：我们周日10点到16点送货，满30元免运费。")]
    public void A_sample_answer_that_speaks_for_the_business_states_facts(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }

    [Theory]
    [InlineData("正确输出示例：\n日期: 2025-08-20\n电话: 4088888888\n时间: 18:30")]
    [InlineData("出力例：\n予約日: 2025-08-20\n電話: 0312345678\n時間: 18:30")]
    [InlineData("Ví dụ:\nNgày: 20/08/2025\nĐiện thoại: 0903884358\nGiờ: 18:30")]
    public void A_sample_record_under_an_example_heading_is_a_format(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Theory]
    [InlineData("Role: You're a customer who is going to buy a pizza.\n* Your address is 347 S Gladstone Ave, Aurora, IL 60506.\n* Your phone number is +16308926431")]
    [InlineData("You are an impatient hotel guest. Your booking number is 48213 and you arrive on 12 May at 23:00.")]
    [InlineData("你是一位顾客，想订一份披萨。你的电话是13800138000，地址是北京市朝阳区建国路88号。")]
    public void A_simulated_user_has_test_inputs_not_facts(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.Facts.Count == 0, Describe(report));
    }

    [Theory]
    [InlineData("You are a customer service assistant for Pizza Palace at 12 Main Street, Springfield. Call us at (555) 010-4477.")]
    [InlineData("You are the client-intake assistant for Harbor CPAs. Tax returns start at $275 and must be filed by March 15.")]
    [InlineData("You are a support agent for AdventureWorks. You are responding to a customer enquiry.\nReturns are allowed within 30 days; defective products may be returned within 1 year.")]
    [InlineData("Bạn là trợ lý của LoLoSport.\nNhiệm vụ của bạn là hỗ trợ khách hàng.\n- Hotline: (028) 3835 4266\n- Miễn phí ship đơn hàng từ 500.000đ")]
    public void An_assistant_that_serves_customers_is_not_a_simulated_user(string prompt)
    {
        var report = FactDetector.Detect(prompt);
        Assert.True(report.MeetsThreshold(2), Describe(report));
    }
}
