using System;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// What kind of prompt a site is, from the code around it: the Knowledge rules look for facts the application ships to the
/// people it serves, which test inputs, evaluation rubrics, sample turns and the data a user asks about are not. A site can
/// be several kinds at once (a static user turn of a few-shot pair in a test is <c>Test | Example | TaskInput</c>).
/// </summary>
[Flags]
public enum PromptKind
{
    /// <summary>A prompt the application sends: instructions, templates, and user templates that wrap the live input.</summary>
    Application = 0,

    /// <summary>In test code: a test method or test class (by the frameworks' attributes), or anywhere in a test project.</summary>
    Test = 1,

    /// <summary>An evaluation (LLM-as-judge) prompt: inside a type implementing Microsoft.Extensions.AI.Evaluation.IEvaluator.</summary>
    Evaluation = 2,

    /// <summary>
    /// A hardcoded turn of a sample exchange: an assistant turn that precedes the conversation's next user turn (or messages
    /// not known statically) in the same message list, ChatHistory or template, and the hardcoded user turn it answers.
    /// </summary>
    Example = 4,

    /// <summary>
    /// The data the user asks about: a user-role prompt that is fully static (a demo or test question) or that is one whole
    /// document or stream read. A user template that wraps a live value is not task input.
    /// </summary>
    TaskInput = 8,
}
