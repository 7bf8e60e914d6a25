using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PromptAnalyzers.Text.Security;

namespace PromptAnalyzers.Rules.Security;

/// <summary>PA4002's descriptors, shared by C# prompts, prompt files and datasets: one rule, one message wherever the secret is.</summary>
internal static class SecretDiagnostics
{
    private const string Title = "Secret in prompt or dataset";

    private const string Description = "API keys, tokens, private keys and passwords written into a prompt or a fine-tuning example reach the model provider and its logs, any user who makes the model repeat its instructions, and (trained into a model) anyone who queries it. Secrets are recognised by their issuers' shapes plus randomness; placeholders, redacted values and descriptions of key formats are not reported. The message names the kind and shows at most the first 4 characters and the length.";

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.SecretInPromptOrDataset,
        Title,
        "{0} holds {1}: remove it and rotate it, and keep secrets in configuration or a secret store, out of prompts and training data",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        Description);

    public static readonly DiagnosticDescriptor Overflow = RuleDescriptors.Create(
        RuleIdentifiers.SecretInPromptOrDataset,
        Title,
        "{0} more secrets in this file are not reported (at most {1} per file): remove them and rotate them",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        Description);

    /// <summary>The secrets in <paramref name="text"/>, each with its text (to locate it in the source; never put in a message).</summary>
    public static IEnumerable<(SecretFinding Finding, string Secret)> Find(string text, System.Threading.CancellationToken cancellationToken)
    {
        foreach (SecretFinding finding in SecretScanner.Scan(text, cancellationToken))
        {
            yield return (finding, text.Substring(finding.Start, finding.Length));
        }
    }
}
