using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Text.Tokens;

namespace PromptAnalyzers.Rules.Cost;

/// <summary>One message of a request as PA2003 reads it: where it is, its role, and the site that carries its text (null when discovery made none: its text is all dynamic).</summary>
internal sealed class RequestMessage
{
    public RequestMessage(IOperation operation, PromptRole role, PromptSite? site, SyntaxNode textNode)
    {
        Operation = operation;
        Role = role;
        Site = site;
        TextNode = textNode;
    }

    /// <summary>The message in the list (an element, or the Add call that makes it).</summary>
    public IOperation Operation { get; }

    public PromptRole Role { get; }

    /// <summary>The first site of the message's text, when it has one.</summary>
    public PromptSite? Site { get; }

    /// <summary>The expression of the message's text: where a diagnostic about it goes.</summary>
    public SyntaxNode TextNode { get; }
}

/// <summary>A piece of a request in the order it is sent: static text, a dynamic part (a hole) or a message the code does not show (unknown).</summary>
internal readonly struct RequestPart
{
    private RequestPart(string? text, string? hole, int message, PromptSite? site)
    {
        Text = text;
        Hole = hole;
        Message = message;
        Site = site;
    }

    /// <summary>The static text, or null for a hole or an unknown message.</summary>
    public string? Text { get; }

    /// <summary>What the hole is ("userName", "DateTime.Now"), or null for static text or an unknown message.</summary>
    public string? Hole { get; }

    public bool IsHole => Hole is not null;

    public bool IsStatic => Text is not null;

    /// <summary>The index of the message in the request (see <see cref="RequestParts.Messages"/>).</summary>
    public int Message { get; }

    /// <summary>The site whose text holds the part, when it has one.</summary>
    public PromptSite? Site { get; }

    public static RequestPart Static(string text, int message, PromptSite? site) => new(text, null, message, site);

    public static RequestPart Dynamic(string hole, int message, PromptSite? site) => new(null, hole, message, site);

    /// <summary>A message, or a template in one, whose text is not known here.</summary>
    public static RequestPart Unknown(int message) => new(null, null, message, null);

    /// <summary>The parts of one text, as message <paramref name="message"/>.</summary>
    public static void AddParts(PromptText text, int message, PromptSite? site, List<RequestPart> parts)
    {
        foreach (var part in text.Parts)
        {
            parts.Add(part.Text is { } staticText ? Static(staticText, message, site) : Dynamic(part.HoleDescription ?? "a dynamic value", message, site));
        }
    }
}

/// <summary>
/// The messages of one C# message list (<see cref="MessageList"/>) and their parts in request order: the texts of the
/// sites discovery found in each message, and for a message without a site (its text is all dynamic, such as retrieved
/// context) the text discovery reconstructs at its sink. A message not known statically, or a template message (its
/// {{variables}} are filled later), is an unknown part.
/// </summary>
internal sealed class RequestParts
{
    private RequestParts(List<RequestMessage?> messages, List<RequestPart> parts)
    {
        Messages = messages;
        Parts = parts;
    }

    /// <summary>The list's messages in order; null for one not known statically.</summary>
    public IReadOnlyList<RequestMessage?> Messages { get; }

    public IReadOnlyList<RequestPart> Parts { get; }

    public static RequestParts Of(MessageList list, IReadOnlyDictionary<SyntaxNode, List<PromptSite>> sitesByMessage, PromptDiscovery discovery, CancellationToken cancellationToken)
    {
        var messages = new List<RequestMessage?>(list.Messages.Length);
        var parts = new List<RequestPart>();
        var lastWithStaticText = LastWithSites(list, sitesByMessage);
        SiteContext? siteContext = null;
        foreach (var operation in list.Messages)
        {
            var index = messages.Count;
            if (operation is null || (index >= lastWithStaticText && !sitesByMessage.ContainsKey(Unwrap(operation).Syntax)))
            {
                // Perf: a message after the last one with a site has no static text after it to defeat; its text is not
                // reconstructed.
                messages.Add(null);
                parts.Add(RequestPart.Unknown(index));
                continue;
            }

            var message = Unwrap(operation);
            if (sitesByMessage.TryGetValue(message.Syntax, out var sites))
            {
                messages.Add(new RequestMessage(message, sites[0].Role, sites[0], sites[0].Node));
                foreach (var site in sites)
                {
                    if (site.IsTemplate)
                    {
                        parts.Add(RequestPart.Unknown(index)); // Its {{variables}} are filled at render time.
                    }
                    else
                    {
                        RequestPart.AddParts(site.Text, index, site, parts);
                    }
                }

                continue;
            }

            siteContext ??= new SiteContext(discovery, cancellationToken);
            if (DynamicText(message, siteContext) is { } dynamic)
            {
                messages.Add(new RequestMessage(message, dynamic.Role, null, dynamic.Node));
                RequestPart.AddParts(dynamic.Text, index, null, parts);
            }
            else
            {
                messages.Add(null);
                parts.Add(RequestPart.Unknown(index));
            }
        }

        return new RequestParts(messages, parts);
    }

    /// <summary>
    /// An upper bound on the tokens of the static text of <paramref name="list"/>'s messages (the texts of their sites): a list
    /// below the cache minimum is not read further.
    /// </summary>
    public static decimal MostStaticTokens(MessageList list, IReadOnlyDictionary<SyntaxNode, List<PromptSite>> sitesByMessage, TokenizerSpec tokenizer)
    {
        long bytes = 0;
        long chars = 0;
        foreach (var operation in list.Messages)
        {
            if (operation is not null && sitesByMessage.TryGetValue(Unwrap(operation).Syntax, out var sites))
            {
                foreach (var site in sites)
                {
                    foreach (var part in site.Text.Parts)
                    {
                        if (part.Text is { } text)
                        {
                            bytes += Encoding.UTF8.GetByteCount(text);
                            chars += text.Length;
                        }
                    }
                }
            }
        }

        return CacheBreak.MostTokens(bytes, chars, tokenizer);
    }

    /// <summary>The syntax of each message of the list the code shows (what <see cref="PromptSite.Message"/> is keyed by).</summary>
    public static IEnumerable<SyntaxNode> MessageSyntax(MessageList list)
    {
        foreach (var operation in list.Messages)
        {
            if (operation is not null)
            {
                yield return Unwrap(operation).Syntax;
            }
        }
    }

    private static int LastWithSites(MessageList list, IReadOnlyDictionary<SyntaxNode, List<PromptSite>> sitesByMessage)
    {
        for (var i = list.Messages.Length - 1; i >= 0; i--)
        {
            if (list.Messages[i] is { } operation && sitesByMessage.ContainsKey(Unwrap(operation).Syntax))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The text of a message discovery made no site for, when it is a message with a role: its text has no static part.</summary>
    private static (PromptRole Role, PromptText Text, SyntaxNode Node)? DynamicText(IOperation message, SiteContext context)
    {
        foreach (var use in SinkMatcher.Uses(message, context.Discovery.Catalog))
        {
            if (context.Roles.RoleOf(use) is { } role)
            {
                var text = context.Text.Reconstruct(use.Value);
                return text.HasStaticText ? null : (role, text, use.Value.Syntax);
            }
        }

        return null;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { OperatorMethod: null } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
