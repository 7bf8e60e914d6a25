using System.Runtime.CompilerServices;

namespace PromptAnalyzers.Text;

/// <summary>Method compilation options netstandard2.0 does not name.</summary>
public static class CompileOptions
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (.NET Core 3.0+; ignored by runtimes without it): the method is compiled
    /// optimized at its first call, skipping tiered compilation's unoptimized and instrumented stages. For the few loops a
    /// compiler process runs over every file or every prompt before tiering would have caught up (the identifier scan, the
    /// fact engine's phrase search). Each use is measured in docs/performance.md: it trades a costlier first compilation
    /// and no profile-guided optimization for never running the loop as unoptimized code.
    /// </summary>
    public const MethodImplOptions AggressiveOptimization = (MethodImplOptions)512;
}
