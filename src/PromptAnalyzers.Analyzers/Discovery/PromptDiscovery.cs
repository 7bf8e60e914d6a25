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
/// Turns operations into <see cref="PromptSite"/>s: the entry point of discovery, one instance per compilation shared by
/// every rule analyzer. It decides which compilations and trees are relevant at all, caches the sites of each operation
/// and tree, and asks the jobs for their sites: SDK sinks (<see cref="SinkMatcher"/>, <see cref="SiteContext"/>, inline
/// prompt files), prompt helpers (<see cref="HelperFlowAnalysis"/>), declared prompt methods, request bodies.
/// </summary>
internal sealed class PromptDiscovery
{
    /// <summary>How many prompt-helper methods deep a prompt is followed (A calls B calls the SDK).</summary>
    internal const int MaxHelperDepth = 4;

    private static readonly ConditionalWeakTable<Compilation, PromptDiscovery> Instances = new();

    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _semanticModels = new();
    private readonly ConcurrentDictionary<string, NameSet> _declaredNames = new();

    /// <summary>
    /// The sites of each operation, computed once for all the prompt rules: the analyzer driver hands every analyzer the
    /// same operation objects, so PA1001, PA1003 and PA2001/PA2002 share one discovery per operation.
    /// </summary>
    private readonly ConditionalWeakTable<IOperation, SiteList> _sitesByOperation = new();
    private readonly ConditionalWeakTable<SemanticModel, SiteList> _sitesByModel = new();
    private readonly ConditionalWeakTable<SemanticModel, CandidateList> _candidatesByModel = new();
    private PromptRelevance? _relevance;

    private PromptDiscovery(Compilation compilation)
    {
        Compilation = compilation;
        Catalog = SinkCatalogCache.GetOrCreate(compilation);
        Kinds = new SiteKinds(Catalog.KindTypes);
        Roles = new RoleResolver(Catalog);
        Helpers = new HelperFlowAnalysis(this);
        PostedBodies = new PostedBodySites(this);
        DeclaredMethods = new DeclaredMethodSites(compilation);
    }

    public Compilation Compilation { get; }

    public SinkCatalog Catalog { get; }

    /// <summary>Tells each site's kind from the code around it (test, evaluation, task input).</summary>
    internal SiteKinds Kinds { get; }

    /// <summary>The role of the text at a sink (system, user...), from the sink or the message around it.</summary>
    internal RoleResolver Roles { get; }

    /// <summary>Methods of this compilation whose string parameters reach a sink, followed as sinks themselves.</summary>
    internal HelperFlowAnalysis Helpers { get; }

    /// <summary>Request bodies posted by hand, directly or through a method of this compilation.</summary>
    internal PostedBodySites PostedBodies { get; }

    /// <summary>Arguments of the methods named by <c>prompt_analyzers.prompt_methods</c>.</summary>
    internal DeclaredMethodSites DeclaredMethods { get; }

    /// <summary>The relevance scan's answer when it has already been computed; null before (never computes it).</summary>
    internal PromptRelevance? ComputedRelevance => _relevance;

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
        foreach (var operation in CandidateOperationsInTree(model, options, cancellationToken))
        {
            sites.AddRange(FindSites(operation, options, cancellationToken));
        }

        var result = sites.ToImmutable();
        if (cached is null)
        {
            _sitesByModel.GetValue(model, _ => new SiteList(result, options));
        }

        return result;
    }

    /// <summary>
    /// The sites of <see cref="FindSitesInTree"/> grouped by the expression they are on (<see cref="PromptSite.Node"/>), in
    /// the order of each expression's first site, the sites of a group in their order. Perf: grouped once per semantic model
    /// and shared by the rules, where each rule grouped the same sites again.
    /// </summary>
    public ImmutableArray<ImmutableArray<PromptSite>> FindSiteGroupsInTree(SemanticModel model, PromptAnalyzersOptions options, CancellationToken cancellationToken)
    {
        if (!_sitesByModel.TryGetValue(model, out var cached) || !ReferenceEquals(cached.Options, options))
        {
            // Not cached yet (or cached for other options, which are then not kept): find, and look again.
            var sites = FindSitesInTree(model, options, cancellationToken);
            if (!_sitesByModel.TryGetValue(model, out cached) || !ReferenceEquals(cached.Options, options))
            {
                return SiteList.GroupByNode(sites);
            }
        }

        return cached.ByNode;
    }

    /// <summary>
    /// The operations of a tree's relevant units that may hand text to a sink, a prompt helper or a request body (the ones
    /// <see cref="FindSitesInTree"/> asks for sites), for a rule that looks at sinks whatever their text (PA4001 follows
    /// the values themselves). Same units, same walk; nothing outside them is bound.
    /// </summary>
    public ImmutableArray<IOperation> CandidateOperationsInTree(SemanticModel model, PromptAnalyzersOptions options, CancellationToken cancellationToken)
    {
        // Perf: computed once per semantic model (the driver gives every rule the same one) and shared by the prompt rules
        // (FindSitesInTree) and PA4001: the walk and the relevant units cost as much as the rules' own work on a tree.
        if (_candidatesByModel.TryGetValue(model, out var cached) && ReferenceEquals(cached.Options, options))
        {
            return cached.Operations;
        }

        var operations = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var unit in RelevantUnits(model.SyntaxTree, options, cancellationToken))
        {
            foreach (var top in unit.Nodes)
            {
                AddCandidates(top, model, options, operations, cancellationToken);
            }
        }

        var result = operations.ToImmutable();
        if (cached is null)
        {
            _candidatesByModel.GetValue(model, _ => new CandidateList(result, options));
        }

        return result;
    }

    /// <summary>
    /// Adds the candidate operations under <paramref name="node"/> to <paramref name="into"/>: the operation tree of each
    /// expression, statement or initializer at the top of it. Perf: one walk adding to one list, where a recursive iterator
    /// allocated an enumerator for every syntax level and passed each operation up through all of them.
    /// </summary>
    private void AddCandidates(SyntaxNode node, SemanticModel model, PromptAnalyzersOptions options, ImmutableArray<IOperation>.Builder into, CancellationToken cancellationToken)
    {
        if (node is ExpressionSyntax or StatementSyntax or EqualsValueClauseSyntax or ArrowExpressionClauseSyntax or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (model.GetOperation(node, cancellationToken) is { } root)
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    if (operation.Kind is OperationKind.Invocation or OperationKind.ObjectCreation or OperationKind.SimpleAssignment or OperationKind.Conversion
                        && MayHaveSites(operation, options))
                    {
                        into.Add(operation);
                    }
                }

                return;
            }
        }

        // ChildNodesAndTokens is a struct list: no enumerator object per node, as ChildNodes() would allocate.
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is { } childNode)
            {
                AddCandidates(childNode, model, options, into, cancellationToken);
            }
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
        var local = new HashSet<int>(PromptRelevance.AliasesOf(tree.GetRoot(cancellationToken), names, globalOnly: false));

        bool IsRelevant(CodeUnit unit, int[] localNames)
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
    /// few dictionary lookups and no allocation: could this operation be a sink, a helper call or a request body? Tool
    /// descriptions built at run time are candidates too (PA4001 reads them; they hold no prompt site).
    /// </summary>
    private bool MayHaveSites(IOperation operation, PromptAnalyzersOptions options)
    {
        switch (operation)
        {
            case IConversionOperation conversion:
                return conversion.OperatorMethod is not null && Catalog.HasConversions && conversion.Type is INamedTypeSymbol target && Catalog.TryGetConversion(target, out _);
            case ISimpleAssignmentOperation assignment:
                return assignment.Target is IPropertyReferenceOperation property && (Catalog.TryGetProperty(property.Property, out _) || InstructionSinks.MayDescribeTool(assignment));
            case IObjectCreationOperation { Constructor: { } constructor } creation:
                return Catalog.TryGetMethod(constructor, out _) || HelperFlowAnalysis.IsCandidate(constructor.OriginalDefinition) || Catalog.Http.BodyParameter(creation) is not null;
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                return Catalog.TryGetMethod(method, out _)
                    || InstructionSinks.MayDescribeTool(invocation)
                    || HelperFlowAnalysis.IsCandidate(method.OriginalDefinition)
                    || options.PromptMethods.Length > 0
                    || (Catalog.BinaryContentType is not null && HasBinaryContentParameter(method))
                    || Catalog.Http.BodyParameter(invocation) is not null
                    || PostedBodies.MayForwardBody(method.OriginalDefinition);
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
        var context = new SiteContext(this, cancellationToken);
        foreach (var candidate in SinkMatcher.Uses(operation, Catalog))
        {
            if (candidate.Spec.RoleSource == RoleSource.InlinePromptFile)
            {
                sites.AddRange(FewShotTurns.MarkSequence(InlinePromptFileSites.Of(candidate, context).ToList()));
            }
            else if (context.ToSite(candidate) is { } site)
            {
                sites.AddRange(MessageSections.Split(site));
            }
        }

        if (operation is IInvocationOperation invocation)
        {
            // A helper found by data flow knows the role; a declared prompt method only adds the arguments it does not cover.
            Helpers.AddSites(invocation, invocation.TargetMethod, invocation.Arguments, context, sites);
            DeclaredMethods.AddSites(invocation, options, context, sites);
            RequestBodySites.Add(invocation, Catalog, context, sites);
        }
        else if (operation is IObjectCreationOperation { Constructor: { } constructor } creation)
        {
            // A constructor of this compilation is a helper too (new PolicyAgent(client, "You handle ...")).
            Helpers.AddSites(creation, constructor, creation.Arguments, context, sites);
        }

        PostedBodies.AddPostedSites(operation, context, sites);
        if (operation is IInvocationOperation call)
        {
            PostedBodies.AddForwardedSites(call, context, sites);
        }

        for (var i = 0; i < sites.Count; i++)
        {
            var model = operation.SemanticModel is { } own && own.SyntaxTree == sites[i].Node.SyntaxTree ? own : GetSemanticModel(sites[i].Node.SyntaxTree);
            sites[i] = sites[i].WithKind(Kinds.Of(sites[i], model, options, cancellationToken));
        }

        return sites.ToImmutable();
    }

    private sealed class CandidateList
    {
        public CandidateList(ImmutableArray<IOperation> operations, PromptAnalyzersOptions options)
        {
            Operations = operations;
            Options = options;
        }

        public ImmutableArray<IOperation> Operations { get; }

        public PromptAnalyzersOptions Options { get; }
    }

    private sealed class SiteList
    {
        private ImmutableArray<ImmutableArray<PromptSite>> _byNode;

        public SiteList(ImmutableArray<PromptSite> sites, PromptAnalyzersOptions options)
        {
            Sites = sites;
            Options = options;
        }

        public ImmutableArray<PromptSite> Sites { get; }

        public PromptAnalyzersOptions Options { get; }

        /// <summary><see cref="Sites"/> grouped by node, built on first use (two threads may both build it; one is kept).</summary>
        public ImmutableArray<ImmutableArray<PromptSite>> ByNode
        {
            get
            {
                if (_byNode.IsDefault)
                {
                    ImmutableInterlocked.InterlockedInitialize(ref _byNode, GroupByNode(Sites));
                }

                return _byNode;
            }
        }

        public static ImmutableArray<ImmutableArray<PromptSite>> GroupByNode(ImmutableArray<PromptSite> sites)
            => sites.GroupBy(site => site.Node).Select(group => group.ToImmutableArray()).ToImmutableArray();
    }
}
