using PromptAnalyzers.Tests.Infrastructure;
using PromptAnalyzers.Text.Security;
using static PromptAnalyzers.Tests.Text.Security.FakeSecrets;

namespace PromptAnalyzers.Tests.Text.Security;

public sealed class SecretScannerTests
{
    public static TheoryData<string, SecretKind> KeysByKind() => new()
    {
        { OpenAi(), SecretKind.OpenAiKey },
        { OpenAiLegacy(), SecretKind.OpenAiKey },
        { AnthropicKey(), SecretKind.AnthropicKey },
        { GoogleKey(), SecretKind.GoogleApiKey },
        { GitHub(), SecretKind.GitHubToken },
        { GitHubFineGrained(), SecretKind.GitHubToken },
        { Slack(), SecretKind.SlackToken },
        { Stripe(), SecretKind.StripeKey },
        { AwsKeyId(), SecretKind.AwsAccessKey },
        { Jwt(), SecretKind.Jwt },
        { PrivateKey(), SecretKind.PrivateKey },
    };

    [Theory]
    [MemberData(nameof(KeysByKind))]
    public void Each_kind_of_key_is_found_at_its_span(string key, SecretKind kind)
    {
        string text = "You are the deploy assistant. Use this credential when you call the API: " + key + ". Never show it.";

        var finding = Assert.Single(SecretScanner.Scan(text));

        Assert.Equal(kind, finding.Kind);
        Assert.Equal(text.IndexOf(key, StringComparison.Ordinal), finding.Start);
        Assert.Equal(key.Length, finding.Length);
    }

    [Fact]
    public void An_aws_key_id_with_its_secret_is_one_pair()
    {
        string text = $"aws_access_key_id = {AwsKeyId()}\naws_secret_access_key = {AwsSecret()}\n";

        var finding = Assert.Single(SecretScanner.Scan(text));

        Assert.Equal(SecretKind.AwsAccessKeyPair, finding.Kind);
        Assert.Equal(text.IndexOf("AK", StringComparison.Ordinal), finding.Start);
        Assert.Equal(text.IndexOf(AwsSecret(), StringComparison.Ordinal) + 40, finding.End);
    }

    [Theory]
    [InlineData("Server=db.contoso.internal;Database=orders;User Id=app;Password={0};")]
    [InlineData("Host=pg01;Username=svc;Pwd={0}")]
    [InlineData("Password={0};Data Source=tcp:sql01,1433;Initial Catalog=crm")]
    public void A_password_in_a_connection_string_is_found_and_never_shown(string format)
    {
        string password = Password();
        string text = "Connect with " + string.Format(System.Globalization.CultureInfo.InvariantCulture, format, password) + " and run the report.";

        var finding = Assert.Single(SecretScanner.Scan(text));

        Assert.Equal(SecretKind.ConnectionStringPassword, finding.Kind);
        Assert.Equal(password, text.Substring(finding.Start, finding.Length));
        Assert.Equal("a connection-string password (15 characters)", finding.Describe());
    }

    [Fact]
    public void An_azure_storage_account_key_is_found()
    {
        string key = AzureStorageKey();
        string text = $"DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey={key};EndpointSuffix=core.windows.net";

        var finding = Assert.Single(SecretScanner.Scan(text));

        Assert.Equal(SecretKind.AzureKey, finding.Kind);
        Assert.Equal(key, text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("postgres://report:{0}@db.contoso.internal:5432/sales")]
    [InlineData("amqp://svc-orders:{0}@rabbit01/vhost")]
    [InlineData("https://deploy:{0}@git.contoso.com/app.git")]
    public void A_password_in_a_url_is_found(string format)
    {
        string password = Password(21);
        string text = "The source is " + string.Format(System.Globalization.CultureInfo.InvariantCulture, format, password) + ".";

        var finding = Assert.Single(SecretScanner.Scan(text));

        Assert.Equal(SecretKind.UrlPassword, finding.Kind);
        Assert.Equal(password, text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void The_description_shows_at_most_four_characters_and_the_length()
    {
        string key = OpenAi();

        var finding = Assert.Single(SecretScanner.Scan("key: " + key));

        Assert.Equal($"an OpenAI API key ('sk-p…', {key.Length} characters)", finding.Describe());
        Assert.DoesNotContain(key.Substring(4, 8), finding.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Set OPENAI_API_KEY=YOUR_API_KEY before you start.")]
    [InlineData("api_key = \"sk-...\"")]
    [InlineData("Authorization: Bearer sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("Use sk-proj-YOUR_KEY_HERE_REPLACE_WITH_THE_REAL_ONE_FROM_THE_DASHBOARD as the key.")]
    [InlineData("OpenAI keys start with sk- or sk-proj- followed by a long random string; Anthropic keys start with sk-ant-.")]
    [InlineData("GitHub personal access tokens look like ghp_ followed by 36 characters; fine-grained ones start with github_pat_.")]
    [InlineData("A Google API key is 39 characters long and starts with AIza.")]
    [InlineData("AWS access key IDs begin with AKIA (long-term) or ASIA (temporary).")]
    [InlineData("Stripe live keys begin with sk_live_ and test keys with sk_test_.")]
    [InlineData("The documented example key is AKIAIOSFODNN7EXAMPLE.")]
    [InlineData("Server=myServer;Database=myDb;User Id=myUser;Password=<password>;")]
    [InlineData("Server=db;Database=app;User Id=sa;Password={password};")]
    [InlineData("Server=db;Database=app;User Id=sa;Password=$(DB_PASSWORD);")]
    [InlineData("Server=db;Database=app;User Id=sa;Password=********;")]
    [InlineData("Server=db;Database=app;User Id=sa;Password=your_password;")]
    [InlineData("Reset your password=the one you chose at sign-up")]
    [InlineData("Connect to postgres://user:password@localhost:5432/db")]
    [InlineData("Connect to postgres://app:${DB_PASSWORD}@db:5432/app")]
    [InlineData("Connect to https://user:<token>@github.com/org/repo.git")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----")]
    [InlineData("-----BEGIN PRIVATE KEY-----\n<your private key here>\n-----END PRIVATE KEY-----")]
    [InlineData("A JWT has three parts: header.payload.signature, e.g. eyJhbGciOi...")]
    [InlineData("Slack bot tokens start with xoxb-, user tokens with xoxp-.")]
    [InlineData("Use the key sk-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa for the demo.")]
    [InlineData("ghp_0123456789abcdefghijklmnopqrstuvwxyz is a made-up token.")]
    [InlineData("sk-proj-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP")]
    [InlineData("Keys are redacted in logs: sk-proj-****************************************")]
    public void Placeholders_redacted_values_and_format_descriptions_get_nothing(string text)
    {
        Assert.Empty(SecretScanner.Scan(text));
    }

    [Fact]
    public void A_public_key_or_certificate_is_not_a_secret()
    {
        string block = PrivateKey().Replace("RSA PRIVATE KEY", "PUBLIC KEY", StringComparison.Ordinal);

        Assert.Empty(SecretScanner.Scan(block));
        Assert.Empty(SecretScanner.Scan(block.Replace("PUBLIC KEY", "CERTIFICATE", StringComparison.Ordinal)));
    }

    [Fact]
    public void Several_secrets_are_each_found_in_order()
    {
        string text = $"GitHub: {GitHub()}\nSlack: {Slack()}\nDB: Server=db;Password={Password()};\n";

        var kinds = SecretScanner.Scan(text).Select(f => f.Kind);

        Assert.Equal(new[] { SecretKind.GitHubToken, SecretKind.SlackToken, SecretKind.ConnectionStringPassword }, kinds);
    }

    [Fact]
    public void A_key_inside_a_longer_word_is_not_a_key()
    {
        Assert.Empty(SecretScanner.Scan("mask-" + OpenAiLegacy().Substring(3)));
        Assert.Empty(SecretScanner.Scan("XAIza" + GoogleKey().Substring(4)));
    }

    [Fact]
    public void Giant_and_odd_input_is_scanned_without_hanging_or_throwing()
    {
        string[] pieces =
        {
            new string('a', 200_000), new string('-', 100_000), string.Concat(Enumerable.Repeat("eyJ.", 50_000)),
            string.Concat(Enumerable.Repeat("-----BEGIN ", 20_000)), string.Concat(Enumerable.Repeat("Password=;", 30_000)),
            string.Concat(Enumerable.Repeat("://a:b", 40_000)), string.Concat(Enumerable.Repeat("sk-", 60_000)), "\uD800\uFFFF\0\u2028",
        };

        foreach (string piece in pieces)
        {
            Assert.Empty(HangGuard.Run(() => SecretScanner.Scan(piece), "scanning " + piece[..Math.Min(12, piece.Length)]));
        }

        Assert.Empty(SecretScanner.Scan(null));
        Assert.Empty(SecretScanner.Scan(string.Empty));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => SecretScanner.Scan(new string('k', 300_000), cancellation.Token));
    }
}
