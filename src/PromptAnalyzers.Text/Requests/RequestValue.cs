using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Requests;

/// <summary>What a value of a request body is.</summary>
public enum RequestValueKind
{
    /// <summary>A JSON object: an anonymous object, a dictionary, an object of a request type, a JSON object.</summary>
    Object,

    /// <summary>A JSON array: an array, a list, a collection.</summary>
    Array,

    /// <summary>A string.</summary>
    Text,

    /// <summary>Anything else (numbers, values not known at compile time).</summary>
    Other,
}

/// <summary>
/// A value of an LLM request body however the code writes it: JSON text, or (in the analyzers) an anonymous object,
/// dictionary or request type serialised to JSON. <see cref="ChatRequestSchema"/> reads the prompts of a body through
/// this view, so that the request schemas are known in one place.
/// </summary>
public abstract class RequestValue
{
    public abstract RequestValueKind Kind { get; }

    /// <summary>For an object: the member with this JSON name (see <see cref="SameName"/>), or null.</summary>
    public abstract RequestValue? Member(string name);

    /// <summary>For an array: its elements.</summary>
    public abstract IEnumerable<RequestValue> Items { get; }

    /// <summary>For text: the whole text when it is known at compile time, else null.</summary>
    public abstract string? KnownText { get; }

    /// <summary>
    /// True when two member names are the same JSON name as serialisers write them: case and underscores aside
    /// (<c>systemInstruction</c>, <c>SystemInstruction</c> and <c>system_instruction</c> are one name).
    /// </summary>
    public static bool SameName(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && a[i] == '_')
            {
                i++;
            }

            while (j < b.Length && b[j] == '_')
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }
}
