using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

using Xunit;

namespace PromptAnalyzers.Tests.Package;

/// <summary>Opens the packed PromptAnalyzers.nupkg and checks what a consumer receives.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class PackageContentTests
{
    /// <summary>
    /// Exactly what analyzers/dotnet/cs holds: our three assemblies and what they load inside the
    /// compiler that not every compiler host provides (System.Text.Json 9 is newer than the .NET 8
    /// SDK's). Roslyn, System.Collections.Immutable, System.Memory and the like belong to the host
    /// and must never ship.
    /// </summary>
    private static readonly string[] AnalyzerAssemblies =
    [
        "Microsoft.Bcl.HashCode.dll",
        "System.Text.Json.dll",
        "System.Text.Encodings.Web.dll",
        "Microsoft.Bcl.AsyncInterfaces.dll",
        "System.IO.Pipelines.dll",
        "Microsoft.Bcl.Memory.dll",
        "Microsoft.ML.Tokenizers.Data.Cl100kBase.dll",
        "Microsoft.ML.Tokenizers.Data.O200kBase.dll",
        "Microsoft.ML.Tokenizers.dll",
        "PromptAnalyzers.Analyzers.dll",
        "PromptAnalyzers.CodeFixes.dll",
        "PromptAnalyzers.Text.dll",
    ];

    private readonly PackageFixture _package;

    public PackageContentTests(PackageFixture package) => _package = package;

    [Fact]
    public void Pack_produces_one_package_named_after_its_version()
    {
        var path = _package.RequirePackage();
        Assert.Equal($"PromptAnalyzers.{_package.Version}.nupkg", Path.GetFileName(path));
    }

    [Fact]
    public void Pack_reports_no_warning()
    {
        _package.RequirePackage();
        var warnings = _package.PackResult.Output.Split('\n').Where(line => line.Contains("warning ", StringComparison.Ordinal)).ToArray();
        Assert.True(warnings.Length == 0, "dotnet pack warned:\n" + string.Join("\n", warnings));
    }

    [Fact]
    public void Package_contains_exactly_the_expected_files()
    {
        using var archive = ZipFile.OpenRead(_package.RequirePackage());
        var files = archive.Entries
            .Select(e => e.FullName)
            .Where(name => !IsPackagingPart(name))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();

        var expected = AnalyzerAssemblies.Select(name => "analyzers/dotnet/cs/" + name)
            .Concat(
            [
                "PromptAnalyzers.nuspec",
                "README.md",
                "build/PromptAnalyzers.props",
                "build/PromptAnalyzers.targets",
                "buildTransitive/PromptAnalyzers.props",
                "buildTransitive/PromptAnalyzers.targets",
                "lib/net8.0/PromptAnalyzers.Knowledge.dll",
                "lib/net8.0/PromptAnalyzers.Knowledge.xml",
                "lib/netstandard2.0/PromptAnalyzers.Knowledge.dll",
                "lib/netstandard2.0/PromptAnalyzers.Knowledge.xml",
            ])
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(expected, files);
    }

    [Fact]
    public void Analyzer_assemblies_are_the_netstandard2_0_builds()
    {
        using var archive = ZipFile.OpenRead(_package.RequirePackage());
        foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal)))
        {
            using var stream = new MemoryStream();
            using (var entryStream = entry.Open())
            {
                entryStream.CopyTo(stream);
            }

            stream.Position = 0;
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            Assert.True(TargetFramework(reader) == ".NETStandard,Version=v2.0", entry.FullName + " targets " + TargetFramework(reader));
        }
    }

    [Fact]
    public void Knowledge_library_is_built_for_each_lib_folder_framework()
    {
        using var archive = ZipFile.OpenRead(_package.RequirePackage());
        foreach (var (folder, framework) in new[] { ("lib/netstandard2.0/", ".NETStandard,Version=v2.0"), ("lib/net8.0/", ".NETCoreApp,Version=v8.0") })
        {
            var entry = archive.GetEntry(folder + "PromptAnalyzers.Knowledge.dll");
            Assert.NotNull(entry);
            using var stream = new MemoryStream();
            using (var entryStream = entry!.Open())
            {
                entryStream.CopyTo(stream);
            }

            stream.Position = 0;
            using var pe = new PEReader(stream);
            Assert.Equal(framework, TargetFramework(pe.GetMetadataReader()));
        }
    }

    [Fact]
    public void Nuspec_declares_the_knowledge_library_dependencies_license_tags_readme_and_repository()
    {
        var metadata = ReadNuspecMetadata();
        XNamespace ns = metadata.Name.Namespace;

        Assert.Equal("PromptAnalyzers", metadata.Element(ns + "id")?.Value);
        Assert.Equal(_package.Version, metadata.Element(ns + "version")?.Value);
        // Not a developmentDependency: NuGet would then leave lib/ (the knowledge library) out of the compile references.
        Assert.Null(metadata.Element(ns + "developmentDependency"));

        var license = metadata.Element(ns + "license");
        Assert.NotNull(license);
        Assert.Equal("expression", license!.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);

        var tags = (metadata.Element(ns + "tags")?.Value ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var tag in new[] { "roslyn", "analyzer", "llm", "prompt", "openai", "semantic-kernel", "rag", "tokens" })
        {
            Assert.Contains(tag, tags);
        }

        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")?.Value));

        var repository = metadata.Element(ns + "repository");
        Assert.NotNull(repository);
        Assert.Equal("git", repository!.Attribute("type")?.Value);
        Assert.StartsWith("https://", repository.Attribute("url")?.Value, StringComparison.Ordinal);

        // The knowledge library's dependencies, and nothing of the analyzers' (they ship inside analyzers/).
        var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group").ToArray();
        Assert.Equal(new[] { ".NETStandard2.0", "net8.0" }, groups.Select(g => g.Attribute("targetFramework")!.Value).OrderBy(v => v, StringComparer.Ordinal).ToArray());
        foreach (var group in groups)
        {
            Assert.Equal(
                new[] { "Microsoft.Extensions.AI", "Microsoft.Extensions.VectorData.Abstractions" },
                group.Elements(ns + "dependency").Select(d => d.Attribute("id")!.Value).OrderBy(v => v, StringComparer.Ordinal).ToArray());
        }
    }

    [Fact]
    public void Props_add_jsonl_files_and_expose_the_kind_metadata()
    {
        using var archive = ZipFile.OpenRead(_package.RequirePackage());
        var props = ReadEntry(archive, "buildTransitive/PromptAnalyzers.props");
        var targets = ReadEntry(archive, "buildTransitive/PromptAnalyzers.targets");

        Assert.Contains("<CompilerVisibleItemMetadata Include=\"AdditionalFiles\" MetadataName=\"PromptAnalyzersKind\" />", props, StringComparison.Ordinal);
        Assert.Contains("<CompilerVisibleProperty Include=\"IsTestProject\" />", props, StringComparison.Ordinal);
        Assert.Contains("PromptAnalyzersIncludeJsonl", targets, StringComparison.Ordinal);
        Assert.Contains("**/*.jsonl", targets, StringComparison.Ordinal);
        Assert.Contains("knowledge/**", targets, StringComparison.Ordinal);
        Assert.Contains("PromptAnalyzersIncludeKnowledge", props, StringComparison.Ordinal);
        Assert.Contains("../buildTransitive/PromptAnalyzers.props", ReadEntry(archive, "build/PromptAnalyzers.props"), StringComparison.Ordinal);
        Assert.Contains("../buildTransitive/PromptAnalyzers.targets", ReadEntry(archive, "build/PromptAnalyzers.targets"), StringComparison.Ordinal);
    }

    private XElement ReadNuspecMetadata()
    {
        using var archive = ZipFile.OpenRead(_package.RequirePackage());
        var document = XDocument.Parse(ReadEntry(archive, "PromptAnalyzers.nuspec"));
        return document.Root!.Element(document.Root.Name.Namespace + "metadata")!;
    }

    private static string ReadEntry(ZipArchive archive, string name)
    {
        var entry = archive.GetEntry(name);
        Assert.True(entry is not null, name + " missing from the package");
        using var reader = new StreamReader(entry!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Files every .nupkg has because it is an OPC zip; not content.</summary>
    private static bool IsPackagingPart(string name) =>
        name == "[Content_Types].xml" || name.StartsWith("_rels/", StringComparison.Ordinal) || name.StartsWith("package/", StringComparison.Ordinal);

    private static string? TargetFramework(MetadataReader reader)
    {
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            var constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (constructor.Parent.Kind != HandleKind.TypeReference
                || reader.GetString(reader.GetTypeReference((TypeReferenceHandle)constructor.Parent).Name) != "TargetFrameworkAttribute")
            {
                continue;
            }

            var value = reader.GetBlobReader(attribute.Value);
            value.ReadUInt16(); // prolog
            return value.ReadSerializedString();
        }

        return null;
    }
}
