using System.Text;
using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Discovery;

/// <summary>Code shown in a message: on one line (line breaks and indentation become one space) and cut to a length.</summary>
internal static class CodeExcerpt
{
    public static string Of(SyntaxNode node, int maxLength)
    {
        var text = node.ToString();
        var builder = new StringBuilder(System.Math.Min(text.Length, maxLength + 1));
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            if (builder.Length > maxLength)
            {
                builder.Length = maxLength;
                return builder.Append('…').ToString();
            }
        }

        return builder.ToString();
    }
}
