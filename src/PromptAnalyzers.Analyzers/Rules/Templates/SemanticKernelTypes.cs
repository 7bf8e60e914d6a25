using Microsoft.CodeAnalysis;
using PromptAnalyzers.Discovery;

namespace PromptAnalyzers.Rules.Templates;

/// <summary>The Semantic Kernel types that create and render prompt templates, looked up when first compared (<see cref="KnownType"/>); null without Semantic Kernel.</summary>
internal sealed class SemanticKernelTypes
{
    private SemanticKernelTypes(Compilation compilation, INamedTypeSymbol arguments)
    {
        Arguments = arguments;
        Kernel = new KnownType(compilation, "Microsoft.SemanticKernel.Kernel");
        Function = new KnownType(compilation, "Microsoft.SemanticKernel.KernelFunction");
        KernelExtensions = new KnownType(compilation, "Microsoft.SemanticKernel.KernelExtensions");
        FunctionFactory = new KnownType(compilation, "Microsoft.SemanticKernel.KernelFunctionFactory");
        TemplateConfig = new KnownType(compilation, "Microsoft.SemanticKernel.PromptTemplateConfig");
        InputVariable = new KnownType(compilation, "Microsoft.SemanticKernel.InputVariable");
        YamlExtensions = new KnownType(compilation, "Microsoft.SemanticKernel.PromptYamlKernelExtensions");
        FunctionYaml = new KnownType(compilation, "Microsoft.SemanticKernel.KernelFunctionYaml");
        PromptyExtensions = new KnownType(compilation, "Microsoft.SemanticKernel.PromptyKernelExtensions");
        FunctionPrompty = new KnownType(compilation, "Microsoft.SemanticKernel.Prompty.KernelFunctionPrompty");
    }

    public INamedTypeSymbol Arguments { get; }

    public KnownType Kernel { get; }

    public KnownType Function { get; }

    public KnownType KernelExtensions { get; }

    public KnownType FunctionFactory { get; }

    public KnownType TemplateConfig { get; }

    public KnownType InputVariable { get; }

    /// <summary>Microsoft.SemanticKernel.Yaml: <c>kernel.CreateFunctionFromPromptYaml(text)</c>.</summary>
    public KnownType YamlExtensions { get; }

    /// <summary>Microsoft.SemanticKernel.Yaml: <c>KernelFunctionYaml.FromPromptYaml(text)</c>.</summary>
    public KnownType FunctionYaml { get; }

    /// <summary>Microsoft.SemanticKernel.Prompty: <c>kernel.CreateFunctionFromPromptyFile(path)</c>, <c>kernel.CreateFunctionFromPrompty(text)</c>.</summary>
    public KnownType PromptyExtensions { get; }

    /// <summary>Microsoft.SemanticKernel.Prompty: <c>KernelFunctionPrompty.FromPrompty(text)</c>.</summary>
    public KnownType FunctionPrompty { get; }

    /// <summary>The types of <paramref name="compilation"/>, whose sink catalog tells whether it references Semantic Kernel (<see cref="SinkCatalog.KernelArgumentsType"/>).</summary>
    public static SemanticKernelTypes? For(Compilation compilation, SinkCatalog catalog)
        => catalog.KernelArgumentsType is { } arguments ? new SemanticKernelTypes(compilation, arguments) : null;

    /// <summary><c>kernel.InvokePromptAsync(...)</c> and its streaming form: a template rendered where it is written.</summary>
    public bool IsInvokePrompt(IMethodSymbol method)
        => KernelExtensions.Is(method.ContainingType) && method.Name is "InvokePromptAsync" or "InvokePromptStreamingAsync";

    /// <summary><c>kernel.CreateFunctionFromPrompt(...)</c> and <c>KernelFunctionFactory.CreateFromPrompt(...)</c>.</summary>
    public bool IsCreateFromPrompt(IMethodSymbol method)
        => (KernelExtensions.Is(method.ContainingType) && method.Name == "CreateFunctionFromPrompt")
        || (FunctionFactory.Is(method.ContainingType) && method.Name == "CreateFromPrompt");

    /// <summary><c>kernel.CreateFunctionFromPromptYaml(text)</c> and <c>KernelFunctionYaml.FromPromptYaml(text)</c>.</summary>
    public bool IsCreateFromPromptYaml(IMethodSymbol method)
        => (YamlExtensions.Is(method.ContainingType) && method.Name == "CreateFunctionFromPromptYaml")
        || (FunctionYaml.Is(method.ContainingType) && method.Name == "FromPromptYaml");

    /// <summary><c>kernel.CreateFunctionFromPromptyFile(path)</c>, <c>kernel.CreateFunctionFromPrompty(text)</c> and <c>KernelFunctionPrompty.FromPrompty(text)</c>.</summary>
    public bool IsCreateFromPrompty(IMethodSymbol method)
        => (PromptyExtensions.Is(method.ContainingType) && method.Name is "CreateFunctionFromPromptyFile" or "CreateFunctionFromPrompty")
        || (FunctionPrompty.Is(method.ContainingType) && method.Name == "FromPrompty");

    /// <summary>Any call that creates a prompt function whose template the rules read.</summary>
    public bool IsCreateFunction(IMethodSymbol method) => IsCreateFromPrompt(method) || IsCreateFromPromptYaml(method) || IsCreateFromPrompty(method);

    /// <summary><c>kernel.InvokeAsync(function, arguments)</c>, <c>function.InvokeAsync(kernel, arguments)</c> and their streaming forms.</summary>
    public bool IsInvokeFunction(IMethodSymbol method)
        => method.Name is "InvokeAsync" or "InvokeStreamingAsync" && (Kernel.Is(method.ContainingType) || Function.Is(method.ContainingType));

    public bool IsFunctionInstance(IMethodSymbol method) => Function.Is(method.ContainingType);

    public bool IsArguments(ITypeSymbol? type) => type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, Arguments);

    public bool IsTemplateConfig(ITypeSymbol? type) => TemplateConfig.Is(type);

    public bool IsInputVariable(ITypeSymbol? type) => InputVariable.Is(type);
}
