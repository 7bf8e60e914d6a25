using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;
using PromptAnalyzers.Rules.Cost;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Discovery;

public sealed class AcceptingMembersTests
{
    [Fact]
    public void The_listed_members_that_accept_conversion_types_cover_the_referenced_SDKs()
    {
        var compilation = DiscoveryHarness.Compile("class C { }");
        var catalog = PromptDiscovery.For(compilation).Catalog;
        var searched = SinkCatalog.SearchAcceptingMembers(compilation);
        Assert.NotEmpty(searched);
        var missing = new List<string>();
        foreach (var (type, found) in searched)
        {
            missing.AddRange(found.Called.Where(n => !catalog.EntryNames.Contains(IdentifierIndex.Hash(n))).Select(n => type + ": " + n));
            missing.AddRange(found.Assigned.Where(n => !catalog.EntryNames.Contains(IdentifierIndex.AssignedHash(n))).Select(n => type + ": " + n + " ="));
        }

        Assert.True(missing.Count == 0, "Add to SinkCatalog.AcceptingMembers: " + string.Join(", ", missing));
    }
}
