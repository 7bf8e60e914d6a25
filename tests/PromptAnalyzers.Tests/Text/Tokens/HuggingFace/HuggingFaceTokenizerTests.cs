using System.Text.Json;
using PromptAnalyzers.Text.Tokens.HuggingFace;
using Xunit;

namespace PromptAnalyzers.Tests.Text.Tokens.HuggingFace;

/// <summary>
/// Counts with a tokenizer.json against Hugging Face's own rules: three tiny byte-level BPE tokenizers (GPT-2, Llama 3 and
/// Qwen 2 style) whose reference counts come from tokenizers.js (gen-tiny-tokenizers.js beside this file), and the
/// files that cannot be used, each with the reason the diagnostic gives.
/// </summary>
public class HuggingFaceTokenizerTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Text", "Tokens", "HuggingFace");

    private static HuggingFaceTokenizer LoadTiny(string name) =>
        HuggingFaceTokenizer.Load(new StringReader(File.ReadAllText(Path.Combine(Folder, "tiny-" + name + ".tokenizer.json"))));

    private static string Unusable(string json) =>
        Assert.Throws<HuggingFaceTokenizerException>(() => HuggingFaceTokenizer.Load(new StringReader(json))).Message;

    [Theory]
    [InlineData("gpt2")]
    [InlineData("llama3")]
    [InlineData("qwen")]
    public void Counts_match_the_Hugging_Face_reference_for_every_text(string name)
    {
        HuggingFaceTokenizer tokenizer = LoadTiny(name);
        var mismatches = new List<string>();
        int compared = 0;
        foreach (string line in File.ReadLines(Path.Combine(Folder, "TinyTokenizerCounts.jsonl")))
        {
            using var reference = JsonDocument.Parse(line);
            if (reference.RootElement.GetProperty("tokenizer").GetString() != name)
            {
                continue;
            }

            string text = reference.RootElement.GetProperty("text").GetString()!;
            int expected = reference.RootElement.GetProperty("count").GetInt32();
            compared++;
            int actual = tokenizer.Count(text);
            if (actual != expected)
            {
                mismatches.Add(JsonSerializer.Serialize(text) + ": " + actual + ", expected " + expected);
            }
        }

        Assert.Equal(225, compared);
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Llama3_style_ignore_merges_takes_a_piece_the_vocabulary_holds_whole()
    {
        // " unmerged" is in the vocabulary but no merge builds it: 1 token with ignore_merges; GPT-2 style merges it into 8 (tokenizers.js gives the same).
        Assert.Equal(1, LoadTiny("llama3").Count(" unmerged"));
        Assert.Equal(8, LoadTiny("gpt2").Count(" unmerged"));
    }

    [Fact]
    public void Added_tokens_count_one_each_wherever_they_stand()
    {
        HuggingFaceTokenizer qwen = LoadTiny("qwen");
        Assert.Equal(qwen.Count("user\nHi") + 2, qwen.Count("<|im_start|>user\nHi<|im_end|>"));
        Assert.Equal(2, qwen.Count("<|im_end|><|im_end|>"));
    }

    [Fact]
    public void Merges_may_be_pairs_or_strings_and_give_the_same_counts()
    {
        string json = File.ReadAllText(Path.Combine(Folder, "tiny-gpt2.tokenizer.json"));
        using var document = JsonDocument.Parse(json);
        string pairs = json.Replace("\"merges\": [", "\"merges_as_strings\": [", StringComparison.Ordinal);
        var merges = document.RootElement.GetProperty("model").GetProperty("merges").EnumerateArray().Select(m => m.GetString()!.Split(' ')).ToList();
        pairs = pairs.Replace("\"model\": {", "\"model\": {\"merges\": " + JsonSerializer.Serialize(merges) + ",", StringComparison.Ordinal);

        HuggingFaceTokenizer fromPairs = HuggingFaceTokenizer.Load(new StringReader(pairs));
        HuggingFaceTokenizer fromStrings = LoadTiny("gpt2");
        foreach (string text in new[] { "The support assistant answers in one friendly sentence.", "Orders placed before 12:00 ship." })
        {
            Assert.Equal(fromStrings.Count(text), fromPairs.Count(text));
        }
    }

    [Fact]
    public void Invalid_json_says_so_with_where_the_parser_stopped()
    {
        Assert.StartsWith("it is not valid JSON (", Unusable("{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0,}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Unigram", """{"model": {"type": "Unigram", "unk_id": 0, "vocab": [["<unk>", 0.0], ["a", -1.5]]}}""")]
    [InlineData("WordPiece", """{"normalizer": {"type": "BertNormalizer"}, "pre_tokenizer": {"type": "BertPreTokenizer"}, "model": {"type": "WordPiece", "unk_token": "[UNK]", "vocab": {"[UNK]": 0, "a": 1}}}""")]
    [InlineData("WordLevel", """{"model": {"type": "WordLevel", "vocab": {"a": 0}, "unk_token": "a"}}""")]
    public void A_model_other_than_BPE_is_named_in_the_reason(string model, string json)
    {
        Assert.Equal("its model is " + model + ", and only byte-level BPE tokenizer.json files (GPT-2, Llama 3, Qwen 2/2.5/3, Mistral Nemo style) are read", Unusable(json));
    }

    [Fact]
    public void SentencePiece_style_BPE_without_a_ByteLevel_step_is_not_read()
    {
        // Llama 2 / Mistral 7B v0.1 shape: Metaspace pre-tokenizer and byte fallback.
        string json = """{"normalizer": null, "pre_tokenizer": {"type": "Metaspace", "replacement": "▁", "prepend_scheme": "first", "split": false}, "model": {"type": "BPE", "byte_fallback": true, "vocab": {"▁a": 0, "a": 1}, "merges": []}}""";
        Assert.StartsWith("its pre_tokenizer Metaspace is not supported", Unusable(json), StringComparison.Ordinal);
        string noPreTokenizer = json.Replace("{\"type\": \"Metaspace\", \"replacement\": \"▁\", \"prepend_scheme\": \"first\", \"split\": false}", "null", StringComparison.Ordinal);
        Assert.StartsWith("its pre_tokenizer has no ByteLevel step", Unusable(noPreTokenizer), StringComparison.Ordinal);
    }

    [Fact]
    public void A_vocabulary_without_the_256_byte_symbols_is_not_byte_level()
    {
        string json = """{"pre_tokenizer": {"type": "ByteLevel"}, "model": {"type": "BPE", "vocab": {"a": 0, "b": 1, "ab": 2}, "merges": ["a b"]}}""";
        Assert.StartsWith("its vocabulary has no token for byte 0x00", Unusable(json), StringComparison.Ordinal);
    }

    [Fact]
    public void A_merge_of_tokens_the_vocabulary_lacks_is_reported_by_the_BPE_builder()
    {
        string json = File.ReadAllText(Path.Combine(Folder, "tiny-gpt2.tokenizer.json")).Replace("\"merges\": [", "\"merges\": [\"zz qq\",", StringComparison.Ordinal);
        Assert.StartsWith("Microsoft.ML.Tokenizers cannot build its BPE model (", Unusable(json), StringComparison.Ordinal);
    }
}
