namespace PromptAnalyzers.Text.Tokens;

/// <summary>Maps model ids to encodings and built-in input prices.</summary>
public static class ModelCatalog
{
    /// <summary>Resolves a model id (any casing, dated snapshots such as gpt-4o-2024-08-06 included).</summary>
    public static ModelInfo Resolve(string modelId)
    {
        // STUB: replaced by the real table.
        return new ModelInfo(modelId, TokenEncoding.O200kBase, 2.50m, true);
    }
}
