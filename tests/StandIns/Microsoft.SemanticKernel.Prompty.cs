// Stand-in for the Microsoft.SemanticKernel.Prompty package, which the NuGet mirror of this workplace does not serve. It
// declares, with the real metadata names and signatures (microsoft/semantic-kernel, dotnet/src/Functions/Functions.Prompty,
// checked at b39d95a3), only the public members that create a function from a Prompty file or text. Compiled in memory into
// a reference assembly by StandInAssemblies.cs next to it (for the RealWorld tool and the tests): the bodies never run.
#nullable enable
using System;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Microsoft.SemanticKernel
{
    /// <summary>Kernel extensions of Microsoft.SemanticKernel.Prompty.</summary>
    public static class PromptyKernelExtensions
    {
        public static KernelFunction CreateFunctionFromPromptyFile(this Kernel kernel, string promptyFilePath, IPromptTemplateFactory? promptTemplateFactory = null)
            => throw new NotSupportedException();

        public static KernelFunction CreateFunctionFromPrompty(this Kernel kernel, string promptyTemplate, IPromptTemplateFactory? promptTemplateFactory = null, string? promptyFilePath = null)
            => throw new NotSupportedException();

        public static KernelFunction CreateFunctionFromPromptyFile(this Kernel kernel, string promptyFilePath, IFileProvider fileProvider, IPromptTemplateFactory? promptTemplateFactory = null)
            => throw new NotSupportedException();

        public static KernelFunction CreateFunctionFromPromptyFile(this Kernel kernel, IFileInfo fileInfo, IPromptTemplateFactory? promptTemplateFactory = null)
            => throw new NotSupportedException();
    }
}

namespace Microsoft.SemanticKernel.Prompty
{
    /// <summary>Creates prompt functions from Prompty text (YAML front matter, then the template).</summary>
    public static class KernelFunctionPrompty
    {
        public static KernelFunction FromPrompty(string text, IPromptTemplateFactory? promptTemplateFactory = null, ILoggerFactory? loggerFactory = null)
            => throw new NotSupportedException();

        public static PromptTemplateConfig ToPromptTemplateConfig(string promptyTemplate, string? promptyFilePath = null)
            => throw new NotSupportedException();
    }
}
