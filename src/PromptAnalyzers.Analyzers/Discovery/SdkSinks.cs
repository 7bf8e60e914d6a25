using System.Collections.Generic;
using System.Collections.Immutable;

namespace PromptAnalyzers.Discovery;

/// <summary>
/// The supported SDKs as data, by metadata name: where text reaches a model, which message types give their role to
/// content parts, which types hold a model's answer, and which members accept a type text converts into. Resolved to
/// symbols once per compilation by <see cref="SinkCatalog"/>.
/// </summary>
internal static class SdkSinks
{
    /// <summary>Where text reaches a model in each SDK: type, member, text parameter and how the role is known.</summary>
    public static readonly SinkSpec[] Specs =
    {
        // Microsoft.Extensions.AI
        new("Microsoft.Extensions.AI.ChatMessage", ".ctor", "content", RoleSource.FromRoleArgument, roleParameter: "role", roleTypeName: "Microsoft.Extensions.AI.ChatRole"),
        new("Microsoft.Extensions.AI.TextContent", ".ctor", "text", RoleSource.FromEnclosingMessage),
        new("Microsoft.Extensions.AI.ChatClientExtensions", "GetResponseAsync", "chatMessage", RoleSource.Fixed, PromptRole.User),
        new("Microsoft.Extensions.AI.ChatClientExtensions", "GetStreamingResponseAsync", "chatMessage", RoleSource.Fixed, PromptRole.User),
        new("Microsoft.Extensions.AI.ChatClientStructuredOutputExtensions", "GetResponseAsync", "chatMessage", RoleSource.Fixed, PromptRole.User),
        new("Microsoft.Extensions.AI.ChatOptions", "Instructions", null, RoleSource.Fixed, PromptRole.System),

        // OpenAI .NET SDK (also what Azure.AI.OpenAI uses)
        new("OpenAI.Chat.SystemChatMessage", ".ctor", "content", RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Chat.DeveloperChatMessage", ".ctor", "content", RoleSource.Fixed, PromptRole.Developer),
        new("OpenAI.Chat.UserChatMessage", ".ctor", "content", RoleSource.Fixed, PromptRole.User),
        new("OpenAI.Chat.AssistantChatMessage", ".ctor", "content", RoleSource.Fixed, PromptRole.Assistant),
        new("OpenAI.Chat.ChatMessage", "CreateSystemMessage", "content", RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Chat.ChatMessage", "CreateDeveloperMessage", "content", RoleSource.Fixed, PromptRole.Developer),
        new("OpenAI.Chat.ChatMessage", "CreateUserMessage", "content", RoleSource.Fixed, PromptRole.User),
        new("OpenAI.Chat.ChatMessage", "CreateAssistantMessage", "content", RoleSource.Fixed, PromptRole.Assistant),
        new("OpenAI.Chat.ChatMessage", "op_Implicit", null, RoleSource.Fixed, PromptRole.User),
        new("OpenAI.Chat.ChatMessageContentPart", "CreateTextPart", "text", RoleSource.FromEnclosingMessage),
        new("OpenAI.Chat.ChatMessageContentPart", "op_Implicit", null, RoleSource.FromEnclosingMessage),
        new("OpenAI.Responses.ResponsesClient", "CreateResponse", "userInputText", RoleSource.Fixed, PromptRole.User),
        new("OpenAI.Responses.ResponsesClient", "CreateResponseAsync", "userInputText", RoleSource.Fixed, PromptRole.User),
        new("OpenAI.Responses.ResponsesClient", "CreateResponseStreaming", "userInputText", RoleSource.Fixed, PromptRole.User),
        new("OpenAI.Responses.ResponsesClient", "CreateResponseStreamingAsync", "userInputText", RoleSource.Fixed, PromptRole.User),
        new("OpenAI.Responses.CreateResponseOptions", "Instructions", null, RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Responses.ResponseItem", "CreateSystemMessageItem", "inputTextContent", RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Responses.ResponseItem", "CreateDeveloperMessageItem", "inputTextContent", RoleSource.Fixed, PromptRole.Developer),
        new("OpenAI.Responses.ResponseItem", "CreateUserMessageItem", "inputTextContent", RoleSource.Fixed, PromptRole.User),
        new("OpenAI.Responses.ResponseItem", "CreateAssistantMessageItem", "outputTextContent", RoleSource.Fixed, PromptRole.Assistant),

        // Semantic Kernel
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", ".ctor", "systemMessage", RoleSource.Fixed, PromptRole.System),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", ".ctor", "message", RoleSource.FromRoleArgument, roleParameter: "role", roleTypeName: "Microsoft.SemanticKernel.ChatCompletion.AuthorRole"),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", "AddSystemMessage", "content", RoleSource.Fixed, PromptRole.System),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", "AddDeveloperMessage", "content", RoleSource.Fixed, PromptRole.Developer),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", "AddUserMessage", "content", RoleSource.Fixed, PromptRole.User),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", "AddAssistantMessage", "content", RoleSource.Fixed, PromptRole.Assistant),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", "AddMessage", "content", RoleSource.FromRoleArgument, roleParameter: "authorRole", roleTypeName: "Microsoft.SemanticKernel.ChatCompletion.AuthorRole"),
        new("Microsoft.SemanticKernel.ChatMessageContent", ".ctor", "content", RoleSource.FromRoleArgument, roleParameter: "role", roleTypeName: "Microsoft.SemanticKernel.ChatCompletion.AuthorRole"),
        new("Microsoft.SemanticKernel.KernelExtensions", "InvokePromptAsync", "promptTemplate", RoleSource.Fixed, PromptRole.Template),
        new("Microsoft.SemanticKernel.KernelExtensions", "InvokePromptStreamingAsync", "promptTemplate", RoleSource.Fixed, PromptRole.Template),
        new("Microsoft.SemanticKernel.KernelExtensions", "CreateFunctionFromPrompt", "promptTemplate", RoleSource.Fixed, PromptRole.Template),
        new("Microsoft.SemanticKernel.KernelFunctionFactory", "CreateFromPrompt", "promptTemplate", RoleSource.Fixed, PromptRole.Template),
        new("Microsoft.SemanticKernel.PromptTemplateConfig", ".ctor", "template", RoleSource.Fixed, PromptRole.Template),
        new("Microsoft.SemanticKernel.PromptTemplateConfig", "Template", null, RoleSource.Fixed, PromptRole.Template),
        new("Microsoft.SemanticKernel.Agents.KernelAgent", "Instructions", null, RoleSource.Fixed, PromptRole.System),

        // Since release 1.45 the instructions are declared on the base of every agent (KernelAgent was removed).
        new("Microsoft.SemanticKernel.Agents.Agent", "Instructions", null, RoleSource.Fixed, PromptRole.System),
        new("Microsoft.SemanticKernel.KernelFunctionYaml", "FromPromptYaml", "text", RoleSource.InlinePromptFile, inlineFileName: "inline.prompt.yaml"),
        new("Microsoft.SemanticKernel.PromptYamlKernelExtensions", "CreateFunctionFromPromptYaml", "text", RoleSource.InlinePromptFile, inlineFileName: "inline.prompt.yaml"),
        new("Microsoft.SemanticKernel.Prompty.KernelFunctionPrompty", "FromPrompty", "text", RoleSource.InlinePromptFile, inlineFileName: "inline.prompty"),
        new("Microsoft.SemanticKernel.PromptyKernelExtensions", "CreateFunctionFromPrompty", "promptyTemplate", RoleSource.InlinePromptFile, inlineFileName: "inline.prompty"),
        new("Microsoft.SemanticKernel.Agents.ChatCompletionAgent", "Instructions", null, RoleSource.Fixed, PromptRole.System),

        // OpenAI Assistants and Realtime sessions
        new("OpenAI.Assistants.AssistantCreationOptions", "Instructions", null, RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Assistants.RunCreationOptions", "InstructionsOverride", null, RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Assistants.RunCreationOptions", "AdditionalInstructions", null, RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Realtime.RealtimeConversationSessionOptions", "Instructions", null, RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Realtime.RealtimeResponseOptions", "Instructions", null, RoleSource.Fixed, PromptRole.System),

        // Microsoft Agent Framework
        new("Microsoft.Agents.AI.ChatClientAgent", ".ctor", "instructions", RoleSource.Fixed, PromptRole.System),
        new("Microsoft.Extensions.AI.ChatClientExtensions", "AsAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("Microsoft.Extensions.AI.ChatClientExtensions", "CreateAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Chat.OpenAIChatClientExtensions", "CreateAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Chat.OpenAIChatClientExtensions", "AsAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("OpenAI.OpenAIChatClientExtensions", "CreateAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Responses.OpenAIResponseClientExtensions", "AsAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("OpenAI.Responses.OpenAIResponseClientExtensions", "CreateAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("Microsoft.Agents.AI.AIAgent", "RunAsync", "message", RoleSource.Fixed, PromptRole.User),
        new("Microsoft.Agents.AI.AIAgent", "RunStreamingAsync", "message", RoleSource.Fixed, PromptRole.User),
        new("Microsoft.Agents.AI.ChatClientAgent", "RunAsync", "message", RoleSource.Fixed, PromptRole.User),
        new("Microsoft.Agents.AI.ChatClientAgent", "RunStreamingAsync", "message", RoleSource.Fixed, PromptRole.User),
        new("Microsoft.Extensions.DependencyInjection.AgentHostingServiceCollectionExtensions", "AddAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("Microsoft.Extensions.Hosting.AgentHostingServiceCollectionExtensions", "AddAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("Microsoft.Agents.AI.Hosting.AgentHostingServiceCollectionExtensions", "AddAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),
        new("Microsoft.Agents.AI.Hosting.HostApplicationBuilderAgentExtensions", "AddAIAgent", "instructions", RoleSource.Fixed, PromptRole.System),

        // Anthropic .NET SDK: text converts implicitly into the request's union types.
        new("Anthropic.Models.Messages.MessageCreateParamsSystem", "op_Implicit", null, RoleSource.Fixed, PromptRole.System),
        new("Anthropic.Models.Messages.SystemMessageParamContent", "op_Implicit", null, RoleSource.Fixed, PromptRole.System),
        new("Anthropic.Models.Messages.MessageContentParam", "op_Implicit", null, RoleSource.FromEnclosingMessage),
        new("Anthropic.Models.Messages.TextBlockParam", ".ctor", "text", RoleSource.FromEnclosingMessage),
        new("Anthropic.Models.Messages.TextBlockParam", "Text", null, RoleSource.FromEnclosingMessage),

        // OllamaSharp
        new("OllamaSharp.Chat", ".ctor", "systemPrompt", RoleSource.Fixed, PromptRole.System),
        new("OllamaSharp.Chat", "SendAsync", "message", RoleSource.Fixed, PromptRole.User),
        new("OllamaSharp.Chat", "SendAsAsync", "message", RoleSource.FromRoleArgument, roleParameter: "role", roleTypeName: "OllamaSharp.Models.Chat.ChatRole"),
        new("OllamaSharp.OllamaApiClientExtensions", "GenerateAsync", "prompt", RoleSource.Fixed, PromptRole.User),
        new("OllamaSharp.Models.GenerateRequest", "Prompt", null, RoleSource.Fixed, PromptRole.User),
        new("OllamaSharp.Models.GenerateRequest", "System", null, RoleSource.Fixed, PromptRole.System),
        new("OllamaSharp.Models.CreateModelRequest", "System", null, RoleSource.Fixed, PromptRole.System),
    };

    /// <summary>Message types whose role content parts inherit (types that are not text sinks themselves).</summary>
    public static readonly ContainerSpec[] ContainerSpecs =
    {
        new("Anthropic.Models.Messages.UserMessageParam", PromptRole.User),
        new("Anthropic.Models.Messages.AssistantMessageParam", PromptRole.Assistant),
        new("Anthropic.Models.Messages.SystemMessageParam", PromptRole.System),
        new("Anthropic.Models.Messages.MessageCreateParamsSystem", PromptRole.System),
    };

    /// <summary>
    /// Types that hold a model's answer. A message built inside one (a mocked or recorded response in tests and fakes) is
    /// output, not a prompt.
    /// </summary>
    public static readonly string[] ResponseTypeNames =
    {
        "Microsoft.Extensions.AI.ChatResponse",
        "Microsoft.Extensions.AI.ChatResponseUpdate",
        "OpenAI.Chat.OpenAIChatModelFactory",
        "OpenAI.Responses.OpenAIResponsesModelFactory",
        "Microsoft.SemanticKernel.StreamingChatMessageContent",
        "Microsoft.Agents.AI.AgentResponse",
        "Microsoft.Agents.AI.AgentResponse`1",
        "Microsoft.Agents.AI.AgentResponseUpdate",
    };

    /// <summary>Root namespaces of the supported SDKs, whose model parameters and properties name the model.</summary>
    public static readonly ImmutableHashSet<string> SdkNamespaces = ImmutableHashSet.Create(
        "Microsoft.Extensions.AI", "OpenAI", "Azure.AI.OpenAI", "Microsoft.SemanticKernel", "Anthropic", "OllamaSharp", "Microsoft.Agents.AI");

    /// <summary>Per conversion type (metadata name): SDK members that accept it, called or assigned (see <see cref="SinkCatalog.SearchAcceptingMembers"/>).</summary>
    public static readonly Dictionary<string, (string[] Called, string[] Assigned)> AcceptingMembers = new()
    {
        ["OpenAI.Chat.ChatMessage"] = (new[] { "CompleteChat", "CompleteChatAsync", "CompleteChatStreaming", "CompleteChatStreamingAsync", "ChatCompletionMessageListDatum" }, new string[0]),
        ["OpenAI.Chat.ChatMessageContentPart"] = (new[] { "AssistantChatMessage", "ChatMessageContent", "CreateAssistantMessage", "CreateDeveloperMessage", "CreateStaticContentPrediction", "CreateSystemMessage", "CreateToolMessage", "CreateUserMessage", "DeveloperChatMessage", "SystemChatMessage", "ToolChatMessage", "UserChatMessage" }, new string[0]),
        ["Anthropic.Models.Messages.MessageCreateParamsSystem"] = (new string[0], new[] { "System" }),
        ["Anthropic.Models.Messages.SystemMessageParamContent"] = (new[] { "SystemMessageParam" }, new[] { "Content" }),
        ["Anthropic.Models.Messages.MessageContentParam"] = (new[] { "AssistantMessageParam", "UserMessageParam" }, new[] { "Content" }),
    };
}
