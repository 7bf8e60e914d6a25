using System.Globalization;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;
using PromptAnalyzers.Rules.Cost;
using PromptAnalyzers.Rules.Knowledge;
using PromptAnalyzers.Rules.PromptFiles;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Tests.Rules.PromptFiles;

/// <summary>The options a project without .editorconfig keys gets.</summary>
internal static class PromptAnalyzersOptionsForTests
{
    public static PromptAnalyzersOptions Default { get; } = Create();

    private static PromptAnalyzersOptions Create()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("t", new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class C { }") });
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.AdditionalText>.Empty);
        return PromptAnalyzersOptions.For(options, compilation.SyntaxTrees[0]);
    }
}
