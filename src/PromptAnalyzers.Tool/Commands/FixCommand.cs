using Spectre.Console.Cli;

namespace PromptAnalyzers.Tool.Commands;

/// <summary>Placeholder until the fix command lands.</summary>
internal sealed class FixCommand : Command<EmptyCommandSettings>
{
    public override int Execute(CommandContext context, EmptyCommandSettings settings, CancellationToken cancellationToken) => 0;
}
