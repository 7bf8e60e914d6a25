namespace PromptAnalyzers.Tests.Infrastructure;

/// <summary>
/// Tests that measure the process's memory (GC.GetTotalMemory) run alone: xunit runs other test classes in parallel,
/// and their allocations would show up in the measurement.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "Memory measurements (run alone)";
}
