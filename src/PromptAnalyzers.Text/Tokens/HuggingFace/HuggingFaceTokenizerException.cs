using System;

namespace PromptAnalyzers.Text.Tokens.HuggingFace;

/// <summary>A tokenizer.json that cannot be used; the message says why, in words for a diagnostic ("its model is Unigram, ...").</summary>
public sealed class HuggingFaceTokenizerException : Exception
{
    public HuggingFaceTokenizerException(string message)
        : base(message)
    {
    }

    public HuggingFaceTokenizerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HuggingFaceTokenizerException()
    {
    }
}
