using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.ML.Tokenizers;

namespace PromptAnalyzers.Text.Tokens.HuggingFace;

/// <summary>
/// An open model's tokenizer, read from its Hugging Face <c>tokenizer.json</c>: a byte-level BPE model (GPT-2, Llama 3,
/// Qwen 2/2.5/3, Mistral Nemo, DeepSeek...) whose merges Microsoft.ML.Tokenizers' <see cref="BpeTokenizer"/> applies.
/// Counts a text the way the Hugging Face <c>tokenizers</c> library encodes it without special tokens: added tokens
/// (<c>&lt;|im_start|&gt;</c>...) are one token each, the rest is normalized, split by the pre-tokenizer's steps, and each
/// piece is merged (or, with <c>ignore_merges</c>, taken whole when the vocabulary holds it). Safe to share between threads.
/// </summary>
public sealed class HuggingFaceTokenizer
{
    private readonly BpeTokenizer _bpe;
    private readonly IReadOnlyDictionary<string, int>? _wholePieces;
    private readonly NormalizationForm[] _normalizers;
    private readonly PreTokenizerStep[] _steps;
    private readonly Regex? _addedTokens;

    /// <param name="wholePieces">With <c>ignore_merges</c>, the vocabulary: a piece it holds is one token, unmerged.</param>
    internal HuggingFaceTokenizer(BpeTokenizer bpe, IReadOnlyDictionary<string, int>? wholePieces, NormalizationForm[] normalizers, PreTokenizerStep[] steps, Regex? addedTokens, int vocabularySize)
    {
        _bpe = bpe;
        _wholePieces = wholePieces;
        _normalizers = normalizers;
        _steps = steps;
        _addedTokens = addedTokens;
        VocabularySize = vocabularySize;
    }

    /// <summary>Tokens in the model's vocabulary (added tokens not included).</summary>
    public int VocabularySize { get; }

    /// <summary>Reads a tokenizer.json; throws <see cref="HuggingFaceTokenizerException"/> saying why one cannot be used.</summary>
    public static HuggingFaceTokenizer Load(TextReader json, CancellationToken cancellationToken = default) =>
        HuggingFaceTokenizerJson.Read(json, cancellationToken);

    /// <summary>The tokens of <paramref name="text"/>, without the special tokens a template or post-processor adds.</summary>
    public int Count(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        if (_addedTokens is null)
        {
            return CountWithoutAddedTokens(text);
        }

        int count = 0;
        int end = 0;
        for (Match match = _addedTokens.Match(text); match.Success; match = match.NextMatch())
        {
            count += CountWithoutAddedTokens(text.Substring(end, match.Index - end)) + 1;
            end = match.Index + match.Length;
        }

        return count + CountWithoutAddedTokens(end == 0 ? text : text.Substring(end));
    }

    private int CountWithoutAddedTokens(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        foreach (NormalizationForm form in _normalizers)
        {
            text = text.Normalize(form);
        }

        var pieces = new List<string> { text };
        var next = new List<string>();
        foreach (PreTokenizerStep step in _steps)
        {
            foreach (string piece in pieces)
            {
                step.Split(piece, next);
            }

            (pieces, next) = (next, pieces);
            next.Clear();
        }

        int count = 0;
        foreach (string piece in pieces)
        {
            count += CountPiece(piece);
        }

        return count;
    }

    private int CountPiece(string piece)
    {
        if (piece.Length == 0)
        {
            return 0;
        }

        if (_wholePieces is not null && _wholePieces.ContainsKey(ByteLevelAlphabet.Map(piece)))
        {
            return 1;
        }

        return _bpe.CountTokens(piece, considerPreTokenization: false, considerNormalization: false);
    }
}
