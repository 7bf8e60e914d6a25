using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace PromptAnalyzers.Tests.Infrastructure;

/// <summary>
/// What a web project compiles against besides the .NET 10 reference pack: the ASP.NET Core shared framework
/// (Microsoft.AspNetCore.App.Ref, as the Web SDK's FrameworkReference brings it), and the LLM SDKs minus the assemblies
/// the shared framework already holds (Microsoft.Extensions.*.Abstractions): one assembly per name, as in a real build.
/// </summary>
public static class WebReferences
{
    /// <summary>The shared framework's reference pack, resolved like the .NET one (its assemblies live under ref/, not lib/).</summary>
    private static readonly ReferenceAssemblies AspNetCorePack = new(
        "net10.0",
        new PackageIdentity("Microsoft.AspNetCore.App.Ref", "10.0.12"),
        Path.Combine("ref", "net10.0"));

    /// <summary>The ASP.NET Core assemblies, then the SDK assemblies (with the stand-ins) whose names the shared framework does not hold.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
    {
        var framework = AspNetCorePack.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();
        var names = new HashSet<string>(framework.Select(reference => Path.GetFileName(reference.Display ?? string.Empty)), StringComparer.OrdinalIgnoreCase);
        var netCore = TestReferences.Net10.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();
        var netCoreNames = new HashSet<string>(netCore.Select(reference => Path.GetFileName(reference.Display ?? string.Empty)), StringComparer.OrdinalIgnoreCase);
        return framework.Where(reference => !netCoreNames.Contains(Path.GetFileName(reference.Display ?? string.Empty)))
            .Concat(TestReferences.Sdks.Where(reference => !names.Contains(Path.GetFileName(reference.Display ?? string.Empty))))
            .ToImmutableArray();
    });
}
