using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Text.Formatting;

namespace PromptAnalyzers.Rules.Templates;

/// <summary>
/// <c>string.Format(template, args)</c> and <c>StringBuilder.AppendFormat(template, args)</c> in prompt code: a format item
/// with no argument (PA5001; both throw) and an argument no item reads (PA5002). The template is a literal, a constant or a
/// static readonly field; arguments passed as one array or span are dynamic and say nothing.
/// </summary>
internal static class FormatArguments
{
    public static void Check(IInvocationOperation call, PromptDiscovery discovery, ReportContext context)
    {
        if (!IsCompositeFormatCall(call.TargetMethod)
            || call.Syntax is not InvocationExpressionSyntax syntax
            || call.Arguments.FirstOrDefault(a => a.Parameter?.Name == "format") is not { } formatArgument
            || formatArgument.Value.Type?.SpecialType != SpecialType.System_String)
        {
            return;
        }

        var text = new TextReconstructor(discovery, context.CancellationToken).Reconstruct(formatArgument.Value);
        if (!text.IsFullyStatic || ItemIndexes(text.Flatten()) is not { } items)
        {
            return;
        }

        // The arguments as written after the format: one array or span argument is dynamic.
        var written = syntax.ArgumentList.Arguments.SkipWhile(a => a != formatArgument.Syntax).Skip(1).ToList();
        if (written.Count == 1 && call.SemanticModel?.GetTypeInfo(written[0].Expression, context.CancellationToken).Type is IArrayTypeSymbol or { Name: "ReadOnlySpan" })
        {
            return;
        }

        if (items.Where(i => i >= written.Count).OrderBy(i => i).Select(i => (int?)i).FirstOrDefault() is int missing)
        {
            var location = formatArgument.Syntax.GetLocation();
            string reason = $": {CallName(call.TargetMethod)} is given {written.Count} argument{(written.Count == 1 ? string.Empty : "s")} and throws FormatException";
            context.ReportDiagnostic(Diagnostic.Create(TemplateDiagnostics.VariableNotSupplied, location, "format item {" + missing.ToString(CultureInfo.InvariantCulture) + "}", reason));
        }

        for (int index = 0; index < written.Count; index++)
        {
            if (!items.Contains(index))
            {
                context.ReportDiagnostic(Diagnostic.Create(TemplateDiagnostics.ArgumentNotUsed, written[index].GetLocation(), index.ToString(CultureInfo.InvariantCulture) + " ('" + written[index].Expression + "')", string.Empty));
            }
        }
    }

    /// <summary>
    /// True when the call's syntax alone shows that <see cref="Check"/> cannot report, so the call need not be bound: a
    /// <c>Format</c> call on a receiver that is not <c>string</c>, or a format written as a literal (first, or after a
    /// <c>CultureInfo</c> provider) whose items read exactly the arguments written after it.
    /// <para>
    /// Perf: in a document with prompts every <c>Format</c> and <c>AppendFormat</c> call was bound, most of them in
    /// ordinary members that no other rule binds. A <c>Format</c> called through an alias of <c>System.String</c>
    /// (<c>using S = System.String; S.Format(...)</c>) is not checked.
    /// </para>
    /// </summary>
    public static bool IsSettledBySyntax(InvocationExpressionSyntax invocation)
    {
        if (invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Format" } access && !NamesString(access.Expression))
        {
            return true;
        }

        var arguments = invocation.ArgumentList.Arguments;
        if (arguments.Any(a => a.NameColon is not null || !a.RefKindKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)))
        {
            return false;
        }

        var format = arguments.Count > 0 && IsLiteral(arguments[0].Expression) ? 0
            : arguments.Count > 1 && IsCultureInfo(arguments[0].Expression) && IsLiteral(arguments[1].Expression) ? 1
            : -1;
        if (format < 0 || ItemIndexes(((LiteralExpressionSyntax)arguments[format].Expression).Token.ValueText) is not { } items)
        {
            return format >= 0; // A literal that is not a valid composite format: Check reports nothing either.
        }

        var written = arguments.Count - format - 1;
        return items.Count == written && items.All(i => i < written);
    }

    private static bool IsLiteral(ExpressionSyntax expression) => expression.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression);

    /// <summary><c>string</c>, <c>String</c>, <c>System.String</c>, <c>global::System.String</c>.</summary>
    private static bool NamesString(ExpressionSyntax receiver) => receiver switch
    {
        PredefinedTypeSyntax predefined => predefined.Keyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringKeyword),
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == "String",
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText == "String",
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText == "String",
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == "String",
        _ => false,
    };

    /// <summary><c>CultureInfo.InvariantCulture</c> and the like: a format provider, never the format.</summary>
    private static bool IsCultureInfo(ExpressionSyntax expression)
        => expression is MemberAccessExpressionSyntax { Expression: var type, Name.Identifier.ValueText: "InvariantCulture" or "CurrentCulture" or "CurrentUICulture" }
            && type switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText == "CultureInfo",
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText == "CultureInfo",
                _ => false,
            };

    /// <summary><c>string.Format</c> or <c>StringBuilder.AppendFormat</c> (whose format items are read by the same rules).</summary>
    private static bool IsCompositeFormatCall(IMethodSymbol method) => method switch
    {
        { Name: "Format", IsStatic: true, ContainingType.SpecialType: SpecialType.System_String } => true,
        { Name: "AppendFormat", IsStatic: false, ContainingType: { Name: "StringBuilder", ContainingNamespace: { Name: "Text", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } } => true,
        _ => false,
    };

    /// <summary>"string.Format" or "StringBuilder.AppendFormat", as the message names the call.</summary>
    private static string CallName(IMethodSymbol method) => method.Name == "AppendFormat" ? "StringBuilder.AppendFormat" : "string.Format";

    /// <summary>The argument index of every format item, or null when an item names no index (not a valid composite format).</summary>
    private static HashSet<int>? ItemIndexes(string format)
    {
        if (CompositeFormatScanner.Scan(format) is not { } segments)
        {
            return null;
        }

        var indexes = new HashSet<int>();
        foreach (var segment in segments.Where(s => s.IsItem))
        {
            string item = segment.Text;
            int end = item.IndexOfAny(new[] { ',', ':' });
            if (!int.TryParse((end < 0 ? item : item.Substring(0, end)).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
            {
                return null;
            }

            indexes.Add(index);
        }

        return indexes;
    }
}
