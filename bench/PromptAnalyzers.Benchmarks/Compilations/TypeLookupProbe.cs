using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PromptAnalyzers.Benchmarks.Compilations;

internal static class TypeLookupProbe
{
    public static int Run(string[] args)
    {
        var ordinary = AnalyzerOverhead.Option(args, "--ordinary-files", 1_900);
        var documentText = GeneratedProject.LargeAiDocument(prompts: 20, lines: 1_000, ordinary);
        var project = BenchReferences.Parse(GeneratedProject.Sources(ordinary, 100));
        var tree = BenchReferences.Parse(new[] { ("/src/Ai/EditedAssistant.cs", documentText) })[0];
        Compilation compilation = BenchReferences.Compile(project.Add(tree), withSdks: true);
        compilation.GetDiagnostics();
        string[] names = { "Microsoft.AspNetCore.Http.HttpRequest", "Microsoft.AspNetCore.Http.IFormFile", "System.Console", "Microsoft.Extensions.AI.ChatRole", "Microsoft.SemanticKernel.KernelArguments", "Microsoft.SemanticKernel.Kernel", "Microsoft.Extensions.AI.ChatMessage", "Microsoft.AspNetCore.SignalR.Hub`1" };
        for (var i = 0; i < 30; i++)
        {
            var newTree = tree.WithChangedText(tree.GetText().WithChanges(new TextChange(new TextSpan(0, 0), "//x\n")));
            compilation = compilation.ReplaceSyntaxTree(tree, newTree);
            tree = newTree;
            var line = new List<string>();
            var sw = Stopwatch.StartNew();
            var gns = compilation.Assembly.GlobalNamespace;
            line.Add($"asmGNS {sw.Elapsed.TotalMilliseconds:F2}");
            foreach (var name in names)
            {
                sw.Restart();
                var t = compilation.GetTypeByMetadataName(name);
                line.Add($"{name.Split('.').Last()} {sw.Elapsed.TotalMilliseconds:F2}{(t is null ? "(null)" : "")}");
            }

            sw.Restart();
            foreach (var name in names)
            {
                compilation.GetTypeByMetadataName(name);
            }

            line.Add($"again {sw.Elapsed.TotalMilliseconds:F2}");
            Console.WriteLine(string.Join(" | ", line));
        }

        return 0;
    }
}
