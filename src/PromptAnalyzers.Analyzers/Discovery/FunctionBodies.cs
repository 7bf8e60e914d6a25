using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PromptAnalyzers.Discovery;

/// <summary>The bodies of functions as syntax: the function around a node, and the body of a declared method.</summary>
internal static class FunctionBodies
{
    /// <summary>
    /// The function that contains <paramref name="node"/>: a method, constructor, operator, accessor, local function or lambda,
    /// or the compilation unit for a top-level statement; null in a field or property initializer.
    /// </summary>
    public static SyntaxNode? Enclosing(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax:
                    return current;
                case GlobalStatementSyntax:
                    return current.Parent;
            }
        }

        return null;
    }

    /// <summary>The block or arrow body of a method, constructor, operator or local function declaration; null for anything else.</summary>
    public static SyntaxNode? Of(SyntaxNode declaration) => declaration switch
    {
        BaseMethodDeclarationSyntax m => (SyntaxNode?)m.Body ?? m.ExpressionBody,
        LocalFunctionStatementSyntax f => (SyntaxNode?)f.Body ?? f.ExpressionBody,
        _ => null,
    };

    /// <summary>
    /// Where a declaration's parameters are used: its body, a constructor with its initializer (it passes its parameters on
    /// in <c>: base(client, instructions)</c>), or a whole type for a primary constructor (its parameters reach the base
    /// type's arguments and every member).
    /// </summary>
    public static SyntaxNode? ParameterScope(SyntaxNode declaration) => declaration switch
    {
        ConstructorDeclarationSyntax { Initializer: not null } constructor => constructor,
        TypeDeclarationSyntax { ParameterList: not null } type => type,
        _ => Of(declaration),
    };

    /// <summary>
    /// The expressions a block returns (not those of the lambdas and local functions in it), in text order; null when it
    /// has more than <paramref name="max"/>.
    /// </summary>
    public static List<ExpressionSyntax>? Returns(BlockSyntax block, int max)
    {
        var found = new List<ExpressionSyntax>();
        foreach (var node in block.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            if (node is ReturnStatementSyntax { Expression: { } expression })
            {
                if (found.Count == max)
                {
                    return null;
                }

                found.Add(expression);
            }
        }

        return found;
    }

    /// <summary>The one expression a block returns; null when it returns none or several.</summary>
    public static ExpressionSyntax? SingleReturn(BlockSyntax block) => Returns(block, 1) is [var only] ? only : null;
}
