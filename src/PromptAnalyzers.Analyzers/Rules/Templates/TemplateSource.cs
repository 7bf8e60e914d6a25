using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Text.Templates;

namespace PromptAnalyzers.Rules.Templates;

/// <summary>
/// A prompt template as the code gives it to Semantic Kernel: its text (rebuilt through constants, fields and locals), its
/// syntax (from <c>templateFormat</c> or <c>PromptTemplateConfig.TemplateFormat</c>), the variables it reads, and the
/// input variables a call may leave out (a default, or declared not required).
/// </summary>
internal sealed class TemplateSource
{
    private TemplateSource(IOperation template, PromptText text, TemplateSyntax syntax, HashSet<string>? optional)
    {
        Template = template;
        Text = text;
        Syntax = syntax;
        Optional = optional;
        Variables = TemplateVariables.Read(text.Flatten(), syntax);
    }

    /// <summary>The template expression: where PA5003 reports, and what identifies the template across calls.</summary>
    public IOperation Template { get; }

    public PromptText Text { get; }

    public TemplateSyntax Syntax { get; }

    public TemplateVariables Variables { get; }

    /// <summary>
    /// Variables the template's config gives a default or declares not required; null when its input variables cannot be read
    /// (then PA5001 is silent).
    /// </summary>
    public HashSet<string>? Optional { get; }

    /// <summary>True when every part of the text is known, so a name the text does not mention is really unused.</summary>
    public bool IsComplete => Text.IsFullyStatic;

    /// <summary>The template of <c>kernel.InvokePromptAsync(template, ..., templateFormat: ...)</c>.</summary>
    public static TemplateSource? FromInvokePrompt(IInvocationOperation call, PromptDiscovery discovery, CancellationToken cancellationToken)
    {
        if (Argument(call, "promptTemplateConfig") is { } config && !IsNull(config))
        {
            return null;
        }

        return FromText(call, discovery, new HashSet<string>(StringComparer.OrdinalIgnoreCase), cancellationToken);
    }

    /// <summary>The template of <c>CreateFunctionFromPrompt</c> / <c>KernelFunctionFactory.CreateFromPrompt</c>, given as text or as a config.</summary>
    public static TemplateSource? FromCreateCall(IInvocationOperation call, SemanticKernelTypes types, PromptDiscovery discovery, CancellationToken cancellationToken)
    {
        var configParameter = call.TargetMethod.Parameters.FirstOrDefault(p => types.IsTemplateConfig(p.Type));
        if (configParameter is not null)
        {
            if (call.TargetMethod.Parameters.Any(p => p.Name == "promptTemplate"))
            {
                // CreateFromPrompt(IPromptTemplate, config): the template object is built elsewhere.
                return null;
            }

            return Argument(call, configParameter.Name) is { } config ? FromConfig(config, types, discovery, cancellationToken) : null;
        }

        return FromText(call, discovery, new HashSet<string>(StringComparer.OrdinalIgnoreCase), cancellationToken);
    }

    /// <summary>
    /// The template of a prompt YAML function: the YAML written in the code, or the additional file it reads. PA5003 reports
    /// on the YAML argument (the placeholder is not in this document when the YAML is a file).
    /// </summary>
    public static TemplateSource? FromPromptYaml(IInvocationOperation call, PromptFilesByPath<PromptYamlTemplate> files, PromptDiscovery discovery, CancellationToken cancellationToken)
    {
        if (Argument(call, "text") is not { } yamlArgument)
        {
            return null;
        }

        var written = new TextReconstructor(discovery, cancellationToken).Reconstruct(yamlArgument);
        var yaml = written.IsFullyStatic ? PromptYamlTemplate.Read(written.Flatten()) : files.ReadFile(yamlArgument, cancellationToken);
        if (yaml is null || TemplateSyntaxNames.FromFormatName(yaml.FormatName) is not { } syntax)
        {
            return null;
        }

        return new TemplateSource(yamlArgument, PromptText.Static(yaml.Template, null), syntax, yaml.Optional);
    }

    /// <summary>
    /// The template of a Prompty function: the <c>.prompty</c> additional file that <c>CreateFunctionFromPromptyFile(path)</c>
    /// names by a constant path, or the Prompty text given to <c>CreateFunctionFromPrompty</c> / <c>KernelFunctionPrompty.FromPrompty</c>
    /// (written in the code, or a <c>File.ReadAllText</c> of a constant path). PA5003 reports on the path or text argument.
    /// </summary>
    public static TemplateSource? FromPrompty(IInvocationOperation call, PromptFilesByPath<PromptyTemplate> files, PromptDiscovery discovery, CancellationToken cancellationToken)
    {
        PromptyTemplate? prompty;
        IOperation? argument;
        if (call.TargetMethod.Name == "CreateFunctionFromPromptyFile")
        {
            argument = Argument(call, "promptyFilePath");
            prompty = argument?.ConstantValue is { HasValue: true, Value: string path } ? files.Find(path, cancellationToken) : null;
        }
        else
        {
            argument = Argument(call, "promptyTemplate") ?? Argument(call, "text");
            if (argument is null)
            {
                return null;
            }

            var written = new TextReconstructor(discovery, cancellationToken).Reconstruct(argument);
            prompty = written.IsFullyStatic ? PromptyTemplate.Read(written.Flatten()) : files.ReadFile(argument, cancellationToken);
        }

        if (argument is null || prompty is null || TemplateSyntaxNames.FromFormatName(prompty.FormatName) is not { } syntax)
        {
            return null;
        }

        return new TemplateSource(argument, PromptText.Static(prompty.Template, null), syntax, prompty.Optional);
    }

    /// <summary>
    /// The <c>skprompt.txt</c> that <c>kernel.InvokeAsync(pluginName, functionName, arguments)</c> renders, when both names are
    /// constants and one prompt directory has them, with the input variables its <c>config.json</c> lets a call leave out
    /// (unknown, so PA5001 is silent, when that file is not an additional file or not valid JSON); the template is in the
    /// Semantic Kernel syntax, the one prompt directories use.
    /// </summary>
    public static TemplateSource? FromPromptDirectory(IInvocationOperation call, PromptDirectoryFiles files, CancellationToken cancellationToken)
    {
        if (Argument(call, "functionName") is not { ConstantValue: { HasValue: true, Value: string functionName } } function
            || Argument(call, "pluginName") is not { } plugin
            || !(IsNull(plugin) || plugin.ConstantValue is { HasValue: true, Value: string })
            || files.Find(plugin.ConstantValue.Value as string, functionName, cancellationToken) is not { } directory)
        {
            return null;
        }

        return new TemplateSource(function, PromptText.Static(directory.Template, null), TemplateSyntax.SemanticKernel, directory.Optional);
    }

    private static TemplateSource? FromText(IInvocationOperation call, PromptDiscovery discovery, HashSet<string> optional, CancellationToken cancellationToken)
    {
        if (Argument(call, "promptTemplate") is not { } template || template.Type?.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        var format = Argument(call, "templateFormat");
        if (format is not null && !IsNull(format) && format.ConstantValue is not { HasValue: true, Value: string })
        {
            return null;
        }

        return Create(template, format?.ConstantValue.Value as string, optional, discovery, cancellationToken);
    }

    /// <summary>
    /// <c>new PromptTemplateConfig(template) { TemplateFormat = ..., InputVariables = [...] }</c>, written at the call or in a
    /// local that is only passed to calls creating functions (a config changed after it is built is not read).
    /// </summary>
    private static TemplateSource? FromConfig(IOperation config, SemanticKernelTypes types, PromptDiscovery discovery, CancellationToken cancellationToken)
    {
        config = LocalWrites.Unwrap(config);
        if (config is ILocalReferenceOperation reference)
        {
            var root = LocalWrites.Root(reference);
            bool onlyPassed = LocalWrites.References(reference.Local, root)
                .All(r => r.Parent is IArgumentOperation { Parent: IInvocationOperation call } && types.IsCreateFromPrompt(call.TargetMethod));
            config = onlyPassed && LocalWrites.SingleValue(reference.Local, root) is { } value ? LocalWrites.Unwrap(value) : config;
        }

        if (config is not IObjectCreationOperation creation || !types.IsTemplateConfig(creation.Type))
        {
            return null;
        }

        IOperation? template = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "template")?.Value;
        string? format = null;
        HashSet<string>? optional = new(StringComparer.OrdinalIgnoreCase);
        foreach (var initializer in creation.Initializer?.Initializers ?? Enumerable.Empty<IOperation>())
        {
            if (initializer is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
            {
                continue;
            }

            switch (property.Property.Name)
            {
                case "Template":
                    template = assignment.Value;
                    break;
                case "TemplateFormat":
                    if (assignment.Value.ConstantValue is not { HasValue: true, Value: string name })
                    {
                        return null;
                    }

                    format = name;
                    break;
                case "InputVariables":
                    optional = OptionalVariables(assignment.Value, types);
                    break;
            }
        }

        return template is null ? null : Create(template, format, optional, discovery, cancellationToken);
    }

    /// <summary>
    /// Names of the input variables written in place with a <c>Default</c> or <c>IsRequired = false</c>; null when the list is
    /// not written in place.
    /// </summary>
    private static HashSet<string>? OptionalVariables(IOperation value, SemanticKernelTypes types)
    {
        value = LocalWrites.Unwrap(value);
        bool inPlace = value is IObjectCreationOperation or IArrayCreationOperation || value.Syntax is CollectionExpressionSyntax;
        if (!inPlace)
        {
            return null;
        }

        var optional = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var variable in value.Descendants().OfType<IObjectCreationOperation>().Where(c => types.IsInputVariable(c.Type)))
        {
            string? name = null;
            bool isOptional = false;
            foreach (var initializer in variable.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>() ?? Enumerable.Empty<ISimpleAssignmentOperation>())
            {
                if (initializer.Target is not IPropertyReferenceOperation property)
                {
                    continue;
                }

                if (property.Property.Name == "Name")
                {
                    name = initializer.Value.ConstantValue.Value as string;
                    if (name is null)
                    {
                        return null;
                    }
                }
                else if (property.Property.Name == "Default")
                {
                    isOptional |= !IsNull(initializer.Value);
                }
                else if (property.Property.Name == "IsRequired")
                {
                    isOptional |= initializer.Value.ConstantValue is { HasValue: true, Value: false };
                }
            }

            if (name is not null && isOptional)
            {
                optional.Add(name);
            }
        }

        return optional;
    }

    private static TemplateSource? Create(IOperation template, string? formatName, HashSet<string>? optional, PromptDiscovery discovery, CancellationToken cancellationToken)
    {
        if (TemplateSyntaxNames.FromFormatName(formatName) is not { } syntax)
        {
            return null;
        }

        var text = new TextReconstructor(discovery, cancellationToken).Reconstruct(template);
        return text.HasStaticText ? new TemplateSource(template, text, syntax, optional) : null;
    }

    /// <summary>The value passed for <paramref name="parameter"/>, or null when the call leaves it to its default.</summary>
    private static IOperation? Argument(IInvocationOperation call, string parameter)
        => call.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter && a.ArgumentKind != ArgumentKind.DefaultValue)?.Value;

    private static bool IsNull(IOperation value) => LocalWrites.Unwrap(value) is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } } or IDefaultValueOperation;
}
