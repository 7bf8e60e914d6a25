using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace PromptAnalyzers.StandIns;

/// <summary>
/// Reference assemblies for LLM packages the NuGet mirror of this workplace does not serve (Semantic Kernel agents, YAML and
/// Prompty functions, Agent Framework's OpenAI extensions and hosting, and the preview names of Agent Framework), compiled in
/// memory from the sources in this folder, which declare their real metadata names and signatures. This folder is the one
/// place they are kept: the RealWorld tool and the tests both compile this file and embed the sources next to it (see their
/// project files), so that what the tests check is what the real-world evaluation binds. The bodies never run.
/// </summary>
internal static class StandInAssemblies
{
    /// <summary>Each assembly and its source, in dependency order (a part is compiled against the parts before it).</summary>
    private static readonly (string Assembly, string Source)[] Parts =
    [
        ("Microsoft.SemanticKernel.Agents.Abstractions", "Microsoft.SemanticKernel.Agents.Abstractions.cs"),
        ("Microsoft.SemanticKernel.Agents.Core", "Microsoft.SemanticKernel.Agents.Core.cs"),
        ("Microsoft.Agents.AI.OpenAI", "Microsoft.Agents.AI.OpenAI.cs"),
        ("Microsoft.Agents.AI.Hosting", "Microsoft.Agents.AI.Hosting.cs"),
        ("Microsoft.Agents.AI.Previews", "Microsoft.Agents.AI.Previews.cs"),
        ("Microsoft.SemanticKernel.Yaml", "Microsoft.SemanticKernel.Yaml.cs"),
        ("Microsoft.SemanticKernel.Prompty", "Microsoft.SemanticKernel.Prompty.cs"),
    ];

    /// <summary>The names of the assemblies the stand-ins provide.</summary>
    public static IEnumerable<string> AssemblyNames => Parts.Select(p => p.Assembly);

    /// <summary>
    /// Compiles each part whose assembly is not in <paramref name="present"/> (a real copy wins) against the given references
    /// and the parts before it; metadata only.
    /// </summary>
    public static ImmutableArray<MetadataReference> Compile(ImmutableArray<MetadataReference> references, ICollection<string>? present = null)
    {
        var compiled = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var (assembly, source) in Parts)
        {
            if (present?.Contains(assembly) == true)
            {
                continue;
            }

            var tree = CSharpSyntaxTree.ParseText(ReadSource(source), new CSharpParseOptions(LanguageVersion.Latest), path: source);
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

    private static string ReadSource(string source)
    {
        var resources = typeof(StandInAssemblies).Assembly;
        var name = resources.GetManifestResourceNames().Single(n => n == "StandIns." + source);
        using var stream = resources.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
