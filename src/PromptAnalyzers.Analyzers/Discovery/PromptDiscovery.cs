using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PromptAnalyzers.Options;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// Turns operations into <see cref="PromptSite"/>s. One instance per compilation, shared by every rule analyzer.
/// </summary>
internal sealed partial class PromptDiscovery
{
    /// <summary>How many prompt-helper methods deep a prompt is followed (A calls B calls the SDK).</summary>
    private const int MaxHelperDepth = 4;

    private static readonly ConditionalWeakTable<Compilation, PromptDiscovery> Instances = new();

    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _semanticModels = new();
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<HelperFlow>> _helperFlows = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<string, DeclaredPromptMethods> _declaredMethods = new();

    private PromptDiscovery(Compilation compilation)
    {
        Compilation = compilation;
        Catalog = SinkCatalogCache.GetOrCreate(compilation);
        Kinds = new SiteKinds(Catalog.KindTypes);
    }

    /// <summary>Tells each site's kind from the code around it (test, evaluation, task input).</summary>
    internal SiteKinds Kinds { get; }

    public Compilation Compilation { get; }

    public SinkCatalog Catalog { get; }

    internal ConcurrentDictionary<INamedTypeSymbol, ModelChoice> TypeModels { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>Per member (or file of top-level statements): the one model id it configures, if any.</summary>
    internal ConcurrentDictionary<SyntaxNode, ModelChoice?> MemberModels { get; } = new();

    /// <summary>Per type declaration: whether it builds a fine-tuning training set (see <see cref="TrainingSets"/>).</summary>
    internal ConcurrentDictionary<SyntaxNode, bool> TrainingScopes { get; } = new();

    public static PromptDiscovery For(Compilation compilation) => Instances.GetValue(compilation, c => new PromptDiscovery(c));

    /// <summary>
    /// Whether prompt rules have anything to do in this compilation: it references an LLM SDK or System.Net.Http (through
    /// which code posts requests to LLM APIs by hand), or declares prompt methods. A project with none of them pays only this
    /// check; one that references System.Net.Http alone pays the relevance scan of its documents (see <see cref="PromptRelevance"/>).
    /// </summary>
    public bool IsRelevant(AnalyzerOptions options)
    {
        if (!Catalog.IsEmpty || Catalog.Http.IsAvailable)
        {
            return true;
        }

        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(OptionKeys.PromptMethods, out var global) && !string.IsNullOrWhiteSpace(global))
        {
            return true;
        }

        foreach (var tree in Compilation.SyntaxTrees)
        {
            if (options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(OptionKeys.PromptMethods, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return true;
            }
        }

        return false;
    }

#pragma warning disable RS1030 // Following a prompt into a field or helper declared in another file needs that file's semantic model; cached per tree.
    internal SemanticModel? GetSemanticModel(SyntaxTree tree)
    {
        if (!Compilation.ContainsSyntaxTree(tree))
        {
            return null;
        }

        return _semanticModels.GetOrAdd(tree, t => Compilation.GetSemanticModel(t));
    }
#pragma warning restore RS1030

    private PromptRelevance? _relevance;

    /// <summary>
    /// Whether <paramref name="tree"/> can contain a prompt site (see <see cref="PromptRelevance"/>): decided from the text of
    /// the compilation's trees, computed once per compilation, so that trees without one are never bound by the prompt rules.
    /// </summary>
    public bool IsRelevantTree(SyntaxTree tree, PromptAnalyzersOptions options, CancellationToken cancellationToken)
    {
        if (Relevance(cancellationToken).IsRelevant(tree))
        {
            return true;
        }

        return options.PromptMethods.Length > 0 && IdentifierIndex.For(tree, cancellationToken).ContainsAny(DeclaredNames(options));
    }

    private PromptRelevance Relevance(CancellationToken cancellationToken)
    {
        var relevance = _relevance;
        if (relevance is null)
        {
            // Computed outside any lock: a cancelled computation leaves nothing behind, and two threads computing at once get
            // equal answers of which the first is kept.
            relevance = PromptRelevance.Compute(Compilation, Catalog, MaxHelperDepth, cancellationToken);
            relevance = Interlocked.CompareExchange(ref _relevance, relevance, null) ?? relevance;
        }

        return relevance;
    }

    private NameSet DeclaredNames(PromptAnalyzersOptions options) => _declaredNames.GetOrAdd(options.PromptMethods, PromptRelevance.DeclaredMethodNames);

    private readonly ConcurrentDictionary<string, NameSet> _declaredNames = new();

    /// <summary>
    /// Every prompt site of a tree, found by walking its syntax and asking <paramref name="model"/> for the operations the
    /// prompt rules look at (invocations, object creations, simple assignments, and user-defined conversions that share their
    /// operand's syntax). Computed once per semantic model and shared by the rules.
    /// </summary>
    public ImmutableArray<PromptSite> FindSitesInTree(SemanticModel model, PromptAnalyzersOptions options, CancellationToken cancellationToken)
    {
        if (_sitesByModel.TryGetValue(model, out var cached) && ReferenceEquals(cached.Options, options))
        {
            return cached.Sites;
        }

        var sites = ImmutableArray.CreateBuilder<PromptSite>();
        foreach (var unit in RelevantUnits(model.SyntaxTree, options, cancellationToken))
        {
            foreach (var top in unit.Nodes)
            {
                AddSitesIn(top, model, options, sites, cancellationToken);
            }
        }

        var result = sites.ToImmutable();
        if (cached is null)
        {
            _sitesByModel.GetValue(model, _ => new SiteList(result, options));
        }

        return result;
    }

    private readonly ConditionalWeakTable<SemanticModel, SiteList> _sitesByModel = new();

    /// <summary>
    /// The sites of the operations under <paramref name="node"/>: the largest syntax that has an operation (a method's body,
    /// a field's initializer, a top-level statement) is asked for it once and its operation tree walked, implicit operations
    /// included (the Add calls of a collection initializer), as the analyzer driver's operation actions would see them.
    /// </summary>
    private void AddSitesIn(SyntaxNode node, SemanticModel model, PromptAnalyzersOptions options, ImmutableArray<PromptSite>.Builder sites, CancellationToken cancellationToken)
    {
        if (node is ExpressionSyntax or StatementSyntax or EqualsValueClauseSyntax or ArrowExpressionClauseSyntax or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (model.GetOperation(node, cancellationToken) is { } root)
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    if (operation.Kind is OperationKind.Invocation or OperationKind.ObjectCreation or OperationKind.SimpleAssignment or OperationKind.Conversion)
                    {
                        sites.AddRange(FindSites(operation, options, cancellationToken));
                    }
                }

                return;
            }
        }

        foreach (var child in node.ChildNodes())
        {
            AddSitesIn(child, model, options, sites, cancellationToken);
        }
    }

    /// <summary>
    /// The units of a tree (members, top-level statements) that name something relevant: an SDK entry point, a prompt helper,
    /// a declared prompt method, a file alias of one, or a field or property of the file whose declaration does
    /// (<c>_history.Add("...")</c> on a <c>List&lt;ChatMessage&gt; _history</c>). Only these are bound.
    /// </summary>
    private IEnumerable<CodeUnit> RelevantUnits(SyntaxTree tree, PromptAnalyzersOptions options, CancellationToken cancellationToken)
    {
        var names = Relevance(cancellationToken).Names;
        var declared = options.PromptMethods.Length > 0 ? DeclaredNames(options) : NameSet.Empty;
        var units = IdentifierIndex.For(tree, cancellationToken).Units(cancellationToken);
        var local = new HashSet<long>(PromptRelevance.AliasesOf(tree.GetRoot(cancellationToken), names, globalOnly: false));

        bool IsRelevant(CodeUnit unit, long[] localNames)
            => IdentifierIndex.Intersects(unit.Identifiers, names.Hashes) || IdentifierIndex.Intersects(unit.Identifiers, declared.Hashes) || IdentifierIndex.Intersects(unit.Identifiers, localNames);

        var localNames = NameSet.FromHashes(local).Hashes;
        for (var round = 0; round < 4; round++)
        {
            var before = local.Count;
            foreach (var unit in units)
            {
                if (unit.Declares.Length > 0 && IsRelevant(unit, localNames))
                {
                    local.UnionWith(unit.Declares);
                }
            }

            if (local.Count == before)
            {
                break;
            }

            localNames = NameSet.FromHashes(local).Hashes;
        }

        return units.Where(unit => IsRelevant(unit, localNames));
    }

    /// <summary>
    /// The sites of each operation, computed once for all the prompt rules: the analyzer driver hands every analyzer the
    /// same operation objects, so PA1001, PA1003 and PA2001/PA2002 share one discovery per operation.
    /// </summary>
    private readonly ConditionalWeakTable<IOperation, SiteList> _sitesByOperation = new();

    private sealed class SiteList
    {
        public SiteList(ImmutableArray<PromptSite> sites, PromptAnalyzersOptions options)
        {
            Sites = sites;
            Options = options;
        }

        public ImmutableArray<PromptSite> Sites { get; }

        public PromptAnalyzersOptions Options { get; }
    }

    /// <summary>The prompt sites an operation creates (operation kinds: invocation, object creation, simple assignment, conversion).</summary>
    public ImmutableArray<PromptSite> FindSites(IOperation operation, PromptAnalyzersOptions options, CancellationToken cancellationToken)
    {
        if (!MayHaveSites(operation, options))
        {
            return ImmutableArray<PromptSite>.Empty;
        }

        if (_sitesByOperation.TryGetValue(operation, out var cached) && ReferenceEquals(cached.Options, options))
        {
            return cached.Sites;
        }

        var sites = ComputeSites(operation, options, cancellationToken);
        if (cached is null)
        {
            // GetValue keeps the first list when two analyzers finish at once; both computed the same sites.
            _sitesByOperation.GetValue(operation, _ => new SiteList(sites, options));
        }

        return sites;
    }

    /// <summary>
    /// A cheap first look, so that the great majority of operations (ordinary calls, assignments and conversions) cost a
    /// few dictionary lookups and no allocation: could this operation be a sink, a helper call or a request body?
    /// </summary>
    private bool MayHaveSites(IOperation operation, PromptAnalyzersOptions options)
    {
        switch (operation)
        {
            case IConversionOperation conversion:
                return conversion.OperatorMethod is not null && Catalog.HasConversions && conversion.Type is INamedTypeSymbol target && Catalog.TryGetConversion(target, out _);
            case ISimpleAssignmentOperation assignment:
                return assignment.Target is IPropertyReferenceOperation property && Catalog.TryGetProperty(property.Property, out _);
            case IObjectCreationOperation { Constructor: { } constructor } creation:
                return Catalog.TryGetMethod(constructor, out _) || IsHelperCandidate(constructor.OriginalDefinition) || Catalog.Http.BodyParameter(creation) is not null;
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                return Catalog.TryGetMethod(method, out _)
                    || IsHelperCandidate(method.OriginalDefinition)
                    || options.PromptMethods.Length > 0
                    || (Catalog.BinaryContentType is not null && HasBinaryContentParameter(method))
                    || Catalog.Http.BodyParameter(invocation) is not null
                    || MayForwardBody(method.OriginalDefinition);
            default:
                return false;
        }
    }

    private bool HasBinaryContentParameter(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (SymbolEqualityComparer.Default.Equals(parameter.Type, Catalog.BinaryContentType))
            {
                return true;
            }
        }

        return false;
    }

    private ImmutableArray<PromptSite> ComputeSites(IOperation operation, PromptAnalyzersOptions options, CancellationToken cancellationToken)
    {
        // Reuse the analyzer driver's semantic model for this tree: it has already bound the code being analysed, where a
        // model of our own would bind the same members a second time (fields, helpers, model scans of the member).
        if (operation.SemanticModel is { } driverModel && !_semanticModels.ContainsKey(driverModel.SyntaxTree) && ReferenceEquals(driverModel.Compilation, Compilation))
        {
            _semanticModels.TryAdd(driverModel.SyntaxTree, driverModel);
        }

        var sites = ImmutableArray.CreateBuilder<PromptSite>();
        var context = new Context(this, cancellationToken);
        foreach (var candidate in DirectSinks(operation))
        {
            if (candidate.Spec.RoleSource == RoleSource.InlinePromptFile)
            {
                sites.AddRange(FewShotTurns.MarkSequence(context.InlinePromptFileSites(candidate).ToList()));
            }
            else if (context.ToSite(candidate) is { } site)
            {
                sites.AddRange(MessageSections.Split(site));
            }
        }

        if (operation is IInvocationOperation invocation)
        {
            // A helper found by data flow knows the role; a declared prompt method only adds the arguments it does not cover.
            AddHelperSites(invocation, invocation.TargetMethod, invocation.Arguments, context, sites);
            AddDeclaredMethodSites(invocation, options, context, sites);
            AddRequestBodySites(invocation, context, sites);
        }
        else if (operation is IObjectCreationOperation { Constructor: { } constructor } creation)
        {
            // A constructor of this compilation is a helper too (new PolicyAgent(client, "You handle ...")).
            AddHelperSites(creation, constructor, creation.Arguments, context, sites);
        }

        AddPostedBodySites(operation, context, sites);
        if (operation is IInvocationOperation call)
        {
            AddForwardedBodySites(call, context, sites);
        }

        for (var i = 0; i < sites.Count; i++)
        {
            var model = operation.SemanticModel is { } own && own.SyntaxTree == sites[i].Node.SyntaxTree ? own : GetSemanticModel(sites[i].Node.SyntaxTree);
            sites[i] = sites[i].WithKind(Kinds.Of(sites[i], model, options, cancellationToken));
        }

        return sites.ToImmutable();
    }

    /// <summary>
    /// The text values an operation hands to an SDK sink in the user role, with or without static text (the PA1001 code
    /// fix searches the knowledge with the user's input, which usually has none).
    /// </summary>
    internal ImmutableArray<IOperation> FindUserInputs(IOperation operation, CancellationToken cancellationToken)
    {
        var inputs = ImmutableArray.CreateBuilder<IOperation>();
        var context = new Context(this, cancellationToken);
        foreach (var candidate in DirectSinks(operation))
        {
            if (context.RoleOf(candidate) == PromptRole.User && candidate.Value.Type?.SpecialType == SpecialType.System_String)
            {
                inputs.Add(candidate.Value);
            }
        }

        return inputs.ToImmutable();
    }

    /// <summary>A text-carrying operation at an SDK sink, and how its role is known.</summary>
    internal readonly struct SinkUse
    {
        public SinkUse(IOperation value, IOperation sink, SinkSpec spec)
        {
            Value = value;
            Sink = sink;
            Spec = spec;
        }

        public IOperation Value { get; }

        public IOperation Sink { get; }

        public SinkSpec Spec { get; }
    }

    internal IEnumerable<SinkUse> DirectSinks(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when Catalog.TryGetMethod(invocation.TargetMethod, out var specs):
                return ArgumentSinks(invocation, invocation.Arguments, specs);
            case IObjectCreationOperation { Constructor: { } constructor } creation when Catalog.TryGetMethod(constructor, out var specs):
                return ArgumentSinks(creation, creation.Arguments, specs);
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                when Catalog.TryGetProperty(property.Property, out var spec) && assignment.Value.Type?.SpecialType == SpecialType.System_String:
                return new[] { new SinkUse(assignment.Value, assignment, spec) };
            case IConversionOperation { OperatorMethod: not null, Operand.Type.SpecialType: SpecialType.System_String } conversion
                when conversion.Type is INamedTypeSymbol target && Catalog.TryGetConversion(target, out var spec):
                return new[] { new SinkUse(conversion.Operand, conversion, spec) };
            default:
                return Array.Empty<SinkUse>();
        }
    }

    private static IEnumerable<SinkUse> ArgumentSinks(IOperation sink, ImmutableArray<IArgumentOperation> arguments, SinkSpec[] specs)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            foreach (var spec in specs)
            {
                if (spec.Parameter == parameter.Name)
                {
                    yield return new SinkUse(argument.Value, sink, spec);
                    break;
                }
            }
        }
    }

    private void AddDeclaredMethodSites(IInvocationOperation invocation, PromptAnalyzersOptions options, Context context, ImmutableArray<PromptSite>.Builder sites)
    {
        if (options.PromptMethods.Length == 0)
        {
            return;
        }

        var declared = _declaredMethods.GetOrAdd(options.PromptMethods, text => DeclaredPromptMethods.Parse(text, Compilation));
        if (!declared.TryGetParameters(invocation.TargetMethod, out var parameters))
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && parameters.Contains(parameter.Name) && argument.ArgumentKind != ArgumentKind.DefaultValue
                && !sites.Any(s => s.Node == argument.Value.Syntax))
            {
                var text = context.Text.Reconstruct(argument.Value);
                if (IsReportable(text))
                {
                    sites.Add(new PromptSite(argument.Value.Syntax, PromptRole.Unknown, text, invocation.TargetMethod.ContainingType.ToDisplayString() + "." + invocation.TargetMethod.Name, context.Models.Resolve(invocation)));
                }
            }
        }
    }

    /// <summary>
    /// A method of this compilation whose string parameter reaches a sink is itself a sink for that parameter:
    /// the prompt is reported where static text is passed in (Ask("You are ...", question)).
    /// </summary>
    private void AddHelperSites(IOperation call, IMethodSymbol target, ImmutableArray<IArgumentOperation> arguments, Context context, ImmutableArray<PromptSite>.Builder sites)
    {
        var method = target.OriginalDefinition;
        if (!IsHelperCandidate(method))
        {
            return;
        }

        // Perf: a helper's flows are computed by binding its body a second time (through discovery's own semantic
        // model), which on ordinary code (any call to a source method with a string parameter) costs far more than the
        // rest of discovery. Only a string argument with reportable text can become a site, so the call's arguments are
        // looked at first and the body is bound only when one of them qualifies. Same sites, same order.
        var reportable = ReportableStringArguments(arguments, context);
        if (reportable.Count == 0)
        {
            return;
        }

        var flows = HelperFlows(method, ImmutableHashSet<IMethodSymbol>.Empty, context.CancellationToken);
        if (flows.IsDefaultOrEmpty)
        {
            return;
        }

        foreach (var flow in flows)
        {
            var argument = arguments.FirstOrDefault(a => a.Parameter?.Ordinal == flow.Parameter.Ordinal);
            if (argument is null || !reportable.TryGetValue(argument, out var text))
            {
                continue;
            }

            var full = flow.Template;
            foreach (var other in arguments)
            {
                if (other.Parameter is { } parameter && other.ArgumentKind != ArgumentKind.DefaultValue && full.ContainsParameter(Definition(parameter)))
                {
                    full = full.Substitute(Definition(parameter), ReferenceEquals(other, argument) ? text : context.Text.Reconstruct(other.Value));
                }
            }

            var model = flow.Model.ModelId is not null ? flow.Model : context.Models.Resolve(call);
            // One argument can reach the same sink text along two paths (a streaming and a non-streaming branch): one site.
            if (!sites.Any(site => site.Node == argument.Value.Syntax && site.Role == flow.Role && site.Text.Render() == full.Render()))
            {
                sites.Add(new PromptSite(argument.Value.Syntax, flow.Role, full, flow.Sink, model));
            }
        }
    }

    private void AddRequestBodySites(IInvocationOperation invocation, Context context, ImmutableArray<PromptSite>.Builder sites)
    {
        if (Catalog.BinaryContentType is not { } binaryContent || !SinkCatalog.IsSdkSymbol(invocation.TargetMethod))
        {
            return;
        }

        foreach (var (literal, json) in RequestBodies.Find(invocation, binaryContent, context.CancellationToken))
        {
            var model = Text.Requests.RequestBodyMessages.Model(json) is { } fromBody ? new ModelChoice(fromBody, literal) : context.Models.Resolve(invocation);
            var messages = new List<PromptSite>();
            foreach (var (role, text) in RequestBodies.Messages(json))
            {
                messages.Add(new PromptSite(literal, role, PromptText.Static(text, null), "JSON request body of " + invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name, model));
            }

            sites.AddRange(FewShotTurns.MarkSequence(messages));
        }
    }

    /// <summary>The call's string arguments (given, not defaulted) whose reconstructed text is reportable, with that text.</summary>
    private static Dictionary<IArgumentOperation, PromptText> ReportableStringArguments(ImmutableArray<IArgumentOperation> arguments, Context context)
    {
        var reportable = new Dictionary<IArgumentOperation, PromptText>();
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Type.SpecialType != SpecialType.System_String || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            var text = context.Text.Reconstruct(argument.Value);
            if (IsReportable(text))
            {
                reportable[argument] = text;
            }
        }

        return reportable;
    }

    /// <summary>A prompt is reported when it has static text, or when it inserts a whole document (PA1003).</summary>
    private static bool IsReportable(PromptText text) => text.HasStaticText || !text.Documents().IsEmpty;

    private static IParameterSymbol Definition(IParameterSymbol parameter) => parameter.OriginalDefinition;

    private static bool IsHelperCandidate(IMethodSymbol method)
    {
        if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.Constructor) || method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.SpecialType == SpecialType.System_String)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a helper method's string parameters go: the sink text with the parameter as a hole.</summary>
    internal sealed class HelperFlow
    {
        public HelperFlow(IParameterSymbol parameter, PromptText template, PromptRole role, string sink, ModelChoice model)
        {
            Parameter = parameter;
            Template = template;
            Role = role;
            Sink = sink;
            Model = model;
        }

        public IParameterSymbol Parameter { get; }

        public PromptText Template { get; }

        public PromptRole Role { get; }

        public string Sink { get; }

        public ModelChoice Model { get; }

        /// <summary>The flow of an implementation seen from the method it implements: its parameters are the latter's, by position.</summary>
        public HelperFlow WithParameters(ImmutableArray<IParameterSymbol> from, ImmutableArray<IParameterSymbol> to)
        {
            var template = Template;
            for (var i = 0; i < from.Length && i < to.Length; i++)
            {
                if (template.ContainsParameter(from[i]))
                {
                    template = template.Substitute(from[i], new PromptText(ImmutableArray.Create(PromptPart.ParameterHole(to[i]))));
                }
            }

            return new HelperFlow(to[Parameter.Ordinal], template, Role, Sink, Model);
        }
    }

    private ImmutableArray<HelperFlow> HelperFlows(IMethodSymbol method, ImmutableHashSet<IMethodSymbol> stack, CancellationToken cancellationToken)
    {
        if (stack.IsEmpty && _helperFlows.TryGetValue(method, out var cached))
        {
            return cached;
        }

        if (stack.Count >= MaxHelperDepth || stack.Contains(method))
        {
            return ImmutableArray<HelperFlow>.Empty; // Recursion or too deep: stop, without caching a partial answer.
        }

        // Only an answer computed from the top is the method's own: inside another helper's computation, recursion stops
        // at that helper, so caching (or reusing) nested answers made the result depend on which call was analysed first.
        var flows = ComputeHelperFlows(method, stack.Add(method), cancellationToken);
        return stack.IsEmpty ? _helperFlows.GetOrAdd(method, flows) : flows;
    }

    /// <summary>
    /// A method's flows: those of its own body and, for a call that dispatches (an interface member, an abstract or virtual
    /// method), those of each implementation in this compilation, keeping one flow per parameter and role (the prompt of one
    /// implementation: only one of them runs per call).
    /// </summary>
    private ImmutableArray<HelperFlow> ComputeHelperFlows(IMethodSymbol method, ImmutableHashSet<IMethodSymbol> stack, CancellationToken cancellationToken)
    {
        var own = BodyHelperFlows(method, stack, cancellationToken);
        if (!SourceImplementations.IsDispatched(method))
        {
            return own;
        }

        var flows = own.ToBuilder();
        foreach (var implementation in SourceImplementations.Of(method, Compilation, cancellationToken))
        {
            foreach (var flow in HelperFlows(implementation.OriginalDefinition, stack, cancellationToken))
            {
                if (flow.Parameter.Ordinal < method.Parameters.Length && !flows.Any(f => f.Parameter.Ordinal == flow.Parameter.Ordinal && f.Role == flow.Role))
                {
                    flows.Add(flow.WithParameters(implementation.OriginalDefinition.Parameters, method.Parameters));
                }
            }
        }

        return flows.ToImmutable();
    }

    private ImmutableArray<HelperFlow> BodyHelperFlows(IMethodSymbol method, ImmutableHashSet<IMethodSymbol> stack, CancellationToken cancellationToken)
    {
        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        SyntaxNode? body = declaration switch
        {
            // A constructor passes its parameters on in its initializer too (: base(client, instructions)).
            ConstructorDeclarationSyntax c => c.Initializer is null ? (SyntaxNode?)c.Body ?? c.ExpressionBody : c,
            BaseMethodDeclarationSyntax m => (SyntaxNode?)m.Body ?? m.ExpressionBody,
            LocalFunctionStatementSyntax f => (SyntaxNode?)f.Body ?? f.ExpressionBody,

            // A primary constructor's parameters reach its base type's arguments and every member of the type.
            TypeDeclarationSyntax { ParameterList: not null } type => type,
            _ => null,
        };
        if (body is null || GetSemanticModel(body.SyntaxTree) is not { } model)
        {
            return ImmutableArray<HelperFlow>.Empty;
        }

        var stringParameters = method.Parameters.Where(p => p.Type.SpecialType == SpecialType.System_String).ToImmutableArray();
        var flows = ImmutableArray.CreateBuilder<HelperFlow>();
        var context = new Context(this, cancellationToken);
        foreach (var node in HelperBodyNodes(body, stringParameters))
        {
            if (node is not (InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or AssignmentExpressionSyntax or ArgumentSyntax or ExpressionSyntax))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var operation = model.GetOperation(node, cancellationToken);
            if (operation is null || operation.Syntax != node)
            {
                continue;
            }

            // Conversions are implicit and share their operand's syntax: look at the operation and its conversion parent.
            var candidates = operation.Parent is IConversionOperation { OperatorMethod: not null } parentConversion && parentConversion.Syntax == node
                ? new[] { operation, parentConversion }
                : new[] { operation };
            foreach (var candidate in candidates)
            {
                foreach (var use in DirectSinks(candidate))
                {
                    var text = context.Text.Reconstruct(use.Value);
                    foreach (var parameter in stringParameters)
                    {
                        if (text.ContainsParameter(parameter) && context.RoleOf(use) is { } role && !context.IsInsideResponse(use.Sink))
                        {
                            flows.Add(new HelperFlow(parameter, text, role, use.Spec.Describe(), context.Models.Resolve(use.Sink)));
                        }
                    }
                }

                foreach (var posted in PostedBodies(candidate, context, stack))
                {
                    foreach (var prompt in posted.Prompts)
                    {
                        foreach (var parameter in stringParameters)
                        {
                            if (prompt.Text.ContainsParameter(parameter))
                            {
                                flows.Add(new HelperFlow(parameter, prompt.Text, prompt.Role, posted.Sink, posted.Model ?? ModelChoice.Unknown));
                            }
                        }
                    }
                }

                if (candidate is IInvocationOperation nested && !SymbolEqualityComparer.Default.Equals(nested.TargetMethod.OriginalDefinition, method) && IsHelperCandidate(nested.TargetMethod.OriginalDefinition))
                {
                    foreach (var inner in HelperFlows(nested.TargetMethod.OriginalDefinition, stack, cancellationToken))
                    {
                        var argument = nested.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == inner.Parameter.Ordinal);
                        if (argument is null)
                        {
                            continue;
                        }

                        var passed = context.Text.Reconstruct(argument.Value);
                        foreach (var parameter in stringParameters)
                        {
                            if (passed.ContainsParameter(parameter))
                            {
                                flows.Add(new HelperFlow(parameter, inner.Template.Substitute(inner.Parameter, passed), inner.Role, inner.Sink, inner.Model));
                            }
                        }
                    }
                }
            }
        }

        return flows.ToImmutable();
    }

    /// <summary>
    /// The nodes of a helper's body to look at. Perf: a primary constructor's body is its whole type, so only the base list
    /// and the members that name one of the string parameters are walked (a large service class created with a literal
    /// binds only the members that use it).
    /// </summary>
    private static IEnumerable<SyntaxNode> HelperBodyNodes(SyntaxNode body, ImmutableArray<IParameterSymbol> stringParameters)
    {
        if (body is not TypeDeclarationSyntax type)
        {
            return body.DescendantNodesAndSelf();
        }

        var names = new HashSet<string>(stringParameters.Select(p => p.Name), StringComparer.Ordinal);
        var parts = new List<SyntaxNode>();
        if (type.BaseList is { } baseList)
        {
            parts.Add(baseList);
        }

        foreach (var member in type.Members)
        {
            if (member is not BaseTypeDeclarationSyntax && member.DescendantTokens().Any(t => t.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken) && names.Contains(t.ValueText)))
            {
                parts.Add(member);
            }
        }

        return parts.SelectMany(part => part.DescendantNodesAndSelf());
    }

    /// <summary>Per-call helpers: text reconstruction, role and model resolution.</summary>
    private sealed class Context
    {
        private readonly PromptDiscovery _discovery;

        public Context(PromptDiscovery discovery, CancellationToken cancellationToken)
        {
            _discovery = discovery;
            CancellationToken = cancellationToken;
            Text = new TextReconstructor(discovery, cancellationToken);
            Models = new ModelResolver(discovery, cancellationToken);
        }

        public CancellationToken CancellationToken { get; }

        public TextReconstructor Text { get; }

        public ModelResolver Models { get; }

        public PromptSite? ToSite(SinkUse use)
        {
            if (RoleOf(use) is not { } role || IsInsideResponse(use.Sink))
            {
                return null;
            }

            var text = Text.Reconstruct(use.Value);
            if (!IsReportable(text))
            {
                return null;
            }

            var kind = role is PromptRole.User or PromptRole.Assistant && text.IsFullyStatic && IsSampleTurn(use, role) ? PromptKind.Example : PromptKind.Application;
            return new PromptSite(use.Value.Syntax, role, text, use.Spec.Describe(), Models.Resolve(use.Sink), kind: kind);
        }

        /// <summary>A hardcoded turn of a sample exchange in the message list it is added to (see <see cref="FewShotTurns"/>).</summary>
        private bool IsSampleTurn(SinkUse use, PromptRole role)
        {
            if (MessageOf(use) is not { } message)
            {
                return false;
            }

            var turns = FewShotTurns.TurnsFrom(message, DescribeMessage);
            return !turns.IsEmpty && FewShotTurns.IsExample(turns.SetItem(0, new Turn(role, hardcoded: true)), 0);
        }

        /// <summary>The message a sink use is part of: the sink itself, or for a content part the message that encloses it.</summary>
        private IOperation? MessageOf(SinkUse use)
        {
            if (use.Spec.RoleSource != RoleSource.FromEnclosingMessage)
            {
                return use.Sink is ISimpleAssignmentOperation ? null : use.Sink;
            }

            var steps = 0;
            for (var current = use.Sink.Parent; current is not null && steps < 12; current = current.Parent, steps++)
            {
                switch (current)
                {
                    case IObjectCreationOperation { Constructor: { } constructor } creation
                        when _discovery.Catalog.TryGetRoleMember(constructor, out _) || _discovery.Catalog.TryGetContainer(creation.Type!, out _):
                        return creation;
                    case IInvocationOperation invocation when _discovery.Catalog.TryGetRoleMember(invocation.TargetMethod, out _):
                        return invocation;
                    case IBlockOperation or IExpressionStatementOperation or IVariableDeclaratorOperation:
                        return null;
                }
            }

            return null;
        }

        /// <summary>A message of a list as a turn: its role, and whether its text is a compile-time constant.</summary>
        private Turn DescribeMessage(IOperation operation)
        {
            while (operation is IConversionOperation { OperatorMethod: null } conversion)
            {
                operation = conversion.Operand;
            }

            foreach (var use in _discovery.DirectSinks(operation))
            {
                if (RoleOf(use) is { } role)
                {
                    return new Turn(role, use.Value.ConstantValue is { HasValue: true, Value: string });
                }
            }

            switch (operation)
            {
                case IObjectCreationOperation { Constructor: { } constructor } creation when _discovery.Catalog.TryGetRoleMember(constructor, out var spec):
                    return new Turn(RoleOf(spec, creation, 0), hardcoded: false);
                case IObjectCreationOperation creation when creation.Type is { } type && _discovery.Catalog.TryGetContainer(type, out var containerRole):
                    return new Turn(containerRole, hardcoded: false);
                case IInvocationOperation invocation when _discovery.Catalog.TryGetRoleMember(invocation.TargetMethod, out var invocationSpec):
                    return new Turn(RoleOf(invocationSpec, invocation, 0), hardcoded: false);
                default:
                    return Turn.Live;
            }
        }

        /// <summary>
        /// A prompt file written inline (YAML or Prompty text): parsed like the file, one site per message or template,
        /// each a template whose {{variables}} are dynamic. Only fully static text is parsed (a hole could be any YAML).
        /// </summary>
        public IEnumerable<PromptSite> InlinePromptFileSites(SinkUse use)
        {
            var text = Text.Reconstruct(use.Value);
            if (!text.IsFullyStatic || !text.HasStaticText || use.Spec.InlineFileName is not { } fileName)
            {
                yield break;
            }

            var file = PromptAnalyzers.Text.PromptFiles.PromptFileParser.Parse(fileName, text.Render(), markedPrompt: true, CancellationToken);
            if (file is null)
            {
                yield break;
            }

            var model = file.ModelId is { } fromFile ? new ModelChoice(fromFile, use.Value.Syntax) : Models.Resolve(use.Sink);
            foreach (var section in file.Sections)
            {
                if (string.IsNullOrWhiteSpace(section.Source.Text) || section.Role == PromptAnalyzers.Text.PromptFiles.PromptFileRole.Unknown)
                {
                    continue;
                }

                var role = section.Role switch
                {
                    PromptAnalyzers.Text.PromptFiles.PromptFileRole.System => PromptRole.System,
                    PromptAnalyzers.Text.PromptFiles.PromptFileRole.Developer => PromptRole.Developer,
                    PromptAnalyzers.Text.PromptFiles.PromptFileRole.User => PromptRole.User,
                    PromptAnalyzers.Text.PromptFiles.PromptFileRole.Assistant => PromptRole.Assistant,
                    _ => PromptRole.Template,
                };
                yield return new PromptSite(use.Value.Syntax, role, PromptText.Static(section.Source.Text, text.Parts.Length == 1 ? text.Parts[0].Origin : null), use.Spec.Describe(), model, isTemplate: true);
            }
        }

        /// <summary>A message built as part of a model's answer (a fake IChatClient returning new ChatResponse(...)) is not a prompt.</summary>
        public bool IsInsideResponse(IOperation sink)
        {
            var steps = 0;
            for (var current = sink.Parent; current is not null && steps < 12; current = current.Parent, steps++)
            {
                switch (current)
                {
                    case IObjectCreationOperation creation when _discovery.Catalog.IsResponseType(creation.Type):
                        return true;
                    case IInvocationOperation invocation when _discovery.Catalog.IsResponseType(invocation.TargetMethod.ContainingType):
                        return true;
                    case IBlockOperation or IExpressionStatementOperation or IVariableDeclaratorOperation:
                        return false;
                }
            }

            return false;
        }

        /// <summary>The role of a sink use, or null when the text is not a prompt (a tool result, a part outside any message).</summary>
        public PromptRole? RoleOf(SinkUse use) => RoleOf(use.Spec, use.Sink, 0);

        private PromptRole? RoleOf(SinkSpec spec, IOperation sink, int depth)
        {
            switch (spec.RoleSource)
            {
                case RoleSource.Fixed:
                    return spec.Role;
                case RoleSource.FromRoleArgument:
                    var arguments = sink switch
                    {
                        IInvocationOperation i => i.Arguments,
                        IObjectCreationOperation c => c.Arguments,
                        _ => ImmutableArray<IArgumentOperation>.Empty,
                    };
                    var roleArgument = arguments.FirstOrDefault(a => a.Parameter?.Name == spec.RoleParameter);
                    return roleArgument is null ? PromptRole.Unknown : RoleFromValue(roleArgument.Value);
                default:
                    return depth > 2 ? null : EnclosingRole(sink, depth);
            }
        }

        private PromptRole? EnclosingRole(IOperation sink, int depth)
        {
            var steps = 0;
            for (var current = sink.Parent; current is not null && steps < 12; current = current.Parent, steps++)
            {
                switch (current)
                {
                    case IObjectCreationOperation { Constructor: { } constructor } creation:
                        if (_discovery.Catalog.TryGetRoleMember(constructor, out var creationSpec))
                        {
                            return RoleOf(creationSpec, creation, depth + 1);
                        }

                        if (_discovery.Catalog.TryGetContainer(creation.Type!, out var containerRole))
                        {
                            return containerRole;
                        }

                        break;
                    case IInvocationOperation invocation when _discovery.Catalog.TryGetRoleMember(invocation.TargetMethod, out var invocationSpec):
                        return RoleOf(invocationSpec, invocation, depth + 1);
                    case IConversionOperation conversion when conversion.Type is { } type && _discovery.Catalog.TryGetContainer(type, out var conversionRole):
                        return conversionRole;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } when _discovery.Catalog.TryGetProperty(property.Property, out var propertySpec) && propertySpec.RoleSource == RoleSource.Fixed:
                        return propertySpec.Role;
                    case IBlockOperation or IExpressionStatementOperation or IVariableDeclaratorOperation or IReturnOperation:
                        return null; // Left the expression without meeting a message: not part of a prompt.
                }
            }

            return null;
        }

        private static PromptRole? RoleFromValue(IOperation value)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            string? name = value switch
            {
                IPropertyReferenceOperation { Property.IsStatic: true } property => property.Property.Name,
                IFieldReferenceOperation { Field.IsStatic: true } field => field.Field.Name,
                IObjectCreationOperation creation when creation.Arguments.Length == 1 && creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string text } => text,
                _ => null,
            };

            if (name is null)
            {
                return PromptRole.Unknown;
            }

            if (string.Equals(name, "Tool", StringComparison.OrdinalIgnoreCase))
            {
                return null; // A tool result is not a prompt.
            }

            return PromptRoleExtensions.FromName(name) ?? PromptRole.Unknown;
        }
    }
}
