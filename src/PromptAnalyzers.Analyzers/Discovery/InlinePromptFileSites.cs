using System.Collections.Generic;
using PromptAnalyzers.Text.PromptFiles;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// A prompt file written inline (YAML or Prompty text handed to an SDK that parses it): parsed like the file, one site per
/// message or template, each a template whose {{variables}} are dynamic.
/// </summary>
internal static class InlinePromptFileSites
{
    /// <summary>The sites of the file text at <paramref name="use"/>; only fully static text is parsed (a hole could be any YAML).</summary>
    public static IEnumerable<PromptSite> Of(SinkUse use, SiteContext context)
    {
        var text = context.Text.Reconstruct(use.Value);
        if (!text.IsFullyStatic || !text.HasStaticText || use.Spec.InlineFileName is not { } fileName)
        {
            yield break;
        }

        var file = PromptFileParser.Parse(fileName, text.Render(), markedPrompt: true, context.CancellationToken);
        if (file is null)
        {
            yield break;
        }

        var model = file.ModelId is { } fromFile ? new ModelChoice(fromFile, use.Value.Syntax) : context.Models.Resolve(use.Sink);
        foreach (var section in file.Sections)
        {
            if (string.IsNullOrWhiteSpace(section.Source.Text) || section.Role == PromptFileRole.Unknown)
            {
                continue;
            }

            var origin = text.Parts.Length == 1 ? text.Parts[0].Origin : null;
            yield return new PromptSite(use.Value.Syntax, section.Role.ToPromptRole(), PromptText.Static(section.Source.Text, origin), use.Spec.Describe(), model, isTemplate: true);
        }
    }
}
