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
}
