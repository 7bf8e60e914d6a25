using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Discovery;
using PromptAnalyzers.Options;
using PromptAnalyzers.Text.Templates;

namespace PromptAnalyzers.Rules.Templates;

/// <summary>
/// PA5001-PA5003: template variables checked against the call that renders the template. Semantic Kernel templates rendered
/// by <c>InvokePromptAsync</c>, or created by <c>CreateFunctionFromPrompt</c> / <c>KernelFunctionFactory.CreateFromPrompt</c>
/// (from text or a <c>PromptTemplateConfig</c>), from prompt YAML or from a Prompty file, and invoked through a local; the
/// <c>skprompt.txt</c> of a prompt directory rendered by <c>kernel.InvokeAsync(plugin, function, ...)</c>; <c>string.Format</c>
/// and <c>StringBuilder.AppendFormat</c> in prompt code.
/// <para>
/// Perf: gated like the prompt rules (<see cref="PromptDiscovery.IsRelevant"/> per compilation, <see cref="PromptDiscovery.IsRelevantTree"/>
/// per document), then by the document naming one of the calls; only those invocations are bound.
/// </para>
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TemplateVariablesAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] FormatCalls = { "Format", "AppendFormat" };

    private static readonly string[] KernelCalls =
    {
        "InvokePromptAsync", "InvokePromptStreamingAsync", "InvokeAsync", "InvokeStreamingAsync", "CreateFunctionFromPrompt", "CreateFromPrompt", "CreateFunctionFromPromptYaml", "FromPromptYaml",
        "CreateFunctionFromPromptyFile", "CreateFunctionFromPrompty", "FromPrompty",
    };

    /// <summary>The calls checked in a compilation without Semantic Kernel: string.Format and StringBuilder.AppendFormat.</summary>
    private static readonly NameSet FormatCallNames = NameSet.From(FormatCalls);

    /// <summary>The calls checked in a compilation with Semantic Kernel: its rendering calls too.</summary>
    private static readonly string[] AllCalls = FormatCalls.Concat(KernelCalls).ToArray();

    private static readonly NameSet AllCallNames = NameSet.From(AllCalls);

    /// <summary>The calls that render a prompt directory's function by name, in a tree that need name no other prompt API.</summary>
    private static readonly NameSet FunctionInvocationNames = NameSet.From(new[] { "InvokeAsync", "InvokeStreamingAsync" });

    /// <summary>The call that creates a function from a Prompty file by its path, in a tree that need name no other prompt API.</summary>
    private static readonly NameSet PromptyFileNames = NameSet.From(new[] { "CreateFunctionFromPromptyFile" });

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        TemplateDiagnostics.VariableNotSupplied, TemplateDiagnostics.ArgumentNotUsed, TemplateDiagnostics.BrokenPlaceholder);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            var discovery = PromptDiscovery.For(start.Compilation);
            if (!discovery.IsRelevant(start.Options))
            {
                return;
            }

            var kernelTypes = SemanticKernelTypes.For(start.Compilation, discovery.Catalog);
            var kernel = kernelTypes is null ? null : new KernelCallContext(kernelTypes, start.Options, new ArgumentFilters(start.Compilation), discovery);
            var (callNames, calls) = kernel is null ? (FormatCallNames, FormatCalls) : (AllCallNames, AllCalls);
            start.RegisterSemanticModelAction(modelContext =>
            {
                var tree = modelContext.SemanticModel.SyntaxTree;
                var options = PromptAnalyzersOptions.For(modelContext.Options, tree);
                var cancellationToken = modelContext.CancellationToken;
                var identifiers = IdentifierIndex.For(tree, cancellationToken);
                if (!identifiers.ContainsAny(callNames)
                    || !(discovery.IsRelevantTree(tree, options, cancellationToken) || RendersPromptFiles(kernel, identifiers)))
                {
                    return;
                }

                var site = new ReportContext(modelContext.ReportDiagnostic, modelContext.SemanticModel, cancellationToken);
                var checkedTemplates = new HashSet<SyntaxNode>();
                foreach (var call in Calls(modelContext.SemanticModel, identifiers, calls, cancellationToken))
                {
                    if (!PromptSiteAnalyzer.IsInGeneratedCode(modelContext.SemanticModel, call.Syntax, cancellationToken))
                    {
                        FormatArguments.Check(call, discovery, site);
                        if (kernel is not null)
                        {
                            CheckKernelCall(call, kernel, site, checkedTemplates);
                        }
                    }
                }
            });
        });
    }

    /// <summary>
    /// A tree that renders prompt files the relevance gate does not see: it invokes functions by name in a project with
    /// <c>skprompt.txt</c> files (<c>kernel.InvokeAsync("Plugin", "Function", ...)</c>), or creates one from a path in a
    /// project with <c>.prompty</c> files (<c>kernel.CreateFunctionFromPromptyFile("chat.prompty")</c>).
    /// </summary>
    private static bool RendersPromptFiles(KernelCallContext? kernel, IdentifierIndex identifiers)
        => kernel is not null
        && ((kernel.DirectoryFiles.Any && identifiers.ContainsAny(FunctionInvocationNames)) || (kernel.PromptyFiles.Any && identifiers.ContainsAny(PromptyFileNames)));

    /// <summary>
    /// The invocations of the document with one of these names (<see cref="NamedInvocations"/>), bound one by one; a format
    /// call whose syntax settles it (<see cref="FormatArguments.IsSettledBySyntax"/>) is not bound.
    /// </summary>
    private static IEnumerable<IInvocationOperation> Calls(SemanticModel model, IdentifierIndex identifiers, string[] names, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var invocation in NamedInvocations.Find(model.SyntaxTree, identifiers, names, cancellationToken))
        {
            if (invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Format" or "AppendFormat" } or SimpleNameSyntax { Identifier.ValueText: "Format" or "AppendFormat" }
                && FormatArguments.IsSettledBySyntax(invocation))
            {
                continue;
            }

            if (model.GetOperation(invocation, cancellationToken) is IInvocationOperation call)
            {
                yield return call;
            }
        }
    }

    private static void CheckKernelCall(IInvocationOperation call, KernelCallContext kernel, ReportContext site, HashSet<SyntaxNode> checkedTemplates)
    {
        var (types, filters, discovery) = (kernel.Types, kernel.Filters, kernel.Discovery);
        var method = call.TargetMethod;
        TemplateSource? template = null;
        if (types.IsInvokePrompt(method))
        {
            template = TemplateSource.FromInvokePrompt(call, discovery, site.CancellationToken);
            if (template is not null)
            {
                CompareWithArguments(template, Argument(call, "arguments"), call, types, filters, site);
            }
        }
        else if (types.IsCreateFunction(method))
        {
            template = Created(call, kernel, site);
        }
        else if (types.IsInvokeFunction(method))
        {
            template = FunctionCreation(call, types) is { } creation
                ? Created(creation, kernel, site)
                : TemplateSource.FromPromptDirectory(call, kernel.DirectoryFiles, site.CancellationToken);
            if (template is not null)
            {
                CompareWithArguments(template, Argument(call, "arguments"), call, types, filters, site);
            }
        }

        if (template is not null && checkedTemplates.Add(template.Template.Syntax))
        {
            PlaceholderReport.Report(template, site);
        }
    }

    private static TemplateSource? Created(IInvocationOperation creation, KernelCallContext kernel, ReportContext site)
    {
        var method = creation.TargetMethod;
        if (kernel.Types.IsCreateFromPromptYaml(method))
        {
            return TemplateSource.FromPromptYaml(creation, kernel.YamlFiles, kernel.Discovery, site.CancellationToken);
        }

        return kernel.Types.IsCreateFromPrompty(method)
            ? TemplateSource.FromPrompty(creation, kernel.PromptyFiles, kernel.Discovery, site.CancellationToken)
            : TemplateSource.FromCreateCall(creation, kernel.Types, kernel.Discovery, site.CancellationToken);
    }

    /// <summary>The call that created the function an invocation renders: written in place, or the only write of a local.</summary>
    private static IInvocationOperation? FunctionCreation(IInvocationOperation call, SemanticKernelTypes types)
    {
        var function = types.IsFunctionInstance(call.TargetMethod) ? call.Instance : Argument(call, "function");
        if (function is null)
        {
            return null;
        }

        function = LocalWrites.Unwrap(function);
        if (function is ILocalReferenceOperation reference && LocalWrites.SingleValue(reference.Local, LocalWrites.Root(reference)) is { } value)
        {
            function = LocalWrites.Unwrap(value);
        }

        return function is IInvocationOperation creation && types.IsCreateFunction(creation.TargetMethod) ? creation : null;
    }

    private static void CompareWithArguments(TemplateSource template, IOperation? arguments, IInvocationOperation call, SemanticKernelTypes types, ArgumentFilters filters, ReportContext site)
    {
        // A call still being typed (a syntax error inside it) has not settled its arguments yet.
        var supplied = SuppliedArguments.Read(arguments, types);
        if (supplied.IsDynamic || call.Syntax.ContainsDiagnostics)
        {
            return;
        }

        var missing = template.Variables.Required.Select(v => v.Name)
            .Where(name => !supplied.Contains(name) && template.Optional is { } optional && !optional.Contains(name))
            .ToList();
        if (missing.Count > 0)
        {
            var location = (arguments?.Syntax ?? call.Syntax).GetLocation();
            string suffix = missing.Count == 1 ? ", and the template gives it no default" : ", and the template gives them no default";
            site.ReportDiagnostic(Diagnostic.Create(TemplateDiagnostics.VariableNotSupplied, location, TemplateDiagnostics.Names(missing), suffix));
        }

        if (!template.IsComplete || template.Variables.PassesAllArguments)
        {
            return;
        }

        foreach (var (name, location) in supplied.Names)
        {
            if (!template.Variables.Mentions(name) && !filters.AreDeclared(site.CancellationToken))
            {
                string? nearest = NearestName.Find(name, template.Variables.MentionedNames.Where(n => !supplied.Contains(n)));
                site.ReportDiagnostic(Diagnostic.Create(TemplateDiagnostics.ArgumentNotUsed, location, "'" + name + "'", TemplateDiagnostics.Suggestion(nearest)));
            }
        }
    }

    /// <summary>What the Semantic Kernel checks of one compilation share.</summary>
    private sealed class KernelCallContext
    {
        public KernelCallContext(SemanticKernelTypes types, AnalyzerOptions options, ArgumentFilters filters, PromptDiscovery discovery)
        {
            Types = types;
            YamlFiles = PromptFilesByPath.Yaml(options);
            PromptyFiles = PromptFilesByPath.Prompty(options);
            DirectoryFiles = new PromptDirectoryFiles(options);
            Filters = filters;
            Discovery = discovery;
        }

        public SemanticKernelTypes Types { get; }

        public PromptFilesByPath<PromptYamlTemplate> YamlFiles { get; }

        public PromptFilesByPath<PromptyTemplate> PromptyFiles { get; }

        /// <summary>The <c>skprompt.txt</c> files that <c>kernel.InvokeAsync(plugin, function, ...)</c> renders.</summary>
        public PromptDirectoryFiles DirectoryFiles { get; }

        public ArgumentFilters Filters { get; }

        public PromptDiscovery Discovery { get; }
    }

    private static IOperation? Argument(IInvocationOperation call, string parameter)
        => call.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter && a.ArgumentKind != ArgumentKind.DefaultValue)?.Value;
}
