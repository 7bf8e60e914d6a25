using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using PromptAnalyzers.Text.Security;

namespace PromptAnalyzers.Rules.Security;

/// <summary>PA4003's descriptors and message: which kinds of personal data, in which messages, and the masks to use instead.</summary>
internal static class PersonalDataDiagnostics
{
    private const string Title = "Personal data in fine-tuning dataset";

    private const string Description = "A fine-tuned model can repeat what it was trained on to anyone who queries it, and the dataset itself is uploaded to the provider. E-mail addresses, phone numbers, payment cards and IBANs that pass their checksums, national ID and tax numbers, and street addresses next to a person's name are reported once per example, with the messages they are in; mask them ([EMAIL], [PHONE]...) before training. Placeholders and masked values are not reported.";

    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.PersonalDataInDataset,
        Title,
        "Fine-tuning example holds personal data: {0}; mask it ({1}) or drop the example, since a fine-tuned model can repeat its training data to anyone",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        Description);

    public static readonly DiagnosticDescriptor Overflow = RuleDescriptors.Create(
        RuleIdentifiers.PersonalDataInDataset,
        Title,
        "{0} more fine-tuning examples in this file hold personal data and are not reported (at most {1} per file): mask it before training",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        Description);

    /// <summary>"an e-mail address and a phone number in messages[1] (user); a US SSN in messages[2] (assistant)".</summary>
    public static string DescribeMessages(IReadOnlyList<(string Label, IReadOnlyList<PersonalDataFinding> Findings)> messages)
    {
        var builder = new StringBuilder();
        foreach (var (label, findings) in messages)
        {
            if (builder.Length > 0)
            {
                builder.Append("; ");
            }

            builder.Append(JoinKinds(KindsIn(findings))).Append(" in ").Append(label);
        }

        return builder.ToString();
    }

    /// <summary>"[EMAIL], [PHONE]": the masks of every kind found.</summary>
    public static string Masks(PersonalDataKind kinds) => string.Join(", ", PersonalDataKinds.Each(kinds).Select(PersonalDataKinds.Mask));

    /// <summary>Each kind once, in a fixed order; a national ID named ("a US SSN").</summary>
    private static List<string> KindsIn(IReadOnlyList<PersonalDataFinding> findings)
    {
        var names = new List<string>();
        foreach (PersonalDataKind kind in PersonalDataKinds.Each(PersonalDataScanner.KindsOf(findings)))
        {
            if (kind == PersonalDataKind.NationalId)
            {
                names.AddRange(findings.Where(f => f.Kind == kind).Select(f => Article(f.Detail!)).Distinct());
            }
            else
            {
                names.Add(PersonalDataKinds.Describe(kind));
            }
        }

        return names;
    }

    private static string Article(string name) => ("AEIOU".IndexOf(name[0]) >= 0 && !name.StartsWith("US", System.StringComparison.Ordinal) && !name.StartsWith("UK", System.StringComparison.Ordinal) ? "an " : "a ") + name;

    private static string JoinKinds(List<string> names) => names.Count switch
    {
        1 => names[0],
        2 => names[0] + " and " + names[1],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1],
    };
}
