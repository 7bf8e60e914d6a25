using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.Extensions.AI;
using PromptAnalyzers.CodeFixes.Rules.Knowledge;
using PromptAnalyzers.Knowledge;
using PromptAnalyzers.Rules.Knowledge;
using PromptAnalyzers.Tests.Infrastructure;
using PromptAnalyzers.Tests.Knowledge;

namespace PromptAnalyzers.Tests.Rules.Knowledge;

/// <summary>
/// The fix end to end, with a recording IChatClient and no network: the app is analysed, fixed through the
/// Workspaces API, compiled and run; the knowledge file the fix added is placed where the app reads it.
/// </summary>
[Trait("Rule", "PA1001")]
public sealed class HardcodedFactsFixEndToEndTests
{
    private const string App = """
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;

        public static class SupportApp
        {
            public static async Task<string> AskAsync(IChatClient client, string question)
            {
                var response = await client.GetResponseAsync(
                [
                    new ChatMessage(ChatRole.System, "You are Contoso's support bot. Be brief.\nThe Pro plan costs $49/month.\nRefunds are accepted within 30 days.\nSupport is reachable at support@contoso.com."),
                    new ChatMessage(ChatRole.User, question),
                ]);
                return response.Text;
            }
        }
        """;

    [Fact]
    public async Task Fixed_app_retrieves_the_asked_fact_and_sees_knowledge_edits_while_running()
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var references = TestReferences.Framework.AddRange(TestReferences.Sdks).Add(MetadataReference.CreateFromFile(typeof(KnowledgeBase).Assembly.Location));
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "SupportApp", "SupportApp", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: references))
            .AddDocument(DocumentId.CreateNewId(projectId), "SupportApp.cs", SourceText.From(App));
        Assert.True(workspace.TryApplyChanges(solution));
        var project = workspace.CurrentSolution.GetProject(projectId)!;

        // Before: the facts sit in the system prompt.
        var before = await RunAsync(project, "How much does the Pro plan cost?");
        Assert.Contains("The Pro plan costs $49/month.", before.System, StringComparison.Ordinal);

        // The fix, through the Workspaces API.
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostic = Assert.Single(await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardcodedFactsAnalyzer()), project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync());
        var document = project.Documents.Single();
        var actions = new List<CodeAction>();
        await new HardcodedFactsCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var action = Assert.Single(actions);
        Assert.Equal("Move facts to knowledge/SupportApp.AskAsync.md and retrieve them per question", action.Title);
        var operation = Assert.Single((await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        Assert.True(workspace.TryApplyChanges(operation.ChangedSolution));
        project = workspace.CurrentSolution.GetProject(projectId)!;
        var knowledge = Assert.Single(project.AdditionalDocuments);

        // Deploy the knowledge file where KnowledgeBase.Default reads it (the package copies knowledge/** there).
        var deployed = Path.Combine(AppContext.BaseDirectory, "knowledge", "e2e-" + Guid.NewGuid().ToString("N"), knowledge.Name);
        Directory.CreateDirectory(Path.GetDirectoryName(deployed)!);
        try
        {
            await File.WriteAllTextAsync(deployed, (await knowledge.GetTextAsync()).ToString());
            var after = await RunAsync(project, "How much does the Pro plan cost?");
            var prompt = after.System[..after.System.IndexOf(KnowledgeContext.Instruction, StringComparison.Ordinal)];
            Assert.Equal("You are Contoso's support bot. Be brief.\n\n", prompt);
            var context = after.System[prompt.Length..];
            Assert.Contains("The Pro plan costs $49/month.", context, StringComparison.Ordinal);
            Assert.DoesNotContain("support@contoso.com", after.System, StringComparison.Ordinal);
            Assert.DoesNotContain("within 30 days", after.System, StringComparison.Ordinal);

            // Edit the knowledge while the app runs: the next answer's context changes, no rebuild, no restart.
            await File.WriteAllTextAsync(deployed, (await File.ReadAllTextAsync(deployed)).Replace("$49/month", "$59/month", StringComparison.Ordinal));
            var edited = await after.Ask("How much does the Pro plan cost?");
            Assert.Contains("The Pro plan costs $59/month.", edited, StringComparison.Ordinal);
            Assert.DoesNotContain("$49/month", edited, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(deployed)!, recursive: true);
        }
    }

    private static async Task<(string System, Func<string, Task<string>> Ask)> RunAsync(Project project, string question)
    {
        var compilation = (await project.GetCompilationAsync())!;
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var assembly = Assembly.Load(stream.ToArray());
        var ask = assembly.GetType("SupportApp")!.GetMethod("AskAsync")!;
        var recorder = new RecordingChatClient();

        async Task<string> Ask(string q)
        {
            await (Task<string>)ask.Invoke(null, [recorder, q])!;
            var sent = recorder.Requests[^1];
            Assert.Equal(q, sent.Single(m => m.Role == ChatRole.User).Text);
            return sent.Single(m => m.Role == ChatRole.System).Text;
        }

        return (await Ask(question), Ask);
    }
}
