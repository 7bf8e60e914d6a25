using System.Collections.Immutable;
using PromptAnalyzers.Discovery;

namespace PromptAnalyzers.Tests.Discovery;

/// <summary>
/// The texts <see cref="PromptText"/> gives the rules: its rendering with placeholders, its flat form with hole markers and
/// its runs of static text. They are built once per prompt and shared (a literal prompt is not copied), so these tests pin
/// what each form holds for texts of one part, several parts, empty parts and holes.
/// </summary>
public sealed class PromptTextTests
{
    private static PromptText Of(params PromptPart[] parts) => new(parts.ToImmutableArray());

    private static PromptPart S(string text) => PromptPart.Static(text, origin: null);

    private static PromptPart H(string description = "name") => PromptPart.Hole(description);

    [Fact]
    public void A_literal_prompt_is_given_as_written_in_every_form()
    {
        var literal = "You are a support assistant.";
        var text = Of(S(literal));

        Assert.Same(literal, text.Render());
        Assert.Same(literal, text.Render("\n"));
        Assert.Same(literal, text.Flatten());
        Assert.Same(literal, Assert.Single(text.StaticRuns()));
    }

    [Fact]
    public void Holes_become_the_placeholder_asked_for_and_one_marker_in_the_flat_text()
    {
        var text = Of(S("Hello "), H(), S(", your order "), H("order"), S(" shipped."));

        Assert.Equal("Hello {…}, your order {…} shipped.", text.Render());
        Assert.Equal("Hello \n, your order \n shipped.", text.Render("\n"));
        Assert.Equal("Hello <>, your order <> shipped.", text.Render("<>"));
        Assert.Equal("Hello \uFFFC, your order \uFFFC shipped.", text.Flatten());
        Assert.Equal(new[] { "Hello ", ", your order ", " shipped." }, text.StaticRuns());
    }

    [Fact]
    public void The_default_rendering_is_built_once_and_another_placeholder_does_not_replace_it()
    {
        var text = Of(S("A "), H(), S(" B"));

        var first = text.Render();
        Assert.Equal("A \n B", text.Render("\n"));
        Assert.Same(first, text.Render());
        Assert.Same(text.Flatten(), text.Flatten());
    }

    [Fact]
    public void Static_parts_between_holes_are_joined_into_one_run_and_empty_runs_are_left_out()
    {
        var text = Of(H(), S(""), H(), S("line one"), S("\n"), S("line two"), H(), S(""));

        Assert.Equal(new[] { "line one\nline two" }, text.StaticRuns());
        Assert.Empty(Of(S("")).StaticRuns());
        Assert.Empty(Of(H()).StaticRuns());
        Assert.Empty(Of().StaticRuns());
    }

    [Fact]
    public void Texts_of_holes_only_or_no_parts_render_as_placeholders_or_nothing()
    {
        Assert.Equal("{…}{…}", Of(H(), H()).Render());
        Assert.Equal("\uFFFC", Of(H()).Flatten());
        Assert.Equal(string.Empty, Of().Render());
        Assert.Equal(string.Empty, Of().Flatten());
    }

    [Fact]
    public void A_slice_of_the_flat_text_renders_the_parts_it_covers()
    {
        var text = Of(S("Intro. "), H(), S(" Rules: be brief."));
        var flat = text.Flatten();
        var start = flat.IndexOf("Rules", StringComparison.Ordinal);

        var slice = text.Slice(start, flat.Length);

        Assert.Equal("Rules: be brief.", slice.Render());
        Assert.Equal(new[] { "Rules: be brief." }, slice.StaticRuns());
    }
}
