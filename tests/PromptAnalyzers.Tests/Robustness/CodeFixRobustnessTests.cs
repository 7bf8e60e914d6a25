using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PromptAnalyzers.Tests.Robustness;

/// <summary>
/// Every offered fix of every CodeFixProvider in the code-fix assembly, applied to every diagnostic the analyzers
/// report on the corpus: the fix does not throw, the result parses as well as the input did, and no prompt text is
/// lost (each word of the prompt's literals is still somewhere in the solution, in code or in an added file).
/// With no provider yet it checks that it looked; a new provider is tested with no edit here.
/// </summary>
[Trait("Category", "Robustness")]
public sealed partial class CodeFixRobustnessTests(ITestOutputHelper output)
{
    private static Assembly CodeFixAssembly { get; } = Assembly.Load("PromptAnalyzers.CodeFixes");

    private static ImmutableArray<CodeFixProvider> Providers() => CodeFixAssembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    [Fact]
    public void Providers_are_enumerated_and_fix_only_the_package_rules()
    {
        Assert.Equal("PromptAnalyzers.CodeFixes", CodeFixAssembly.GetName().Name);
        var providers = Providers();
        var ruleIds = RobustnessHarness.AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
        output.WriteLine($"{providers.Length} code fix providers: {string.Join(", ", providers.Select(p => p.GetType().Name))}");
        foreach (var provider in providers)
        {
            Assert.NotNull(provider.GetType().GetCustomAttribute<ExportCodeFixProviderAttribute>());
            Assert.NotEmpty(provider.FixableDiagnosticIds);
            Assert.All(provider.FixableDiagnosticIds, id => Assert.Contains(id, ruleIds));
        }
    }

    [Fact]
    public async Task Every_offered_fix_keeps_the_code_parsing_and_the_prompt_text()
    {
        var providers = Providers();
        var applied = 0;
        var diagnosticsSeen = 0;
        foreach (var input in SourceCorpus.All().Where(i => i.OtherFiles.IsDefault))
        {
            var compilation = RobustnessHarness.Compile(input.Files());
            var outcome = await RobustnessHarness.RunAsync(compilation);
            outcome.AssertHealthy(input.Name);
            var fixable = outcome.Diagnostics.Where(d => d.Location.IsInSource && providers.Any(p => p.FixableDiagnosticIds.Contains(d.Id))).ToList();
            diagnosticsSeen += outcome.Diagnostics.Length;
            foreach (var diagnostic in fixable)
            {
                applied += await ApplyEveryFixAsync(input, diagnostic, providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)));
            }
        }

        output.WriteLine($"{providers.Length} providers, {diagnosticsSeen} diagnostics on the corpus, {applied} fixes applied");
        Assert.True(providers.IsEmpty || applied > 0, "there are code fix providers but no fix was offered on the corpus");
    }

    private static async Task<int> ApplyEveryFixAsync(FuzzInput input, Diagnostic diagnostic, IEnumerable<CodeFixProvider> providers)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Create(),
            "Fixes",
            "Fixes",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable).WithSpecificDiagnosticOptions(DiscoveryHarness.SuppressedEvaluationWarnings),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: TestReferences.Framework.AddRange(TestReferences.Sdks)));
        workspace.AddDocument(project.Id, "GlobalUsings.cs", SourceText.From(DiscoveryHarness.ImplicitUsings));
        var document = workspace.AddDocument(project.Id, "Input.cs", SourceText.From(input.Text));
        var tree = await document.GetSyntaxTreeAsync();
        var located = Diagnostic.Create(diagnostic.Descriptor, Location.Create(tree!, diagnostic.Location.SourceSpan), diagnostic.AdditionalLocations, diagnostic.Properties);
        var errorsBefore = tree!.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        var promptWords = Words(input.Text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));

        var applied = 0;
        foreach (var provider in providers)
        {
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, located, (action, _) => actions.Add(action), CancellationToken.None);
            await provider.RegisterCodeFixesAsync(context);
            foreach (var action in actions.SelectMany(Flatten))
            {
                var what = $"{provider.GetType().Name} '{action.Title}' on {diagnostic.Id} at {diagnostic.Location.GetLineSpan()} in {input.Name}";
                var operations = await action.GetOperationsAsync(CancellationToken.None);
                var changed = operations.OfType<ApplyChangesOperation>().SingleOrDefault()?.ChangedSolution;
                Assert.True(changed is not null, what + ": no ApplyChangesOperation");
                var allText = new List<string>();
                foreach (var changedDocument in changed!.Projects.SelectMany(p => p.Documents))
                {
                    var changedTree = await changedDocument.GetSyntaxTreeAsync();
                    var errorsAfter = changedTree!.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
                    Assert.True(changedDocument.Id != document.Id || errorsAfter <= errorsBefore, $"{what}: {errorsAfter} syntax errors after the fix, {errorsBefore} before:\n{await changedDocument.GetTextAsync()}");
                    allText.Add((await changedDocument.GetTextAsync()).ToString());
                }

                foreach (var additional in changed.Projects.SelectMany(p => p.AdditionalDocuments.Concat(p.AnalyzerConfigDocuments)))
                {
                    allText.Add((await additional.GetTextAsync()).ToString());
                }

                var after = string.Join("\n", allText);
                var lost = promptWords.Where(w => !after.Contains(w, StringComparison.Ordinal)).ToList();
                Assert.True(lost.Count == 0, $"{what} lost prompt text: {string.Join(", ", lost.Take(10))}");
                applied++;
            }
        }

        return applied;
    }

    private static IEnumerable<CodeAction> Flatten(CodeAction action) =>
        action.NestedActions.IsDefaultOrEmpty ? new[] { action } : action.NestedActions.SelectMany(Flatten);

    /// <summary>The words (3+ letters or digits) inside the string literals of the diagnostic's span: the prompt's own text.</summary>
    private static IReadOnlyList<string> Words(string span)
    {
        var literals = CSharpSyntaxTree.ParseText(span, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot()
            .DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken) || t.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
            .Select(t => t.ValueText);
        return literals.SelectMany(l => Word().Matches(l).Select(m => m.Value)).Distinct().ToList();
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]{3,}")]
    private static partial Regex Word();
}
