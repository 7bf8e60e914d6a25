using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Text.Formatting;

namespace PromptAnalyzers.Discovery;

/// <summary>Text built by string APIs (string.Format, Concat, Join, Trim) and whole documents read from files or streams (PA1003).</summary>
internal sealed partial class TextReconstructor
{
    private PromptText ReconstructInvocation(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        if (IsDocumentRead(method))
        {
            return Document(invocation);
        }

        if (method.ContainingType?.SpecialType == SpecialType.System_String)
        {
            switch (method.Name)
            {
                case "Format" when method.IsStatic:
                    return ReconstructFormat(invocation, depth);
                case "Concat" when method.IsStatic:
                    return PromptText.Concat(ArgumentValues(invocation).Select(v => ReconstructValue(v, depth + 1)));
                case "Join" when method.IsStatic:
                    return ReconstructJoin(invocation, depth);
                case "Trim" or "TrimStart" or "TrimEnd" when invocation.Arguments.Length == 0 && invocation.Instance is not null:
                    return Trim(Reconstruct(invocation.Instance, depth + 1), method.Name);
            }
        }

        if (method.Name == "ToString" && invocation.Arguments.Length == 0 && invocation.Instance is ILocalReferenceOperation builder && IsStringBuilder(builder.Type))
        {
            return ReconstructStringBuilder(builder, invocation, depth);
        }

        if (method.Name == "ToString" && invocation.Arguments.Length == 0 && invocation.Instance is { } text && IsString(text.Type))
        {
            return Reconstruct(text, depth + 1);
        }

        if (WholeCollections.IsSerialize(method) && invocation.Arguments.Length > 0 && Collections.ReadOf(invocation.Arguments[0].Value) is { } serialized)
        {
            // Every record of a data file or every row of a table, serialised into the text as JSON.
            return Document(serialized);
        }

        if (ReturnedBy(invocation, depth) is { } returned)
        {
            return returned;
        }

        return PromptText.Hole(Describe(invocation));
    }

    /// <summary>Reads that return a whole file or stream as text (PA1003).</summary>
    private static bool IsDocumentRead(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null || !NamespaceNames.Is(type.ContainingNamespace, "System.IO"))
        {
            return false;
        }

        return type.Name switch
        {
            "File" => method.Name is "ReadAllText" or "ReadAllTextAsync" or "ReadAllLines" or "ReadAllLinesAsync" or "ReadLines" or "ReadLinesAsync",
            "StreamReader" or "TextReader" or "StringReader" => method.Name is "ReadToEnd" or "ReadToEndAsync",
            _ => false,
        };
    }

    private PromptText Document(IOperation read) => Document(read.Syntax);

    private PromptText Document(SyntaxNode read)
    {
        return new(ImmutableArray.Create(PromptPart.DocumentHole(CodeExcerpt.Of(read, 40), read, DocumentReads.NamesThePrompt(read, SemanticModelFor(read), _cancellationToken))));
    }

    private static PromptText Trim(PromptText text, string how)
    {
        if (text.Parts.Length == 0)
        {
            return text;
        }

        var parts = text.Parts.ToBuilder();
        if (how != "TrimEnd" && parts[0].Text is { } first)
        {
            parts[0] = PromptPart.Static(first.TrimStart(), parts[0].Origin);
        }

        if (how != "TrimStart" && parts[parts.Count - 1].Text is { } last)
        {
            parts[parts.Count - 1] = PromptPart.Static(last.TrimEnd(), parts[parts.Count - 1].Origin);
        }

        return new PromptText(parts.ToImmutable());
    }

    private PromptText ReconstructFormat(IInvocationOperation invocation, int depth)
    {
        var values = ArgumentValues(invocation).ToList();
        var formatIndex = values.FindIndex(v => IsString(v.Type) || v.ConstantValue is { HasValue: true, Value: string });
        if (formatIndex < 0 || invocation.Arguments.Any(a => a.Parameter?.Type.Name == "CompositeFormat"))
        {
            return PromptText.Hole(Describe(invocation));
        }

        var format = Reconstruct(values[formatIndex], depth + 1);
        if (!format.IsFullyStatic)
        {
            return PromptText.Hole(Describe(invocation));
        }

        var segments = CompositeFormatScanner.Scan(format.Render());
        if (segments is null)
        {
            return PromptText.Hole(Describe(invocation));
        }

        var args = values.Skip(formatIndex + 1).ToList();
        var origin = format.Parts.Length == 1 ? format.Parts[0].Origin : null;
        var parts = ImmutableArray.CreateBuilder<PromptPart>();
        foreach (var segment in segments)
        {
            if (!segment.IsItem)
            {
                parts.Add(PromptPart.Static(segment.Text, origin));
            }
            else if (segment.Index is { } index && index < args.Count)
            {
                parts.AddRange(ReconstructValue(args[index], depth + 1).Parts);
            }
            else
            {
                parts.Add(PromptPart.Hole("{" + segment.Text + "}"));
            }
        }

        return new PromptText(parts.ToImmutable());
    }

    private PromptText ReconstructJoin(IInvocationOperation invocation, int depth)
    {
        if (invocation.Arguments.Length < 2)
        {
            return PromptText.Hole(Describe(invocation));
        }

        var separator = ReconstructValue(invocation.Arguments[0].Value, depth + 1);
        IEnumerable<IOperation>? elements = invocation.Arguments[1].Value switch
        {
            IArrayCreationOperation { Initializer: { } initializer } when invocation.Arguments.Length == 2 => initializer.ElementValues,
            IConversionOperation { Operand: IArrayCreationOperation { Initializer: { } initializer } } when invocation.Arguments.Length == 2 => initializer.ElementValues,
            { } collection when IsCollectionExpression(collection) && invocation.Arguments.Length == 2 => collection.ChildOperations,
            _ => null,
        };

        if (elements is null && invocation.Arguments.Length == 2 && Unconverted(invocation.Arguments[1].Value) is IInvocationOperation lines && IsDocumentRead(lines.TargetMethod))
        {
            return Document(lines);
        }

        if (elements is null && invocation.Arguments.Length == 2 && invocation.Arguments[1].Parameter?.IsParams != true && Collections.ReadOf(invocation.Arguments[1].Value) is { } wholeCollection)
        {
            // Every record of a data file or every row of a table, joined into the text.
            return Document(wholeCollection);
        }

        if (elements is null)
        {
            if (invocation.Arguments.Length > 2 || invocation.Arguments[1].Parameter?.IsParams == true)
            {
                elements = invocation.Arguments.Skip(1).Select(a => a.Value);
            }
            else
            {
                return PromptText.Hole(Describe(invocation));
            }
        }

        var texts = new List<PromptText>();
        foreach (var element in elements)
        {
            if (texts.Count > 0)
            {
                texts.Add(separator);
            }

            texts.Add(ReconstructValue(element, depth + 1));
        }

        return PromptText.Concat(texts);
    }

    /// <summary>The values an invocation passes, with params arrays expanded.</summary>
    private static IEnumerable<IOperation> ArgumentValues(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (argument.Value is IArrayCreationOperation { Initializer: { } initializer } && argument.Parameter is { IsParams: true } or { Type: IArrayTypeSymbol })
            {
                foreach (var element in initializer.ElementValues)
                {
                    yield return element;
                }
            }
            else if (IsCollectionExpression(argument.Value))
            {
                foreach (var element in argument.Value.ChildOperations)
                {
                    yield return element;
                }
            }
            else
            {
                yield return argument.Value;
            }
        }
    }

    /// <summary>
    /// A collection expression or a params-span argument ([a, b], string.Join(sep, a, b) on .NET 9+). Roslyn 4.8 has no
    /// interface for it, so it is recognised by kind name and read through its children (the elements).
    /// </summary>
    private static bool IsCollectionExpression(IOperation operation) => operation.Kind.ToString() == "CollectionExpression";
}
