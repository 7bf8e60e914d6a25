using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;

namespace PromptAnalyzers.Rules.Knowledge;

/// <summary>
/// Which prompt sites the Knowledge rules (PA1001, PA1002 on C# training examples, PA1003) look at. They look for knowledge the
/// application ships to the people it serves; by default they skip test code, evaluation (judge) prompts, hardcoded sample
/// turns and task input, whose values are test data, rubrics, examples and the data a user asks about. Each kind is turned
/// back on by its option. The cost rules (PA2001, PA2002) look at every site whatever its kind: each is a real call's tokens.
/// </summary>
internal static class KnowledgeScope
{
    /// <summary>
    /// True when the Knowledge rules look at a site of <paramref name="kind"/>. Training examples (PA1002) are examples by
    /// nature: only the test and evaluation options apply to them.
    /// </summary>
    public static bool Covers(PromptKind kind, PromptAnalyzersOptions options, bool trainingExample = false)
    {
        if (Has(kind, PromptKind.Test) && !options.AnalyzeTests)
        {
            return false;
        }

        if (Has(kind, PromptKind.Evaluation) && !options.AnalyzeEvaluators)
        {
            return false;
        }

        if (trainingExample)
        {
            return true;
        }

        return (!Has(kind, PromptKind.Example) || options.AnalyzeExamples)
            && (!Has(kind, PromptKind.TaskInput) || options.AnalyzeTaskInput);
    }

    private static bool Has(PromptKind kind, PromptKind flag) => (kind & flag) != 0;
}
