using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PromptAnalyzers.Text.Tokens.HuggingFace;

namespace PromptAnalyzers.Rules.FineTuning;

/// <summary>
/// The tokenizer <c>prompt_analyzers.finetune_tokenizer</c> names: the one AdditionalFiles item whose path is the value or
/// ends with it (the way the other path lookups of this package match additional files), read as a Hugging Face
/// tokenizer.json. Either <see cref="Tokenizer"/> is set, or <see cref="Problem"/> says why the counts stay estimates.
/// </summary>
internal sealed class OpenModelTokenizer
{
    /// <summary>
    /// One load per tokenizer text: kept with the <see cref="SourceText"/> (the same object for every dataset of a
    /// compilation, and in the IDE until the file changes), so it goes when the text goes and never outlives it.
    /// </summary>
    private static readonly ConditionalWeakTable<SourceText, Load> Loads = new();

    private OpenModelTokenizer(string configuredPath, HuggingFaceTokenizer? tokenizer, string? problem)
    {
        ConfiguredPath = configuredPath;
        Tokenizer = tokenizer;
        Problem = problem;
    }

    /// <summary>The option's value, as the user wrote it.</summary>
    public string ConfiguredPath { get; }

    public HuggingFaceTokenizer? Tokenizer { get; }

    /// <summary>Why the tokenizer cannot be used ("no AdditionalFiles item matches it", "its model is Unigram, ..."), or null.</summary>
    public string? Problem { get; }

    /// <summary>PA3003's and PA3004's words for the count: "counted with tokenizer.json from models/tokenizer.json".</summary>
    public string CountedWith => "counted with tokenizer.json from " + ConfiguredPath;

    /// <summary>PA3004's words when the tokenizer cannot be used: which option, which file, why, and that the counts are estimates.</summary>
    public string NotUsedText => FineTuningAnalyzerOptions.TokenizerKey + " = " + ConfiguredPath + " could not be used (" + Problem + "), so the counts are estimates";

    public static OpenModelTokenizer Resolve(string configuredPath, ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        List<AdditionalText> matches = Matching(configuredPath, files);
        if (matches.Count != 1)
        {
            return new OpenModelTokenizer(configuredPath, null, matches.Count == 0
                ? "no AdditionalFiles item has that path; add <AdditionalFiles Include=\"" + configuredPath + "\" /> to the project"
                : matches.Count + " AdditionalFiles items end with that path; give more of it");
        }

        SourceText? text = matches[0].GetText(cancellationToken);
        if (text is null)
        {
            return new OpenModelTokenizer(configuredPath, null, "the file could not be read");
        }

        Load load = Loads.GetValue(text, t => new Load(t));
        HuggingFaceTokenizer? tokenizer = load.Get(cancellationToken, out string? problem);
        return new OpenModelTokenizer(configuredPath, tokenizer, problem);
    }

    /// <summary>The files whose path is <paramref name="configuredPath"/>, or ends with it after its leading ./ and ../ parts.</summary>
    private static List<AdditionalText> Matching(string configuredPath, ImmutableArray<AdditionalText> files)
    {
        string wanted = Normalize(configuredPath);
        bool rooted = wanted.StartsWith("/", StringComparison.Ordinal) || (wanted.Length > 1 && wanted[1] == ':');
        while (!rooted && (wanted.StartsWith("./", StringComparison.Ordinal) || wanted.StartsWith("../", StringComparison.Ordinal)))
        {
            wanted = wanted.Substring(wanted.IndexOf('/') + 1);
        }

        var matches = new List<AdditionalText>();
        foreach (AdditionalText file in files)
        {
            string path = Normalize(file.Path);
            if (path.Equals(wanted, StringComparison.OrdinalIgnoreCase)
                || (!rooted && path.EndsWith("/" + wanted, StringComparison.OrdinalIgnoreCase)))
            {
                matches.Add(file);
            }
        }

        return matches;
    }

    private static string Normalize(string path) => path.Trim().Replace('\\', '/');

    /// <summary>The load of one tokenizer text: done once, by the first dataset that needs it, while the others wait for it.</summary>
    private sealed class Load
    {
        private readonly SourceText _text;
        private readonly object _gate = new();
        private bool _done;
        private HuggingFaceTokenizer? _tokenizer;
        private string? _problem;

        public Load(SourceText text)
        {
            _text = text;
        }

        public HuggingFaceTokenizer? Get(CancellationToken cancellationToken, out string? problem)
        {
            lock (_gate)
            {
                if (!_done)
                {
                    // A load cancelled half-way stores nothing; the next dataset loads again.
                    Read(cancellationToken);
                    _done = true;
                }

                problem = _problem;
                return _tokenizer;
            }
        }

        private void Read(CancellationToken cancellationToken)
        {
            try
            {
                _tokenizer = HuggingFaceTokenizer.Load(new SourceTextReader(_text), cancellationToken);
            }
            catch (HuggingFaceTokenizerException ex)
            {
                _problem = ex.Message;
            }
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                _problem = "it could not be read (" + ex.GetType().Name + ": " + ex.Message + ")";
            }
        }
    }
}
