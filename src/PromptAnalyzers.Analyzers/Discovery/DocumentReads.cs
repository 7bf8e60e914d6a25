using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Whether a whole-file or stream read in a prompt loads the prompt itself (its template, instructions or system text kept in a
/// file) rather than inserting a document into it (PA1003). A read loads the prompt when it is the whole text of a template
/// sink (<c>CreateFunctionFromPrompt(File.ReadAllText(path))</c>), or when a name the developer chose says so: the path
/// (<c>"Prompts/summarize.txt"</c>, <c>"agent.prompty"</c>), the variable, field, property or method that holds the read or
/// its path (<c>systemPrompt</c>, <c>templatePath</c>, <c>LoadInstructions()</c>), or the helper parameter it is passed to
/// (<c>CreateAgent(name, instructions: ...)</c>). Names of SDK parameters are not the developer's and do not count.
/// </summary>
internal static class DocumentReads
{
    /// <summary>Words (of identifiers and paths, split at case changes and separators) that name a prompt.</summary>
    private static readonly HashSet<string> PromptWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "prompt", "prompts", "template", "templates", "instruction", "instructions", "system", "persona", "personas",
        "metaprompt", "skprompt", "sysprompt", "prompty",
    };

    /// <summary>File extensions of prompt template formats.</summary>
    private static readonly string[] TemplateExtensions =
    {
        ".prompty", ".prompt", ".jinja", ".jinja2", ".j2", ".liquid", ".hbs", ".handlebars", ".mustache", ".scriban",
    };

    /// <summary>How many locals are followed from the read to the names of its path or stream.</summary>
    private const int MaxLocalSteps = 3;

    /// <summary>True when <paramref name="read"/> loads the prompt of <paramref name="site"/> rather than inserting a document.</summary>
    public static bool LoadsThePrompt(SyntaxNode read, PromptSite site)
        => IsWholeTemplate(read, site) || site.Text.Parts.Any(part => part.Document == read && part.DocumentNamesPrompt);

    /// <summary>The read is all the text of a template sink: the file is the template.</summary>
    private static bool IsWholeTemplate(SyntaxNode read, PromptSite site)
    {
        if (site.Role != PromptRole.Template)
        {
            return false;
        }

        foreach (var part in site.Text.Parts)
        {
            if (part.Document is { } document ? document != read : part.IsHole || !string.IsNullOrWhiteSpace(part.Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when a name the developer chose says that <paramref name="read"/> (a File.ReadAllText or ReadToEnd call, or the
    /// await of one) reads a prompt: see the class summary.
    /// </summary>
    public static bool NamesThePrompt(SyntaxNode read, SemanticModel? model, CancellationToken cancellationToken)
    {
        var call = read is AwaitExpressionSyntax awaited ? awaited.Expression : read;
        if (call is InvocationExpressionSyntax invocation)
        {
            // The path (File.ReadAllText(path)) or, for ReadToEnd, the reader and the stream it was created from.
            if (Names(invocation.ArgumentList, model, 0, cancellationToken)
                || (invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver } && !IsTypeName(receiver, model, cancellationToken) && Names(receiver, model, 0, cancellationToken)))
            {
                return true;
            }
        }

        return HolderNames(read, model, cancellationToken);
    }

    /// <summary>The declaration or parameter that receives the read's text: <c>var systemPrompt = File.ReadAllText(...)</c>.</summary>
    private static bool HolderNames(SyntaxNode read, SemanticModel? model, CancellationToken cancellationToken)
    {
        for (var node = read.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case ParenthesizedExpressionSyntax or CastExpressionSyntax or AwaitExpressionSyntax or EqualsValueClauseSyntax or ArrowExpressionClauseSyntax:
                    continue;
                case MemberAccessExpressionSyntax or InvocationExpressionSyntax or ConditionalAccessExpressionSyntax or MemberBindingExpressionSyntax:
                    // read.Trim(), read.ReplaceLineEndings(): the text stays the read's.
                    continue;
                case VariableDeclaratorSyntax declarator:
                    return SaysPrompt(declarator.Identifier.ValueText);
                case PropertyDeclarationSyntax property:
                    return SaysPrompt(property.Identifier.ValueText);
                case MethodDeclarationSyntax method:
                    return SaysPrompt(method.Identifier.ValueText);
                case LocalFunctionStatementSyntax function:
                    return SaysPrompt(function.Identifier.ValueText);
                case ReturnStatementSyntax:
                    var member = node.FirstAncestorOrSelf<SyntaxNode>(n => n is MethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax);
                    return member switch
                    {
                        MethodDeclarationSyntax method => SaysPrompt(method.Identifier.ValueText),
                        LocalFunctionStatementSyntax function => SaysPrompt(function.Identifier.ValueText),
                        _ => false,
                    };
                case AssignmentExpressionSyntax assignment when assignment.Right.Span.Contains(read.Span):
                    return Names(assignment.Left, model, MaxLocalSteps, cancellationToken);
                case ArgumentSyntax argument:
                    if (ParameterNames(argument, model, cancellationToken) is { } named)
                    {
                        return named;
                    }

                    continue; // An argument of a library call (string.Join, Trim): the text flows on to what holds the result.
                case ArgumentListSyntax:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// For an argument of a method declared in this compilation (a helper): whether its parameter's name says prompt. Null for a
    /// library or SDK method, whose parameter names are not the developer's.
    /// </summary>
    private static bool? ParameterNames(ArgumentSyntax argument, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (model is null || argument.SyntaxTree != model.SyntaxTree || model.GetOperation(argument, cancellationToken) is not IArgumentOperation { Parameter: { } parameter })
        {
            return null;
        }

        var method = parameter.ContainingSymbol;
        return method.DeclaringSyntaxReferences.Length > 0 && !SinkCatalog.IsSdkSymbol(method) ? SaysPrompt(parameter.Name) : null;
    }

    /// <summary>The identifiers and string literals of an expression; locals it names are followed to their initializers.</summary>
    private static bool Names(SyntaxNode expression, SemanticModel? model, int depth, CancellationToken cancellationToken)
    {
        foreach (var node in expression.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    if (PathSaysPrompt(literal.Token.ValueText))
                    {
                        return true;
                    }

                    break;
                case InterpolatedStringTextSyntax text:
                    if (PathSaysPrompt(text.TextToken.ValueText))
                    {
                        return true;
                    }

                    break;
                case IdentifierNameSyntax identifier when !IsLibraryName(identifier, model, cancellationToken):
                    if (SaysPrompt(identifier.Identifier.ValueText))
                    {
                        return true;
                    }

                    if (depth < MaxLocalSteps && LocalInitializer(identifier, model, cancellationToken) is { } initializer
                        && Names(initializer, model, depth + 1, cancellationToken))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private static SyntaxNode? LocalInitializer(IdentifierNameSyntax identifier, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (model is null || identifier.SyntaxTree != model.SyntaxTree
            || model.GetSymbolInfo(identifier, cancellationToken).Symbol is not ILocalSymbol local
            || local.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        return (local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) as VariableDeclaratorSyntax)?.Initializer?.Value;
    }

    /// <summary>A namespace or a referenced type (<c>System</c>, <c>Path</c>): the API, not a name the developer chose.</summary>
    private static bool IsLibraryName(IdentifierNameSyntax identifier, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (model is null || identifier.SyntaxTree != model.SyntaxTree)
        {
            return identifier.Identifier.ValueText == "System";
        }

        return model.GetSymbolInfo(identifier, cancellationToken).Symbol switch
        {
            INamespaceSymbol => true,
            ITypeSymbol type => type.DeclaringSyntaxReferences.Length == 0,
            _ => false,
        };
    }

    /// <summary>A static member's type (<c>File</c>, <c>System.IO.File</c>) is the API, not a name the developer chose.</summary>
    private static bool IsTypeName(ExpressionSyntax receiver, SemanticModel? model, CancellationToken cancellationToken)
        => receiver is IdentifierNameSyntax { Identifier.ValueText: "File" } or QualifiedNameSyntax or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "File" }
            || (model is not null && receiver.SyntaxTree == model.SyntaxTree && model.GetSymbolInfo(receiver, cancellationToken).Symbol is ITypeSymbol or INamespaceSymbol);

    private static bool PathSaysPrompt(string path)
    {
        foreach (var extension in TemplateExtensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return SaysPrompt(path);
    }

    /// <summary>True when one of the words of <paramref name="name"/> (split at case changes, digits and separators) names a prompt.</summary>
    internal static bool SaysPrompt(string name)
    {
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : ' ';
            var boundary = !char.IsLetter(c) || (i > 0 && char.IsUpper(c) && char.IsLower(name[i - 1]));
            if (boundary && start >= 0)
            {
                if (PromptWords.Contains(name.Substring(start, i - start)))
                {
                    return true;
                }

                start = -1;
            }

            if (char.IsLetter(c) && start < 0)
            {
                start = i;
            }
        }

        return false;
    }
}
