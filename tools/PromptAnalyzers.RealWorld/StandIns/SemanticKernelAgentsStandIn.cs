using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace PromptAnalyzers.RealWorld.StandIns;

/// <summary>
/// Reference assemblies for the Semantic Kernel agents packages (Microsoft.SemanticKernel.Agents.Abstractions and
/// .Core), which the NuGet mirror of this workplace does not serve. They are compiled in memory from the embedded
/// sources in StandIns/Sources, which declare the real metadata names and signatures of the members the labelled
/// repositories use, so that code built on ChatCompletionAgent, AgentGroupChat and their kin binds in the loose
/// compilations. A real copy of the package passed with --refs wins over the stand-in.
/// </summary>
internal static class SemanticKernelAgentsStandIn
{
    private static readonly (string Assembly, string Resource)[] Parts =
    [
        ("Microsoft.SemanticKernel.Agents.Abstractions", "StandIns.Sources.Microsoft.SemanticKernel.Agents.Abstractions.cs"),
        ("Microsoft.SemanticKernel.Agents.Core", "StandIns.Sources.Microsoft.SemanticKernel.Agents.Core.cs"),
    ];

    /// <summary>The names of the assemblies the stand-in provides.</summary>
    public static IEnumerable<string> AssemblyNames => Parts.Select(p => p.Assembly);

    /// <summary>Compiles each part against the given references and the parts before it; metadata only.</summary>
    public static ImmutableArray<MetadataReference> Compile(ImmutableArray<MetadataReference> references)
    {
        var compiled = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var (assembly, resource) in Parts)
        {
            var tree = CSharpSyntaxTree.ParseText(ReadResource(resource), new CSharpParseOptions(LanguageVersion.Latest), path: resource);
            var compilation = CSharpCompilation.Create(
                assembly,
                [tree],
                references.AddRange(compiled),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var image = new MemoryStream();
            var result = compilation.Emit(image, options: new EmitOptions(metadataOnly: true));
            if (!result.Success)
            {
                var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
                throw new InvalidOperationException($"The {assembly} stand-in does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
            }

            compiled.Add(MetadataReference.CreateFromImage(image.ToArray(), filePath: assembly + ".dll"));
        }

        return compiled.ToImmutable();
    }

    private static string ReadResource(string resource)
    {
        var name = typeof(SemanticKernelAgentsStandIn).Assembly.GetManifestResourceNames().Single(n => n.EndsWith(resource, StringComparison.Ordinal));
        using var stream = typeof(SemanticKernelAgentsStandIn).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
