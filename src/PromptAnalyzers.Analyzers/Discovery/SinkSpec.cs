namespace PromptAnalyzers.Discovery;

/// <summary>How a sink's role is known.</summary>
internal enum RoleSource
{
    /// <summary>The API fixes the role (SystemChatMessage, AddUserMessage...).</summary>
    Fixed,

    /// <summary>Another argument carries it (new ChatMessage(ChatRole.System, ...)).</summary>
    FromRoleArgument,

    /// <summary>A content part takes the role of the message it is part of (TextContent inside a ChatMessage).</summary>
    FromEnclosingMessage,

    /// <summary>
    /// The text is a whole prompt file written inline (KernelFunctionYaml.FromPromptYaml(yaml), CreateFunctionFromPrompty(text)):
    /// its messages and roles come from parsing it like the file (<see cref="SinkSpec.InlineFileName"/> names the format).
    /// </summary>
    InlinePromptFile,
}

/// <summary>One place in an SDK where text reaches a model, named by metadata and parameter.</summary>
internal sealed class SinkSpec
{
    public SinkSpec(string typeName, string member, string? parameter, RoleSource roleSource, PromptRole role = PromptRole.Unknown, string? roleParameter = null, string? inlineFileName = null, string? roleTypeName = null)
    {
        RoleTypeName = roleTypeName;
        InlineFileName = inlineFileName;
        TypeName = typeName;
        Member = member;
        Parameter = parameter;
        RoleSource = roleSource;
        Role = role;
        RoleParameter = roleParameter;
    }

    /// <summary>Metadata name of the declaring type.</summary>
    public string TypeName { get; }

    /// <summary>Method, ".ctor", property (when <see cref="Parameter"/> is null) or "op_Implicit" (a conversion from string).</summary>
    public string Member { get; }

    /// <summary>Name of the text parameter; null for a property setter or a conversion.</summary>
    public string? Parameter { get; }

    /// <summary>How the role of the text is known.</summary>
    public RoleSource RoleSource { get; }

    /// <summary>For <see cref="RoleSource.Fixed"/>: the role the sink gives the text.</summary>
    public PromptRole Role { get; }

    /// <summary>For <see cref="RoleSource.FromRoleArgument"/>: the name of the parameter that carries the role.</summary>
    public string? RoleParameter { get; }

    /// <summary>
    /// For <see cref="RoleSource.FromRoleArgument"/>: the metadata name of the role parameter's type (ChatRole, AuthorRole),
    /// named by the relevance gate. Listed rather than read from the members, which loaded every member of the message
    /// types for one name; a test checks the list against the referenced SDKs.
    /// </summary>
    public string? RoleTypeName { get; }

    /// <summary>For <see cref="RoleSource.InlinePromptFile"/>: a file name whose extension selects the parser ("inline.prompty").</summary>
    public string? InlineFileName { get; }

    /// <summary>The sink as diagnostics name it: "Type.Member", or the type for a constructor.</summary>
    public string Describe() => TypeName + (Member == ".ctor" ? string.Empty : "." + Member);
}

/// <summary>A message type whose role its content parts inherit, named by metadata (see <see cref="SdkSinks.ContainerSpecs"/>).</summary>
internal sealed class ContainerSpec
{
    public ContainerSpec(string typeName, PromptRole role)
    {
        TypeName = typeName;
        Role = role;
    }

    public string TypeName { get; }

    public PromptRole Role { get; }
}
