namespace PromptAnalyzers.Text.Security;

/// <summary>The kinds of secret PA4002 recognises, each by a shape its issuer documents.</summary>
public enum SecretKind
{
    OpenAiKey,
    AnthropicKey,
    GoogleApiKey,
    AzureKey,
    AwsAccessKey,
    AwsAccessKeyPair,
    GitHubToken,
    SlackToken,
    StripeKey,
    Jwt,
    PrivateKey,
    ConnectionStringPassword,
    UrlPassword,
}

/// <summary>How a message names each kind of secret.</summary>
public static class SecretKinds
{
    /// <summary>"an OpenAI API key", "a private key block"...</summary>
    public static string Describe(SecretKind kind) => kind switch
    {
        SecretKind.OpenAiKey => "an OpenAI API key",
        SecretKind.AnthropicKey => "an Anthropic API key",
        SecretKind.GoogleApiKey => "a Google API key",
        SecretKind.AzureKey => "an Azure access key",
        SecretKind.AwsAccessKey => "an AWS access key ID",
        SecretKind.AwsAccessKeyPair => "an AWS access key ID and secret access key",
        SecretKind.GitHubToken => "a GitHub token",
        SecretKind.SlackToken => "a Slack token",
        SecretKind.StripeKey => "a Stripe live key",
        SecretKind.Jwt => "a JSON Web Token",
        SecretKind.PrivateKey => "a private key block",
        SecretKind.ConnectionStringPassword => "a connection-string password",
        SecretKind.UrlPassword => "a password in a URL",
        _ => "a secret",
    };

    /// <summary>Passwords are short: even their first characters are not shown.</summary>
    public static bool ShowsPrefix(SecretKind kind) => kind != SecretKind.ConnectionStringPassword && kind != SecretKind.UrlPassword;
}
