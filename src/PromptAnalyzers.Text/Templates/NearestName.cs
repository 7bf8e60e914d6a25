using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Templates;

/// <summary>The name nearest to a misspelt one, by edit distance (insertions, deletions, substitutions; case ignored).</summary>
public static class NearestName
{
    /// <summary>The candidate within <paramref name="maxDistance"/> edits of <paramref name="name"/> with the fewest, or null (ties: the first).</summary>
    public static string? Find(string name, IEnumerable<string> candidates, int maxDistance = 2)
    {
        string? best = null;
        int bestDistance = maxDistance + 1;
        foreach (string candidate in candidates)
        {
            if (Math.Abs(candidate.Length - name.Length) >= bestDistance)
            {
                continue;
            }

            int distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance > 0 && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance, two rows.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
