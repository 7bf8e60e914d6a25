using Microsoft.CodeAnalysis;

namespace PromptAnalyzers.Rules.Templates;

/// <summary>The Semantic Kernel types that create and render prompt templates, resolved once per compilation; null without Semantic Kernel.</summary>
internal sealed class SemanticKernelTypes
{
    private SemanticKernelTypes(Compilation compilation, INamedTypeSymbol arguments)
    {
        Arguments = arguments;
        Kernel = compilation.GetTypeByMetadataName("Microsoft.SemanticKernel.Kernel");
        Function = compilation.GetTypeByMetadataName("Microsoft.SemanticKernel.KernelFunction");
        KernelExtensions = compilation.GetTypeByMetadataName("Microsoft.SemanticKernel.KernelExtensions");
        FunctionFactory = compilation.GetTypeByMetadataName("Microsoft.SemanticKernel.KernelFunctionFactory");
        TemplateConfig = compilation.GetTypeByMetadataName("Microsoft.SemanticKernel.PromptTemplateConfig");
        InputVariable = compilation.GetTypeByMetadataName("Microsoft.SemanticKernel.InputVariable");
        YamlExtensions = compilation.GetTypeByMetadataName("Microsoft.SemanticKernel.PromptYamlKernelExtensions");
        FunctionYaml = compilation.GetTypeByMetadataName("Microsoft.SemanticKernel.KernelFunctionYaml");
        PromptyExtensions = compilation.GetTypeByMetadataName("Microsoft.SemanticKernel.PromptyKernelExtensions");
        FunctionPrompty = compilation.GetTypeByMetadataName("Microsoft.SemanticKernel.Prompty.KernelFunctionPrompty");
    }

    public INamedTypeSymbol Arguments { get; }

    public INamedTypeSymbol? Kernel { get; }

    public INamedTypeSymbol? Function { get; }

    public INamedTypeSymbol? KernelExtensions { get; }

    public INamedTypeSymbol? FunctionFactory { get; }

    public INamedTypeSymbol? TemplateConfig { get; }

    public INamedTypeSymbol? InputVariable { get; }

    /// <summary>Microsoft.SemanticKernel.Yaml: <c>kernel.CreateFunctionFromPromptYaml(text)</c>.</summary>
    public INamedTypeSymbol? YamlExtensions { get; }

    /// <summary>Microsoft.SemanticKernel.Yaml: <c>KernelFunctionYaml.FromPromptYaml(text)</c>.</summary>
    public INamedTypeSymbol? FunctionYaml { get; }

    /// <summary>Microsoft.SemanticKernel.Prompty: <c>kernel.CreateFunctionFromPromptyFile(path)</c>, <c>kernel.CreateFunctionFromPrompty(text)</c>.</summary>
    public INamedTypeSymbol? PromptyExtensions { get; }

    /// <summary>Microsoft.SemanticKernel.Prompty: <c>KernelFunctionPrompty.FromPrompty(text)</c>.</summary>
    public INamedTypeSymbol? FunctionPrompty { get; }

    public static SemanticKernelTypes? For(Compilation compilation)
        => compilation.GetTypeByMetadataName("Microsoft.SemanticKernel.KernelArguments") is { } arguments ? new SemanticKernelTypes(compilation, arguments) : null;

    /// <summary><c>kernel.InvokePromptAsync(...)</c> and its streaming form: a template rendered where it is written.</summary>
    public bool IsInvokePrompt(IMethodSymbol method)
        => Is(method.ContainingType, KernelExtensions) && method.Name is "InvokePromptAsync" or "InvokePromptStreamingAsync";

    /// <summary><c>kernel.CreateFunctionFromPrompt(...)</c> and <c>KernelFunctionFactory.CreateFromPrompt(...)</c>.</summary>
    public bool IsCreateFromPrompt(IMethodSymbol method)
        => (Is(method.ContainingType, KernelExtensions) && method.Name == "CreateFunctionFromPrompt")
        || (Is(method.ContainingType, FunctionFactory) && method.Name == "CreateFromPrompt");

    /// <summary><c>kernel.CreateFunctionFromPromptYaml(text)</c> and <c>KernelFunctionYaml.FromPromptYaml(text)</c>.</summary>
    public bool IsCreateFromPromptYaml(IMethodSymbol method)
        => (Is(method.ContainingType, YamlExtensions) && method.Name == "CreateFunctionFromPromptYaml")
        || (Is(method.ContainingType, FunctionYaml) && method.Name == "FromPromptYaml");

    /// <summary><c>kernel.CreateFunctionFromPromptyFile(path)</c>, <c>kernel.CreateFunctionFromPrompty(text)</c> and <c>KernelFunctionPrompty.FromPrompty(text)</c>.</summary>
    public bool IsCreateFromPrompty(IMethodSymbol method)
        => (Is(method.ContainingType, PromptyExtensions) && method.Name is "CreateFunctionFromPromptyFile" or "CreateFunctionFromPrompty")
        || (Is(method.ContainingType, FunctionPrompty) && method.Name == "FromPrompty");

    /// <summary>Any call that creates a prompt function whose template the rules read.</summary>
    public bool IsCreateFunction(IMethodSymbol method) => IsCreateFromPrompt(method) || IsCreateFromPromptYaml(method) || IsCreateFromPrompty(method);

    /// <summary><c>kernel.InvokeAsync(function, arguments)</c>, <c>function.InvokeAsync(kernel, arguments)</c> and their streaming forms.</summary>
    public bool IsInvokeFunction(IMethodSymbol method)
        => method.Name is "InvokeAsync" or "InvokeStreamingAsync" && (Is(method.ContainingType, Kernel) || Is(method.ContainingType, Function));

    public bool IsFunctionInstance(IMethodSymbol method) => Is(method.ContainingType, Function);

    public bool IsArguments(ITypeSymbol? type) => Is(type, Arguments);

    public bool IsTemplateConfig(ITypeSymbol? type) => Is(type, TemplateConfig);

    public bool IsInputVariable(ITypeSymbol? type) => Is(type, InputVariable);

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);
}
