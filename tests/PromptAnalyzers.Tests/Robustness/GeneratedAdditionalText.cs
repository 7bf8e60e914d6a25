using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PromptAnalyzers.Tests.Robustness;

/// <summary>An additional file whose text is made when asked for (as the compiler's are), or that has none.</summary>
internal sealed class GeneratedAdditionalText(string path, Func<SourceText?> text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => text();
}
