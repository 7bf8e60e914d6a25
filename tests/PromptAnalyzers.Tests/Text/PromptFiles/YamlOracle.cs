using PromptAnalyzers.Text.PromptFiles;
using YamlDotNet.RepresentationModel;

namespace PromptAnalyzers.Tests.Text.PromptFiles;

/// <summary>YamlDotNet as a test-only oracle for <see cref="YamlReader"/>: an expected value is what both read.</summary>
internal static class YamlOracle
{
    public static YamlDotNet.RepresentationModel.YamlNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }

    /// <summary>YamlReader reads <paramref name="expected"/> under <paramref name="key"/>, and so does YamlDotNet (which checks the expectation).</summary>
    public static void AssertBothRead(string yaml, string key, string expected)
    {
        var oracle = (YamlMappingNode)Load(yaml.TrimStart('\uFEFF'));
        Assert.Equal(expected, Assert.IsType<YamlScalarNode>(oracle.Children[new YamlScalarNode(key)]).Value);
        Assert.Equal(expected, YamlReader.Read(yaml)?[key]?.Value);
    }
}
