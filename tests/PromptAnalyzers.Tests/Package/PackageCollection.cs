using System.Globalization;

using Xunit;

namespace PromptAnalyzers.Tests.Package;

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
