// Stand-in for the Microsoft.SemanticKernel.Yaml package, which the NuGet mirror of this workplace does not serve. It
// declares, with the real metadata names and signatures (microsoft/semantic-kernel, dotnet/src/Functions/Functions.Yaml),
// only the public members that create a function from prompt YAML. Compiled in memory into a reference assembly by
// StandInAssemblies.cs next to it (for the RealWorld tool and the tests): the bodies never run.
#nullable enable
using System;
using Microsoft.Extensions.Logging;

namespace Microsoft.SemanticKernel
{
    /// <summary>Creates prompt functions from YAML (name, template, template_format, input_variables, execution_settings).</summary>
    public static class KernelFunctionYaml
    {
        public static KernelFunction FromPromptYaml(string text, IPromptTemplateFactory? promptTemplateFactory = null, ILoggerFactory? loggerFactory = null)
            => throw new NotSupportedException();

        public static PromptTemplateConfig ToPromptTemplateConfig(string text) => throw new NotSupportedException();
    }

    /// <summary>Kernel extensions of Microsoft.SemanticKernel.Yaml.</summary>
    public static class PromptYamlKernelExtensions
    {
        public static KernelFunction CreateFunctionFromPromptYaml(this Kernel kernel, string text, IPromptTemplateFactory? promptTemplateFactory = null)
            => throw new NotSupportedException();
    }
}
