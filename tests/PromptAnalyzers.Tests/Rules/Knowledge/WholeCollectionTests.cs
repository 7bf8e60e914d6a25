using PromptAnalyzers.Rules.Knowledge;
using Verify = PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<PromptAnalyzers.Rules.Knowledge.WholeDocumentAnalyzer>;

namespace PromptAnalyzers.Tests.Rules.Knowledge;

/// <summary>
/// Collections read in full and rendered wholly into a prompt: every record of a data file (read whole and deserialised)
/// and every row of a database table (an Entity Framework set queried without a filter), joined or appended record by record.
/// </summary>
[Trait("Rule", "PA1003")]
public sealed class WholeCollectionTests
{
    private const string Shop = """
        using Microsoft.EntityFrameworkCore;
        public sealed class Product
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public decimal Price { get; set; }
            public bool InStock { get; set; }
            public Category? Category { get; set; }
        }

        public sealed class Category
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
        }

        public sealed class ShopDb(DbContextOptions<ShopDb> options) : DbContext(options)
        {
            public DbSet<Product> Products => Set<Product>();
        }
        """;

    private static Task VerifyAsync(string source, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = new PromptAnalyzers.Tests.Infrastructure.AnalyzerVerifier<WholeDocumentAnalyzer>.Test();
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary;
        test.TestState.Sources.Add(("/0/Shop.cs", Shop));
        test.TestState.Sources.Add(("/0/Test.cs", source));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public async Task Every_record_of_a_data_file_joined_into_the_prompt()
    {
        await VerifyAsync(
            """
            using System.IO;
            using System.Text.Json;
            using Microsoft.Agents.AI;
            public sealed record Book(string Title, string Author, int YearOfRelease);

            public static class Librarian
            {
                public static Task<AgentResponse> AskAsync(AIAgent agent, string question)
                {
                    string json = File.ReadAllText("books.json");
                    List<Book> books = {|#1:JsonSerializer.Deserialize<List<Book>>(json)|}!;
                    return agent.RunAsync({|#0:$"In these books <books>{string.Join("", books)}</books>: " + question|});
                }
            }
            """,
            Verify.Diagnostic(WholeDocumentAnalyzer.Rule).WithLocation(0).WithLocation(1).WithArguments("User prompt", "JsonSerializer.Deserialize<List<Book>>(json)"));
    }

    [Fact]
    public async Task Every_row_of_a_table_joined_or_appended_into_the_prompt()
    {
        await VerifyAsync(
            """
            using System.Text;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.AI;
            public sealed class ShopAssistant(ShopDb db, IChatClient chat)
            {
                public async Task<ChatResponse> AskAsync(string question)
                {
                    var products = {|#1:await db.Products.Include(p => p.Category).AsNoTracking().ToListAsync()|};
                    var catalogue = string.Join("\n", products.Select(p => $"- {p.Name}: {p.Price:N0} VND"));
                    return await chat.GetResponseAsync([new ChatMessage(ChatRole.System, {|#0:$"You sell furniture. Our products:\n{catalogue}"|}), new ChatMessage(ChatRole.User, question)]);
                }

                public async Task<ChatResponse> MenuAsync(string question)
                {
                    var menu = new StringBuilder("Menu:\n");
                    foreach (var product in {|#3:db.Products.OrderBy(p => p.Name)|})
                    {
                        menu.AppendLine($"{product.Name}: {product.Price}");
                    }

                    return await chat.GetResponseAsync([new ChatMessage(ChatRole.System, {|#2:menu.ToString()|}), new ChatMessage(ChatRole.User, question)]);
                }
            }
            """,
            Verify.Diagnostic(WholeDocumentAnalyzer.Rule).WithLocation(0).WithLocation(1).WithArguments("System prompt", "await db.Products.Include(p => p.Category).AsNoTracking().ToListAsync()"),
            Verify.Diagnostic(WholeDocumentAnalyzer.Rule).WithLocation(2).WithLocation(3).WithArguments("System prompt", "db.Products.OrderBy(p => p.Name)"));
    }

    /// <summary>The query is shown on one line in the message, as a build log or an error list shows it.</summary>
    [Fact]
    public async Task Every_row_of_a_table_serialised_whole_as_json_into_the_prompt()
    {
        await VerifyAsync(
            """
            using System.Text.Json;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.AI;
            public sealed class ShopAssistant(ShopDb db, IChatClient chat)
            {
                public async Task<ChatResponse> AskAsync(string question)
                {
                    var products = {|#1:await db.Products
                        .Select(p => new { p.Name, p.Price })
                        .ToListAsync()|};
                    var inStock = await db.Products.Where(p => p.InStock).Select(p => p.Name).ToListAsync();
                    var system = "You sell furniture.\nProducts (JSON): " + JsonSerializer.Serialize(products) + "\nIn stock: " + JsonSerializer.Serialize(inStock);
                    return await chat.GetResponseAsync([new ChatMessage(ChatRole.System, {|#0:system|}), new ChatMessage(ChatRole.User, question)]);
                }
            }
            """,
            Verify.Diagnostic(WholeDocumentAnalyzer.Rule).WithLocation(0).WithLocation(1).WithArguments("System prompt", "await db.Products .Select(p => new { p.Name, p.Price }) .ToListAsync()"));
    }

    [Fact]
    public async Task Filtered_queries_a_few_records_and_single_records_are_retrieval()
    {
        await VerifyAsync("""
            using System.Text;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.AI;
            public sealed class ShopAssistant(ShopDb db, IChatClient chat)
            {
                public async Task<ChatResponse> AskAsync(string question, int id)
                {
                    var matching = await db.Products.Where(p => p.Name.Contains(question)).ToListAsync();
                    var newest = await db.Products.OrderByDescending(p => p.Id).Take(5).ToListAsync();
                    var one = await db.Products.FirstOrDefaultAsync(p => p.Id == id);
                    var inStock = new StringBuilder();
                    foreach (var product in db.Products)
                    {
                        if (product.InStock)
                        {
                            inStock.AppendLine(product.Name);
                        }
                    }

                    var prompt = $"Matching: {string.Join(", ", matching.Select(p => p.Name))}\nNew: {string.Join(", ", newest.Select(p => p.Name))}\nAsked about: {one?.Name}\nIn stock: {inStock}";
                    return await chat.GetResponseAsync([new ChatMessage(ChatRole.System, "You sell furniture.\n" + prompt), new ChatMessage(ChatRole.User, question)]);
                }
            }
            """);
    }
}
