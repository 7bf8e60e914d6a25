using System.Text.RegularExpressions;
using System.Xml.Linq;
using PromptAnalyzers.Tests.Package;
using PromptAnalyzers.Text.PromptFiles;

using Xunit;

namespace PromptAnalyzers.Tests.Text.PromptFiles;

public sealed class PromptStoreTests
{
    [Theory]
    [InlineData("Prompts/system.txt")]
    [InlineData("prompts/restaurants/tasca-maria/booking-flow.txt")]
    [InlineData(@"..\BotGenerator.Prompts\shared\common-responses.txt")]
    [InlineData("/repo/src/MyApp.Prompts/SupportAgent.md")]
    [InlineData("Resources/prompt-templates/summarise.md")]
    [InlineData("src/agent_prompts/Classifier.TXT")]
    [InlineData("Prompt/Instructions.md")]
    [InlineData("infra/data/SystemPrompts/ContextSelector/Default.txt")]
    [InlineData("Agents/ChatPromptTemplates/welcome.md")]
    [InlineData("Agent2Prompt/welcome.md")]
    public void Text_and_markdown_under_a_folder_named_for_prompts_are_prompts(string path)
        => Assert.True(PromptStore.IsStorePath(path));

    [Theory]
    [InlineData("Prompts/README.md")]
    [InlineData("prompts/LICENSE.txt")]
    [InlineData("Prompts/settings.json")]
    [InlineData("Prompts/system.prompty")]
    [InlineData("Docs/system.txt")]
    [InlineData("PromptsArchive/system.txt")]
    [InlineData("Myprompts/system.txt")]
    [InlineData("SYSTEMPROMPTS/system.txt")]
    [InlineData("SystemPromptsOld/system.txt")]
    [InlineData("ChatPromptTemplatesV2/system.txt")]
    [InlineData("prompts.txt")]
    [InlineData("Data/prompts.md")]
    [InlineData("")]
    public void Other_files_are_not(string path)
        => Assert.False(PromptStore.IsStorePath(path));

    /// <summary>
    /// The package's MSBuild target states the same rule as a regular expression over the item's path (plus an extension
    /// and file-name check): both must agree on every path above.
    /// </summary>
    [Fact]
    public void The_MSBuild_target_and_IsStorePath_agree()
    {
        var targets = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "PromptAnalyzers.Package", "buildTransitive", "PromptAnalyzers.targets"));
        var folder = new Regex(targets.Descendants().Single(e => e.Name.LocalName == "_PromptAnalyzersStoreFolder").Value);
        var documentation = new Regex("(?i)^(readme|license|licence|changelog|contributing|notice)$");
        var paths = typeof(PromptStoreTests).GetMethods()
            .SelectMany(m => m.GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>())
            .Select(data => (string)data.GetData(null!).Single()[0]);
        foreach (var path in paths)
        {
            var extension = Path.GetExtension(path.Replace('\\', '/'));
            var name = Path.GetFileNameWithoutExtension(path.Replace('\\', '/'));
            var byTarget = (extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
                && !documentation.IsMatch(name) && folder.IsMatch(path);
            Assert.True(byTarget == PromptStore.IsStorePath(path), path);
        }
    }
}
