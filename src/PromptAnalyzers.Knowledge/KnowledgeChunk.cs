namespace PromptAnalyzers.Knowledge;

/// <summary>A piece of knowledge returned by a search: its text, where it comes from, and how well it matched.</summary>
public sealed class KnowledgeChunk
{
    /// <summary>Creates a chunk.</summary>
    /// <param name="text">The chunk's text, as written in the source.</param>
    /// <param name="source">The file (relative to the knowledge folder, '/'-separated) or record the text comes from.</param>
    /// <param name="heading">The headings above the text, outermost first, joined by " > "; empty when there are none.</param>
    /// <param name="score">The relevance score of the search that returned the chunk (higher is better), or 0.</param>
    public KnowledgeChunk(string text, string source, string heading, double score = 0)
    {
        Text = text ?? string.Empty;
        Source = source ?? string.Empty;
        Heading = heading ?? string.Empty;
        Score = score;
    }

    /// <summary>The chunk's text, as written in the source.</summary>
    public string Text { get; }

    /// <summary>The file (relative to the knowledge folder, '/'-separated) or record the text comes from.</summary>
    public string Source { get; }

    /// <summary>The headings above the text, outermost first, joined by " > "; empty when there are none.</summary>
    public string Heading { get; }

    /// <summary>The relevance score of the search that returned the chunk (higher is better); its scale depends on the source.</summary>
    public double Score { get; }

    /// <summary>A copy of this chunk with another score.</summary>
    public KnowledgeChunk WithScore(double score) => new(Text, Source, Heading, score);

    /// <inheritdoc />
    public override string ToString() => Heading.Length == 0 ? $"[{Source}] {Text}" : $"[{Source} > {Heading}] {Text}";
}
