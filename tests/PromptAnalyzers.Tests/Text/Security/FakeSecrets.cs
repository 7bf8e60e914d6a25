using System.Text;

namespace PromptAnalyzers.Tests.Text.Security;

/// <summary>
/// Secret-shaped values for the tests, generated from fixed seeds when the tests run. The repository holds no literal that a
/// secret scanner (GitHub push protection, gitleaks) would flag: none of these is a real credential, and none is written whole
/// in a source file. In labelled data a value is written as a marker, <c>⟦openai⟧</c>, that <see cref="Expand"/> replaces.
/// </summary>
internal static class FakeSecrets
{
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Base64 = Alphanumeric + "+/";
    private const string Base32Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string OpenAi(int seed = 1) => "sk-" + "proj-" + Random(seed, 64, Alphanumeric + "_-");

    public static string OpenAiLegacy(int seed = 2) => "sk" + "-" + Random(seed, 48, Alphanumeric);

    public static string AnthropicKey(int seed = 3) => "sk-" + "ant-api03-" + Random(seed, 93, Alphanumeric + "_-") + "AA";

    public static string GoogleKey(int seed = 4) => "AI" + "za" + Random(seed, 35, Alphanumeric + "_-");

    public static string GitHub(int seed = 5) => "gh" + "p_" + Random(seed, 36, Alphanumeric);

    public static string GitHubFineGrained(int seed = 6) => "github" + "_pat_" + Random(seed, 22, Alphanumeric) + "_" + Random(seed + 100, 59, Alphanumeric);

    public static string Slack(int seed = 7) => "xo" + "xb-" + Digits(seed, 12) + "-" + Digits(seed + 1, 13) + "-" + Random(seed, 24, Alphanumeric);

    public static string Stripe(int seed = 8) => "sk" + "_live_" + Random(seed, 99, Alphanumeric);

    public static string AwsKeyId(int seed = 9) => "AK" + "IA" + Random(seed, 16, Base32Upper);

    public static string AwsSecret(int seed = 10) => Random(seed, 40, Base64);

    public static string AzureStorageKey(int seed = 11) => Random(seed, 86, Base64) + "==";

    public static string Jwt(int seed = 12) =>
        Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + Base64Url("{\"sub\":\"" + Digits(seed, 8) + "\",\"role\":\"admin\",\"iat\":1735689600}") + "." + Random(seed, 43, Alphanumeric + "_-");

    public static string PrivateKey(int seed = 13)
    {
        var body = new StringBuilder();
        string material = Random(seed, 64 * 12, Base64);
        for (int i = 0; i < material.Length; i += 64)
        {
            body.Append(material, i, 64).Append('\n');
        }

        return "-----BEGIN " + "RSA PRIVATE KEY-----\n" + body + "-----END RSA PRIVATE KEY-----";
    }

    public static string Password(int seed = 14) => Random(seed, 14, Alphanumeric) + "!";

    /// <summary>Replaces ⟦kind⟧ and ⟦kind:seed⟧ markers with generated values.</summary>
    public static string Expand(string text)
    {
        var builder = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            int open = text.IndexOf('⟦', i);
            if (open < 0)
            {
                builder.Append(text, i, text.Length - i);
                break;
            }

            int close = text.IndexOf('⟧', open);
            builder.Append(text, i, open - i);
            string[] marker = text.Substring(open + 1, close - open - 1).Split(':');
            int seed = marker.Length > 1 ? int.Parse(marker[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
            builder.Append(marker[0] switch
            {
                "openai" => OpenAi(seed),
                "openai-legacy" => OpenAiLegacy(seed),
                "anthropic" => AnthropicKey(seed),
                "google" => GoogleKey(seed),
                "github" => GitHub(seed),
                "github-pat" => GitHubFineGrained(seed),
                "slack" => Slack(seed),
                "stripe" => Stripe(seed),
                "aws-id" => AwsKeyId(seed),
                "aws-secret" => AwsSecret(seed),
                "azure-key" => AzureStorageKey(seed),
                "jwt" => Jwt(seed),
                "private-key" => PrivateKey(seed),
                "password" => Password(seed),
                _ => throw new ArgumentException("Unknown fake secret " + marker[0]),
            });
            i = close + 1;
        }

        return builder.ToString();
    }

    private static string Random(int seed, int length, string alphabet)
    {
        var random = new Random(seed * 7919);
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    private static string Digits(int seed, int length) => Random(seed + 500, length, "0123456789");

    private static string Base64Url(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
