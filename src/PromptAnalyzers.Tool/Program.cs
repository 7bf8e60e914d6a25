using Microsoft.Build.Locator;
using PromptAnalyzers.Tool.Commands;
using Spectre.Console.Cli;

namespace PromptAnalyzers.Tool;

/// <summary>Entry point of <c>prompt-analyzers</c>.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // MSBuild must be located before any type of Microsoft.Build or MSBuildWorkspace is loaded: the commands
        // that use them are only JIT-compiled after this line.
        if (!MSBuildLocator.IsRegistered)
        {
            try
            {
                MSBuildLocator.RegisterDefaults();
            }
            catch (InvalidOperationException exception)
            {
                Console.Error.WriteLine("error: no .NET SDK found (" + exception.Message + "). Install the .NET SDK and put dotnet on PATH.");
                return ExitCodes.LoadError;
            }
        }

        return CreateApp().Run(args);
    }

    internal static CommandApp CreateApp()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("prompt-analyzers");
            config.AddCommand<ReportCommand>("report")
                .WithDescription("Runs the PromptAnalyzers rules on a solution or project and writes the inventory of prompts, costs and facts.")
                .WithExample("report", "PromptAnalyzers.sln")
                .WithExample("report", "src/App/App.csproj", "--format", "json", "--out", "prompts.json");
            config.AddCommand<FixCommand>("fix")
                .WithDescription("Applies the PromptAnalyzers code fixes (e.g. PA1001: facts to knowledge/*.md) and writes the changed and new files.")
                .WithExample("fix", "PromptAnalyzers.sln", "--rule", "PA1001", "--dry-run");
        });
        return app;
    }
}
