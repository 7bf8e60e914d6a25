using Spectre.Console;

namespace PromptAnalyzers.Tool.Commands;

/// <summary>Consoles for progress and errors (standard error) and for a console report written to a file.</summary>
internal static class ErrorConsole
{
    public static IAnsiConsole Create()
        => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>A plain-text console writing into <paramref name="writer"/> (no colours, wide enough not to wrap messages).</summary>
    public static IAnsiConsole CreatePlain(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        return console;
    }
}
