using System.Runtime.CompilerServices;

namespace PromptAnalyzers.Discovery;

/// <summary>Method compilation options netstandard2.0 does not name.</summary>
internal static class CompileOptions
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (.NET Core 3.0+; ignored by runtimes without it): the method is compiled
    /// optimized at its first call, skipping tiered compilation's unoptimized and instrumented stages. For the few loops a
    /// compiler process runs over every file of a project before tiering would have caught up (the identifier scan).
    /// </summary>
    public const MethodImplOptions AggressiveOptimization = (MethodImplOptions)512;
}
