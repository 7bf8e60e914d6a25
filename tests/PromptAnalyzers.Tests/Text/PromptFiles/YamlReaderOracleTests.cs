using System.Text;
using System.Text.RegularExpressions;
using PromptAnalyzers.Text.PromptFiles;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using YamlNode = PromptAnalyzers.Text.PromptFiles.YamlNode;

namespace PromptAnalyzers.Tests.Text.PromptFiles;

/// <summary>
/// <see cref="YamlReader"/> against YamlDotNet, a test-only oracle (it stays out of the shipped analyzer: it throws on
/// half-typed files and would add an assembly to every host). The corpus in YamlCorpus/ holds Semantic Kernel prompt
/// YAML, Prompty and .prompt.md front matter and GitHub Models .prompt.yml, each read as written, with CRLF and CR line
/// ends and with a byte order mark. The whole tree is compared, not only the keys the parser uses (template,
/// template_format, input_variables, execution_settings, messages, role, content, model), so a bug anywhere in the
/// reader shows up; generated prompt-shaped YAML (<see cref="GeneratedPromptYaml"/>) adds the combinations nobody
/// thought of. Where the reader deliberately differs, the comparison says so:
/// <list type="bullet">
/// <item>A flow collection (<c>[a, b]</c>, <c>{ type: json_object }</c>) is one scalar holding its source text.</item>
/// <item>An alias (<c>*name</c>) is not resolved: it reads as its own text.</item>
/// <item>A byte order mark is skipped. YamlDotNet reads files through a decoder that drops it; the analyzer may get
/// text that still holds it, so YamlDotNet is given the text without it.</item>
/// <item>Half-typed YAML that YamlDotNet rejects still reads (see <see cref="Half_typed_yaml_that_YamlDotNet_rejects_still_reads"/>).</item>
/// </list>
/// </summary>
public sealed class YamlReaderOracleTests
{
    private static readonly string CorpusDirectory = Path.Combine(AppContext.BaseDirectory, "Text", "PromptFiles", "YamlCorpus");

    public static TheoryData<string, string> CorpusFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (string file in Directory.GetFiles(CorpusDirectory).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal))
        {
            foreach (string lineEnds in new[] { "LF", "CRLF", "CR", "BOM+CRLF" })
            {
                data.Add(file, lineEnds);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Reader_reads_what_YamlDotNet_reads(string file, string variant)
    {
        string text = ReadCorpusFile(file, variant);
        (int start, int end) = YamlRange(file, text);

        YamlNode? actual = YamlReader.Read(text, start, end);
        YamlDotNet.RepresentationModel.YamlNode expected = LoadWithYamlDotNet(text.Substring(start, end - start).TrimStart('\uFEFF'));

        var differences = new List<string>();
        Compare(expected, actual, "$", differences);
        Assert.True(differences.Count == 0, $"{file} ({variant}):\n" + string.Join("\n", differences));
        AssertEveryCopiedCharacterMapsToTheFile(actual, text);
    }

    [Fact]
    public void Reader_reads_what_YamlDotNet_reads_on_generated_prompt_yaml()
    {
        var generator = new GeneratedPromptYaml(seed: 14);
        var failures = new List<string>();
        int compared = 0;
        for (int i = 0; i < 3000; i++)
        {
            string yaml = generator.Next();
            YamlDotNet.RepresentationModel.YamlNode? expected = LoadWithYamlDotNetOrNull(yaml);
            if (expected is null)
            {
                continue;
            }

            compared++;
            YamlNode? actual = YamlReader.Read(yaml);
            var differences = new List<string>();
            Compare(expected, actual, "$", differences);
            if (differences.Count > 0 && failures.Count < 5)
            {
                failures.Add(Show(yaml) + "\n" + string.Join("\n", differences));
            }

            AssertEveryCopiedCharacterMapsToTheFile(actual, yaml);
        }

        Assert.True(compared > 2000, $"only {compared} generated documents were valid YAML");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void Corpus_covers_the_three_prompt_yaml_formats_and_the_tricky_scalars()
    {
        string all = string.Concat(Directory.GetFiles(CorpusDirectory).Select(File.ReadAllText));
        foreach (string needle in new[]
        {
            "template_format:", "input_variables:", "execution_settings:", "messages:", "model:\n  api:",
            "\\u00e9", "\\x41", "\\\"", "\\n", "''", "|+", "|-", ">-", "|2", ">\n", "\t", "&", "*", "[", "{", "# ",
        })
        {
            Assert.Contains(needle, all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_prefix_of_every_corpus_file_reads_without_exception()
    {
        foreach (string file in Directory.GetFiles(CorpusDirectory))
        {
            string text = File.ReadAllText(file).Replace("\n", "\r\n", StringComparison.Ordinal);
            for (int length = 0; length <= text.Length; length++)
            {
                YamlNode? root = YamlReader.Read(text, 0, length);
                AssertEveryCopiedCharacterMapsToTheFile(root, text);
            }
        }
    }

    [Theory]
    [InlineData("template: |\n  Answer briefly.\nmessages:\n  - role: user\n    content: \"Where is my ord", "template", "Answer briefly.\n")]
    [InlineData("template: Answer briefly.\ntemplate_format: semantic-kernel\ndescription: Note: keep it short\n", "template", "Answer briefly.")]
    [InlineData("template: |\n  Answer briefly.\nexecution_settings:\n  default:\n    model_id: [gpt-4o\n", "template", "Answer briefly.\n")]
    [InlineData("template: Answer briefly.\n\tmodel_id: gpt-4o\n", "template", "Answer briefly.")]
    [InlineData("execution_settings:\n  default:\n    model_id: gpt-4o\n     temperature: 0.5\ntemplate: Answer briefly.\n", "template", "Answer briefly.")]
    [InlineData("template: Answer\n  # a comment\n  briefly.\ntemplate_format: semantic-kernel\n", "template_format", "semantic-kernel")]
    [InlineData("messages:\n  - role: user\n      content: hi\n  - role: system\nmodel: gpt-4o\n", "model", "gpt-4o")]
    public void Half_typed_yaml_that_YamlDotNet_rejects_still_reads(string yaml, string key, string value)
    {
        // Deliberate difference: an editor holds half-typed files; the analyzer reads what it can instead of throwing.
        Assert.ThrowsAny<YamlException>(() => LoadWithYamlDotNet(yaml));
        Assert.Equal(value, YamlReader.Read(yaml)?[key]?.Value);
    }

    private static string ReadCorpusFile(string file, string variant)
    {
        string text = File.ReadAllText(Path.Combine(CorpusDirectory, file), new UTF8Encoding(false));
        return variant switch
        {
            "LF" => text,
            "CRLF" => text.Replace("\n", "\r\n", StringComparison.Ordinal),
            "CR" => text.Replace("\n", "\r", StringComparison.Ordinal),
            "BOM+CRLF" => "\uFEFF" + text.Replace("\n", "\r\n", StringComparison.Ordinal),
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };
    }

    /// <summary>The YAML part of the file: the front matter between two "---" lines for Prompty and .prompt.md, else all of it.</summary>
    private static (int Start, int End) YamlRange(string file, string text)
    {
        if (!file.EndsWith(".prompty", StringComparison.Ordinal) && !file.EndsWith(".prompt.md", StringComparison.Ordinal))
        {
            return (0, text.Length);
        }

        var marker = new Regex("(?<=^|[\r\n])\uFEFF?---(\r\n|\r|\n)");
        Match first = marker.Match(text);
        Match second = first.NextMatch();
        Assert.True(first.Success && second.Success, $"{file} has no front matter");
        return (first.Index + first.Length, second.Index);
    }

    private static YamlDotNet.RepresentationModel.YamlNode LoadWithYamlDotNet(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }

    private static void Compare(YamlDotNet.RepresentationModel.YamlNode expected, YamlNode? actual, string path, List<string> differences)
    {
        if (expected.Anchor.IsEmpty == false && actual is YamlScalar alias && alias.Value == "*" + expected.Anchor.Value)
        {
            return; // Deliberate: aliases are not resolved.
        }

        switch (expected)
        {
            case YamlScalarNode scalar:
                if (actual is not YamlScalar || actual.Value != scalar.Value)
                {
                    differences.Add($"{path}: YamlDotNet {Show(scalar.Value)}, YamlReader {Show(actual)}");
                }

                break;

            case YamlSequenceNode { Style: SequenceStyle.Flow } or YamlMappingNode { Style: MappingStyle.Flow }:
                // Deliberate: a flow collection is kept as its source text (line breaks folded, comments dropped);
                // that text read by YamlDotNet is the same collection.
                string? reread = actual is YamlScalar ? Canonical(LoadWithYamlDotNetOrNull(actual.Value!)) : null;
                if (reread != Canonical(expected))
                {
                    differences.Add($"{path}: flow collection {Canonical(expected)}, YamlReader {Show(actual)}");
                }

                break;

            case YamlSequenceNode sequence:
                if (actual is not YamlSequence items || items.Items.Count != sequence.Children.Count)
                {
                    differences.Add($"{path}: YamlDotNet sequence of {sequence.Children.Count}, YamlReader {Show(actual)}");
                    break;
                }

                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    Compare(sequence.Children[i], items.Items[i], $"{path}[{i}]", differences);
                }

                break;

            case YamlMappingNode mapping:
                string[] expectedKeys = mapping.Children.Keys.Select(k => ((YamlScalarNode)k).Value ?? "").ToArray();
                string[] actualKeys = (actual as YamlMapping)?.Entries.Select(e => e.Key).ToArray() ?? [];
                if (actual is not YamlMapping || !expectedKeys.SequenceEqual(actualKeys))
                {
                    differences.Add($"{path}: YamlDotNet keys [{string.Join(", ", expectedKeys)}], YamlReader {Show(actual)} keys [{string.Join(", ", actualKeys)}]");
                    break;
                }

                foreach (KeyValuePair<YamlDotNet.RepresentationModel.YamlNode, YamlDotNet.RepresentationModel.YamlNode> entry in mapping.Children)
                {
                    string key = ((YamlScalarNode)entry.Key).Value ?? "";
                    Compare(entry.Value, actual[key], $"{path}.{key}", differences);
                }

                break;
        }
    }

    /// <summary>Whatever the reader says it copied from the file is the file's text at that offset.</summary>
    private static void AssertEveryCopiedCharacterMapsToTheFile(YamlNode? node, string file)
    {
        switch (node)
        {
            case YamlScalar scalar:
                for (int i = 0; i < scalar.Value!.Length; i++)
                {
                    int offset = scalar.Text.ToFile(i);
                    if (offset >= 0)
                    {
                        Assert.True(offset < file.Length && file[offset] == scalar.Value[i], $"character {i} of {Show(scalar.Value)} maps to offset {offset}");
                    }
                }

                break;
            case YamlMapping mapping:
                foreach (KeyValuePair<string, YamlNode> entry in mapping.Entries)
                {
                    AssertEveryCopiedCharacterMapsToTheFile(entry.Value, file);
                }

                break;
            case YamlSequence sequence:
                foreach (YamlNode item in sequence.Items)
                {
                    AssertEveryCopiedCharacterMapsToTheFile(item, file);
                }

                break;
        }
    }

    private static YamlDotNet.RepresentationModel.YamlNode? LoadWithYamlDotNetOrNull(string yaml)
    {
        try
        {
            return LoadWithYamlDotNet(yaml);
        }
        catch (YamlException)
        {
            return null;
        }
    }

    /// <summary>A node as one line of text, for comparing two YamlDotNet trees.</summary>
    private static string? Canonical(YamlDotNet.RepresentationModel.YamlNode? node) => node switch
    {
        YamlScalarNode scalar => Show(scalar.Value),
        YamlSequenceNode sequence => "[" + string.Join(", ", sequence.Children.Select(Canonical)) + "]",
        YamlMappingNode mapping => "{" + string.Join(", ", mapping.Children.Select(e => Canonical(e.Key) + ": " + Canonical(e.Value))) + "}",
        _ => null,
    };

    private static string Show(YamlNode? node) => node switch
    {
        null => "nothing",
        YamlScalar scalar => Show(scalar.Value),
        YamlMapping => "a mapping",
        _ => "a sequence",
    };

    private static string Show(string? value) => value is null ? "null" : "\"" + value.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t") + "\"";
}
