namespace PromptAnalyzers.RealWorld.Evaluation;

/// <summary>A diagnostic of the rule under evaluation, where it was reported.</summary>
internal sealed record Finding(string Repo, string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"{Repo} {Path}:{Line}: {Message}";
}

/// <summary>What a label says the rule should do at a site.</summary>
internal enum Expected
{
    Fire,
    Silent,

    /// <summary>Borderline: a finding here is neither right nor wrong, and no finding is no miss.</summary>
    Excluded,
}

/// <summary>True and false positives and misses of one rule over a set of labelled sites, counted per site.</summary>
internal sealed class RuleScore
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int ExcludedHits { get; private set; }

    public int Positives { get; private set; }

    public List<(Finding Finding, LabelledSite Site)> FalseAlarms { get; } = [];

    public List<LabelledSite> Misses { get; } = [];

    public List<Finding> Unjudged { get; } = [];

    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    public double? Recall => Positives == 0 ? null : (double)TruePositives / Positives;

    /// <summary>
    /// Matches each finding to the labelled site on its line (path and line; column too where the label gives one). A site
    /// counts once however many findings it has; a finding on a line with no label is unjudged, listed for a person to label.
    /// </summary>
    public static RuleScore Compute(IReadOnlyList<LabelledSite> sites, IEnumerable<Finding> findings, Func<LabelledSite, Expected> expected)
    {
        var score = new RuleScore();
        var hits = new Dictionary<LabelledSite, Finding>(ReferenceEqualityComparer.Instance);
        foreach (var finding in findings)
        {
            var site = sites.FirstOrDefault(s => s.Repo == finding.Repo && s.Matches(finding.Path, finding.Line, finding.Column));
            if (site is null)
            {
                score.Unjudged.Add(finding);
            }
            else
            {
                hits.TryAdd(site, finding);
            }
        }

        foreach (var site in sites)
        {
            var hit = hits.GetValueOrDefault(site);
            switch (expected(site))
            {
                case Expected.Fire:
                    score.Positives++;
                    if (hit is null)
                    {
                        score.FalseNegatives++;
                        score.Misses.Add(site);
                    }
                    else
                    {
                        score.TruePositives++;
                    }

                    break;
                case Expected.Silent when hit is not null:
                    score.FalsePositives++;
                    score.FalseAlarms.Add((hit, site));
                    break;
                case Expected.Excluded when hit is not null:
                    score.ExcludedHits++;
                    break;
            }
        }

        return score;
    }
}
