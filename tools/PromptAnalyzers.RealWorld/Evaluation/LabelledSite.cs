using System.Text.Json;
using System.Text.Json.Serialization;

namespace PromptAnalyzers.RealWorld.Evaluation;

/// <summary>
/// One prompt site of a public repository, judged by hand from the code (labels/sites.jsonl, one per line).
/// See labels/README.md for the meaning of each field and the labelling guide.
/// </summary>
internal sealed record LabelledSite
{
    /// <summary>owner/name on GitHub.</summary>
    public required string Repo { get; init; }

    /// <summary>The commit the labels were judged at (the snapshot checked out).</summary>
    public required string Commit { get; init; }

    /// <summary>Path inside the repository, with forward slashes.</summary>
    public required string Path { get; init; }

    /// <summary>1-based line where a diagnostic for this site is reported (the sink expression's first line).</summary>
    public required int Line { get; init; }

    /// <summary>1-based column, only where two sites share a line; a label without one matches any column.</summary>
    public int? Column { get; init; }

    /// <summary>Other lines where a diagnostic for this same site is right (the call that carries an undiscovered literal).</summary>
    public int[] AlsoAt { get; init; } = [];

    /// <summary>system, user-template, static-user, few-shot, evaluation, test, task-data, prompt-file...</summary>
    public required string Kind { get; init; }

    public required string Role { get; init; }

    /// <summary>facts, instructions or borderline (../shared/corpus/LABELING.md).</summary>
    public required string Label { get; init; }

    /// <summary>The facts, as verbatim substrings of the prompt.</summary>
    public string[] Facts { get; init; } = [];

    /// <summary>A whole document (file, web page, database blob) is inserted into the prompt: PA1003's ground truth.</summary>
    public bool Document { get; init; }

    /// <summary>The file read is the prompt template itself, not a document put into a prompt.</summary>
    public bool TemplateRead { get; init; }

    /// <summary>How the site came into the set: sample (uniform sample of PA2001 sites), all (every PA2001 site of the repository),
    /// finding (added because PA1001 or PA1003 fired there), manual (found by reading the code; no PA2001 there).</summary>
    public required string Selection { get; init; }

    public string? Note { get; init; }

    /// <summary>The prompt's first characters, so that a person recognises the site.</summary>
    public string? Excerpt { get; init; }

    public bool IsFacts => Label == "facts";

    public bool IsBorderline => Label == "borderline";

    /// <summary>PA1003 should fire: a whole document goes into the prompt, and the file read is not the template itself.</summary>
    public bool IsDocumentStuffing => Document && !TemplateRead;

    public bool Matches(string path, int line, int column)
        => string.Equals(Path, path, StringComparison.Ordinal)
            && (Line == line || AlsoAt.Contains(line))
            && (Column is null || Column == column);

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly string[] Labels = ["facts", "instructions", "borderline"];

    private static readonly string[] Selections = ["sample", "all", "finding", "manual"];

    /// <summary>Reads the JSONL file; a malformed line is an error that names the line.</summary>
    public static List<LabelledSite> Read(string file)
    {
        var sites = new List<LabelledSite>();
        var number = 0;
        foreach (var text in File.ReadLines(file))
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            LabelledSite? site;
            try
            {
                site = JsonSerializer.Deserialize<LabelledSite>(text, Options);
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"{file}({number}): {exception.Message}", exception);
            }

            if (site is null || !Labels.Contains(site.Label) || !Selections.Contains(site.Selection) || site.Line < 1)
            {
                throw new InvalidDataException($"{file}({number}): label must be one of {string.Join(", ", Labels)}, selection one of {string.Join(", ", Selections)}, line at least 1");
            }

            sites.Add(site);
        }

        return sites;
    }
}
