using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.ML.Tokenizers;

namespace PromptAnalyzers.Text.Tokens.HuggingFace;

/// <summary>
/// Reads the parts of a Hugging Face <c>tokenizer.json</c> a token count needs (<c>model</c>, <c>normalizer</c>,
/// <c>pre_tokenizer</c>, <c>added_tokens</c>) and builds a <see cref="HuggingFaceTokenizer"/>. Takes byte-level BPE only;
/// anything else is a <see cref="HuggingFaceTokenizerException"/> that names what it found.
/// </summary>
internal static class HuggingFaceTokenizerJson
{
    private const string Supported = "only byte-level BPE tokenizer.json files (GPT-2, Llama 3, Qwen 2/2.5/3, Mistral Nemo style) are read";

    public static HuggingFaceTokenizer Read(TextReader json, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(Utf8Bytes(json, cancellationToken), new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException ex)
        {
            throw new HuggingFaceTokenizerException("it is not valid JSON (" + ex.Message + ")", ex);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("model", out JsonElement model) || model.ValueKind != JsonValueKind.Object)
            {
                throw new HuggingFaceTokenizerException("it has no \"model\" object, so it is not a Hugging Face tokenizer.json");
            }

            string? type = StringOf(model, "type");
            if (type is not null && type != "BPE")
            {
                throw new HuggingFaceTokenizerException("its model is " + type + ", and " + Supported);
            }

            if (NonEmptyString(model, "continuing_subword_prefix") || NonEmptyString(model, "end_of_word_suffix"))
            {
                throw new HuggingFaceTokenizerException("its BPE model marks subwords (continuing_subword_prefix or end_of_word_suffix), and " + Supported);
            }

            PreTokenizerStep[] steps = ReadPreTokenizer(root);
            NormalizationForm[] normalizers = ReadNormalizer(root);
            Dictionary<string, int> vocabulary = ReadVocabulary(model, cancellationToken);
            List<string> merges = ReadMerges(model, cancellationToken);
            bool ignoreMerges = model.TryGetProperty("ignore_merges", out JsonElement ignore) && ignore.ValueKind == JsonValueKind.True;
            Regex? addedTokens = ReadAddedTokens(root);
            return new HuggingFaceTokenizer(CreateBpe(vocabulary, merges), ignoreMerges ? vocabulary : null, normalizers, steps, addedTokens, vocabulary.Count);
        }
    }

    private static BpeTokenizer CreateBpe(Dictionary<string, int> vocabulary, List<string> merges)
    {
        for (int b = 0; b < 256; b++)
        {
            if (!vocabulary.ContainsKey(ByteLevelAlphabet.CharOf((byte)b).ToString()))
            {
                throw new HuggingFaceTokenizerException(string.Format(CultureInfo.InvariantCulture, "its vocabulary has no token for byte 0x{0:X2}, so it is not a byte-level BPE vocabulary, and {1}", b, Supported));
            }
        }

        try
        {
            return BpeTokenizer.Create(new BpeOptions(vocabulary) { Merges = merges, ByteLevel = true });
        }
        catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException)
        {
            throw new HuggingFaceTokenizerException("Microsoft.ML.Tokenizers cannot build its BPE model (" + ex.Message + ")", ex);
        }
    }

    private static Dictionary<string, int> ReadVocabulary(JsonElement model, CancellationToken cancellationToken)
    {
        if (!model.TryGetProperty("vocab", out JsonElement vocab) || vocab.ValueKind != JsonValueKind.Object)
        {
            throw new HuggingFaceTokenizerException("its model has no \"vocab\" object");
        }

        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (JsonProperty entry in vocab.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.Number || !entry.Value.TryGetInt32(out int id) || id < 0)
            {
                throw new HuggingFaceTokenizerException("its vocabulary maps \"" + entry.Name + "\" to something other than a token id");
            }

            if ((vocabulary.Count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            vocabulary[entry.Name] = id;
        }

        return vocabulary;
    }

    /// <summary>The merges in rank order, each as "left right" (the form Microsoft.ML.Tokenizers takes), from either spelling tokenizer.json uses.</summary>
    private static List<string> ReadMerges(JsonElement model, CancellationToken cancellationToken)
    {
        if (!model.TryGetProperty("merges", out JsonElement array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new HuggingFaceTokenizerException("its BPE model has no \"merges\" array");
        }

        var merges = new List<string>(array.GetArrayLength());
        foreach (JsonElement merge in array.EnumerateArray())
        {
            if ((merges.Count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (merge.ValueKind == JsonValueKind.String)
            {
                merges.Add(merge.GetString()!);
            }
            else if (merge.ValueKind == JsonValueKind.Array && merge.GetArrayLength() == 2
                && merge[0].ValueKind == JsonValueKind.String && merge[1].ValueKind == JsonValueKind.String)
            {
                merges.Add(merge[0].GetString() + " " + merge[1].GetString());
            }
            else
            {
                throw new HuggingFaceTokenizerException("merge " + (merges.Count + 1).ToString("N0", CultureInfo.InvariantCulture) + " is neither \"left right\" nor a [left, right] pair");
            }
        }

        return merges;
    }

    private static NormalizationForm[] ReadNormalizer(JsonElement root)
    {
        if (!root.TryGetProperty("normalizer", out JsonElement normalizer) || normalizer.ValueKind == JsonValueKind.Null)
        {
            return Array.Empty<NormalizationForm>();
        }

        var forms = new List<NormalizationForm>();
        AddNormalizer(normalizer, forms);
        return forms.ToArray();
    }

    private static void AddNormalizer(JsonElement normalizer, List<NormalizationForm> forms)
    {
        string? type = normalizer.ValueKind == JsonValueKind.Object ? StringOf(normalizer, "type") : null;
        switch (type)
        {
            case "NFC":
                forms.Add(NormalizationForm.FormC);
                return;
            case "NFD":
                forms.Add(NormalizationForm.FormD);
                return;
            case "NFKC":
                forms.Add(NormalizationForm.FormKC);
                return;
            case "NFKD":
                forms.Add(NormalizationForm.FormKD);
                return;
            case "Sequence" when normalizer.TryGetProperty("normalizers", out JsonElement list) && list.ValueKind == JsonValueKind.Array:
                foreach (JsonElement item in list.EnumerateArray())
                {
                    AddNormalizer(item, forms);
                }

                return;
            default:
                throw new HuggingFaceTokenizerException("its normalizer " + (type ?? "(no type)") + " is not supported (none, NFC, NFD, NFKC, NFKD and sequences of them are), and " + Supported);
        }
    }

    private static PreTokenizerStep[] ReadPreTokenizer(JsonElement root)
    {
        var steps = new List<PreTokenizerStep>();
        if (root.TryGetProperty("pre_tokenizer", out JsonElement preTokenizer) && preTokenizer.ValueKind != JsonValueKind.Null)
        {
            AddPreTokenizer(preTokenizer, steps);
        }

        if (!steps.Any(step => step is ByteLevelStep))
        {
            throw new HuggingFaceTokenizerException("its pre_tokenizer has no ByteLevel step, so it is not byte-level BPE (SentencePiece-style BPE with Metaspace and byte fallback is not read), and " + Supported);
        }

        return steps.ToArray();
    }

    private static void AddPreTokenizer(JsonElement preTokenizer, List<PreTokenizerStep> steps)
    {
        string? type = preTokenizer.ValueKind == JsonValueKind.Object ? StringOf(preTokenizer, "type") : null;
        switch (type)
        {
            case "ByteLevel":
                steps.Add(new ByteLevelStep(IsTrue(preTokenizer, "add_prefix_space", fallback: true), IsTrue(preTokenizer, "use_regex", fallback: true)));
                return;
            case "Split":
                steps.Add(ReadSplit(preTokenizer));
                return;
            case "Digits":
                string digits = IsTrue(preTokenizer, "individual_digits", fallback: false) ? @"\p{N}" : @"\p{N}+";
                steps.Add(new RegexSplitStep(PreTokenizerStep.TryCreateRegex(digits, out _)!, removeMatches: false));
                return;
            case "Sequence" when preTokenizer.TryGetProperty("pretokenizers", out JsonElement list) && list.ValueKind == JsonValueKind.Array:
                foreach (JsonElement item in list.EnumerateArray())
                {
                    AddPreTokenizer(item, steps);
                }

                return;
            default:
                throw new HuggingFaceTokenizerException("its pre_tokenizer " + (type ?? "(no type)") + " is not supported (ByteLevel, Split, Digits and sequences of them are), and " + Supported);
        }
    }

    private static RegexSplitStep ReadSplit(JsonElement split)
    {
        string? behavior = StringOf(split, "behavior");
        if ((behavior != "Isolated" && behavior != "Removed") || IsTrue(split, "invert", fallback: false))
        {
            throw new HuggingFaceTokenizerException("its Split pre-tokenizer has behavior " + (behavior ?? "(none)") + (IsTrue(split, "invert", fallback: false) ? " inverted" : string.Empty) + ", and only Isolated and Removed splits are read");
        }

        string? pattern = null;
        if (split.TryGetProperty("pattern", out JsonElement spec) && spec.ValueKind == JsonValueKind.Object)
        {
            pattern = StringOf(spec, "Regex") ?? (StringOf(spec, "String") is string literal ? Regex.Escape(literal) : null);
        }

        if (pattern is null)
        {
            throw new HuggingFaceTokenizerException("its Split pre-tokenizer has no Regex or String pattern");
        }

        Regex? regex = PreTokenizerStep.TryCreateRegex(pattern, out string? error);
        return regex is null
            ? throw new HuggingFaceTokenizerException("the .NET regex engine cannot read its Split pattern (" + error + ")")
            : new RegexSplitStep(regex, removeMatches: behavior == "Removed");
    }

    /// <summary>One regex that finds any added token, the longest first where two start at the same place; null when there are none.</summary>
    private static Regex? ReadAddedTokens(JsonElement root)
    {
        if (!root.TryGetProperty("added_tokens", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var contents = new List<string>();
        foreach (JsonElement token in list.EnumerateArray())
        {
            if (token.ValueKind == JsonValueKind.Object && StringOf(token, "content") is string content && content.Length > 0)
            {
                contents.Add(content);
            }
        }

        if (contents.Count == 0)
        {
            return null;
        }

        string pattern = string.Join("|", contents.Distinct(StringComparer.Ordinal).OrderByDescending(c => c.Length).Select(Regex.Escape));
        return new Regex(pattern, RegexOptions.CultureInvariant);
    }

    private static byte[] Utf8Bytes(TextReader reader, CancellationToken cancellationToken)
    {
        var bytes = new MemoryStream();
        Encoder encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
        var chars = new char[64 * 1024];
        var buffer = new byte[Encoding.UTF8.GetMaxByteCount(chars.Length) + 4];
        int read;
        while ((read = reader.Read(chars, 0, chars.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int written = encoder.GetBytes(chars, 0, read, buffer, 0, flush: false);
            bytes.Write(buffer, 0, written);
        }

        int tail = encoder.GetBytes(chars, 0, 0, buffer, 0, flush: true);
        bytes.Write(buffer, 0, tail);
        return bytes.ToArray();
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool NonEmptyString(JsonElement element, string name) => !string.IsNullOrEmpty(StringOf(element, name));

    private static bool IsTrue(JsonElement element, string name, bool fallback) =>
        element.TryGetProperty(name, out JsonElement value) && (value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.False)
            ? value.ValueKind == JsonValueKind.True
            : fallback;
}
