using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace PromptAnalyzers.Tests.Infrastructure;

/// <summary>
/// The real SDK assemblies (referenced by this test project, copied to its output) and .NET 10 reference assemblies,
/// so that test sources compile against Microsoft.Extensions.AI, OpenAI, Semantic Kernel, Anthropic and OllamaSharp.
/// </summary>
public static class TestReferences
{
    private static readonly string[] SdkPrefixes =
    {
        "Microsoft.Extensions.AI", "OpenAI", "System.ClientModel", "Microsoft.SemanticKernel", "Anthropic", "OllamaSharp",
        "Azure.AI.OpenAI", "Azure.Core", "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Logging.Abstractions",
        "Microsoft.Extensions.VectorData", "Microsoft.Bcl.AsyncInterfaces", "System.Memory.Data", "Microsoft.Agents.AI",
        "Microsoft.Extensions.Hosting.Abstractions", "Microsoft.Extensions.Configuration.Abstractions", "Microsoft.Extensions.FileProviders.Abstractions",
        "Microsoft.Extensions.Diagnostics.Abstractions", "Newtonsoft.Json", "Microsoft.EntityFrameworkCore",
    };

    public static ReferenceAssemblies Net10 { get; } = new(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"),
        Path.Combine("ref", "net10.0"));

    /// <summary>
    /// The SDK assemblies as metadata references, with the stand-ins of tests/StandIns for the LLM packages the NuGet mirror
    /// does not serve (Semantic Kernel agents, Agent Framework's OpenAI extensions and hosting): what the RealWorld tool binds.
    /// </summary>
    public static ImmutableArray<MetadataReference> Sdks => LazySdks.Value;

    private static readonly ImmutableArray<MetadataReference> SdkAssemblies = Directory
        .GetFiles(AppContext.BaseDirectory, "*.dll")
        .Where(path => SdkPrefixes.Any(prefix => Path.GetFileName(path).StartsWith(prefix, StringComparison.Ordinal)))
        .OrderBy(path => path, StringComparer.Ordinal)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray();

    /// <summary>The stand-ins compiled once per test run, against the .NET reference pack and the SDK assemblies.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazySdks = new(() =>
    {
        var referencePack = Net10.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();
        return SdkAssemblies.AddRange(PromptAnalyzers.StandIns.StandInAssemblies.Compile(referencePack.AddRange(SdkAssemblies)));
    });

    /// <summary>
    /// The test frameworks (xUnit v2, NUnit, MSTest) as metadata references: a compilation that references them is test code
    /// unless the build says otherwise, so they are added only by the tests about test code.
    /// </summary>
    public static ImmutableArray<MetadataReference> TestFrameworks { get; } = new[] { "xunit.core.dll", "xunit.abstractions.dll", "nunit.framework.dll", "Microsoft.VisualStudio.TestPlatform.TestFramework.dll", "Microsoft.VisualStudio.TestPlatform.TestFramework.Extensions.dll" }
        .Select(name => Path.Combine(AppContext.BaseDirectory, name))
        .Where(File.Exists)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray();

    /// <summary>Framework references of the running .NET, for compilations built directly (not through the test framework).</summary>
    public static ImmutableArray<MetadataReference> Framework { get; } = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray();
}
