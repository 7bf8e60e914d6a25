using System.Diagnostics;
using System.Text;

namespace PromptAnalyzers.Tests.Package;

/// <summary>
/// Runs the .NET CLI the tests themselves run on, as a user would from a shell. Where packages land is
/// the test's choice (<see cref="NuGetFolders"/>), never the caller's. The caller's feeds (the NuGet.Config
/// under DOTNET_CLI_HOME or HOME) and HTTP cache (NUGET_HTTP_CACHE_PATH) stay in force: they only say where a
/// package missing from those folders is downloaded from and where the download is cached.
/// </summary>
public static class DotNetCli
{
    public sealed record Result(int ExitCode, string Output, string CommandLine)
    {
        public override string ToString() => $"> {CommandLine}\nexit code {ExitCode}\n{Output}";
    }

    public static Result Run(string workingDirectory, NuGetFolders packages, TimeSpan timeout, params string[] arguments)
    {
        var startInfo = StartInfo(workingDirectory, packages, arguments);
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.RedirectStandardInput = true;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var commandLine = "dotnet " + string.Join(" ", arguments);
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{commandLine}' in {workingDirectory} did not finish within {timeout}.\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new Result(process.ExitCode, output.ToString(), commandLine);
        }
    }

    /// <summary>How a test starts <c>dotnet</c> with <paramref name="arguments"/>: the package folders chosen, MSBuild's variables cleared.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, NuGetFolders packages, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(DotNetExecutable())
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The test host inherits MSBuild variables from `dotnet test`; a child build must start clean.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            startInfo.Environment.Remove(name);
        }

        packages.ApplyTo(startInfo.Environment);

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        return startInfo;
    }

    private static string DotNetExecutable()
    {
        // Set by the .NET CLI for the processes it starts (dotnet test -> test host).
        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(hostPath) && File.Exists(hostPath) ? hostPath : "dotnet";
    }
}
