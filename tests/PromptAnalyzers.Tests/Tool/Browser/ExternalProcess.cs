using System.Diagnostics;
using System.Text;

namespace PromptAnalyzers.Tests.Tool.Browser;

/// <summary>Runs a program to its end with standard output and standard error kept apart.</summary>
internal static class ExternalProcess
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError, string CommandLine)
    {
        public override string ToString() => $"> {CommandLine}\nexit code {ExitCode}\n{StandardOutput}\n{StandardError}";
    }

    public static Result Run(string fileName, string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var error = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.AppendLine(e.Data); } } };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var commandLine = fileName + " " + string.Join(" ", arguments);
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{commandLine}' did not finish within {timeout}.\n{output}\n{error}");
        }

        process.WaitForExit();
        lock (output)
        {
            lock (error)
            {
                return new Result(process.ExitCode, output.ToString(), error.ToString(), commandLine);
            }
        }
    }
}
