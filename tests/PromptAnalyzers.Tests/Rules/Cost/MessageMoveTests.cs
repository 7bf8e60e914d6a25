using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Rules.Cost;

namespace PromptAnalyzers.Tests.Rules.Cost;

/// <summary>The PA2003 diagnostic properties that carry a message move from the analyzer to the fix: one codec, read back as written.</summary>
[Trait("Rule", "PA2003")]
public sealed class MessageMoveTests
{
    [Fact]
    public void A_move_and_the_across_messages_mark_read_back_as_written()
    {
        var properties = MessageMove.Properties(new MessageMove(new TextSpan(120, 48), new TextSpan(230, 35)), acrossMessages: true);

        var read = MessageMove.From(properties);

        Assert.NotNull(read);
        Assert.Equal(new TextSpan(120, 48), read.Move);
        Assert.Equal(new TextSpan(230, 35), read.After);
        Assert.True(MessageMove.IsAcrossMessages(properties));
    }

    [Fact]
    public void No_move_and_no_mark_when_the_text_is_in_one_message()
    {
        var properties = MessageMove.Properties(null, acrossMessages: false);

        Assert.Null(MessageMove.From(properties));
        Assert.False(MessageMove.IsAcrossMessages(properties));
        Assert.Empty(properties);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("-1,4")]
    [InlineData("a,b")]
    public void A_malformed_span_is_no_move(string span)
    {
        var properties = MessageMove.Properties(null, acrossMessages: true)
            .Add(MessageMove.MoveProperty, span)
            .Add(MessageMove.AfterProperty, "10,2");

        Assert.Null(MessageMove.From(properties));
    }
}
