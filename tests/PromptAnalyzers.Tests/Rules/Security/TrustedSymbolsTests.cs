using Microsoft.CodeAnalysis;
using PromptAnalyzers.Rules.Security;
using PromptAnalyzers.Tests.Infrastructure;

namespace PromptAnalyzers.Tests.Rules.Security;

/// <summary>PA4001's trusted_sources and sanitizers entries: documentation IDs, Type.Member names and type names.</summary>
[Trait("Rule", "PA4001")]
public sealed class TrustedSymbolsTests
{
    private static readonly IMethodSymbol Describe = DiscoveryHarness.Compile("""
        namespace Contoso.Tenants;
        public static class TenantSettings
        {
            public static string Describe(string tenant) => tenant;
        }
        """).GetTypeByMetadataName("Contoso.Tenants.TenantSettings")!.GetMembers("Describe").OfType<IMethodSymbol>().Single();

    [Theory]
    [InlineData("M:Contoso.Tenants.TenantSettings.Describe(System.String)")]
    [InlineData("TenantSettings.Describe")]
    [InlineData("Contoso.Tenants.TenantSettings.Describe")]
    [InlineData("Contoso.Tenants.TenantSettings")]
    [InlineData("T:Contoso.Tenants.TenantSettings")]
    [InlineData("Other.Thing; TenantSettings.Describe")]
    [InlineData("Other.Thing TenantSettings.Describe")]
    public void Entry_names_the_method(string entries) => Assert.True(new TrustedSymbols(entries).Contains(Describe), DocumentationCommentId.CreateDeclarationId(Describe));

    [Theory]
    [InlineData("")]
    [InlineData("TenantSettings.Describe2")]
    [InlineData("M:Contoso.Tenants.TenantSettings.Describe(System.Int32)")]
    [InlineData("Settings.Describe")]
    public void Other_entries_do_not(string entries) => Assert.False(new TrustedSymbols(entries).Contains(Describe));
}
