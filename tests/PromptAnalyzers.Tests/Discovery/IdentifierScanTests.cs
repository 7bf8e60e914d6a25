using PromptAnalyzers.Discovery;

namespace PromptAnalyzers.Tests.Discovery;

/// <summary>
/// The identifier scan behind the relevance gate (<see cref="IdentifierIndex.Scan(string, int, int, CancellationToken)"/>): every
/// name once, sorted, however large the file and however often it repeats its names, and nothing left over from the file
/// scanned before.
/// </summary>
public sealed class IdentifierScanTests
{
    [Fact]
    public void A_large_file_gives_each_of_its_names_once_in_order()
    {
        // 3,000 distinct names, each written three times, over many of the scan's 4,096-character reads.
        var names = Enumerable.Range(0, 3_000).Select(i => "field" + i).ToList();
        var code = string.Join("\n", names.Select(n => $"    private int {n} = {n}.Length + {n}.Count;"));

        var hashes = IdentifierIndex.Scan(code, 0, code.Length, CancellationToken.None);

        var expected = names.Concat(new[] { "private", "int", "Length", "Count" })
            .SelectMany(n => new[] { IdentifierIndex.Hash(n) })
            .Concat(names.Select(IdentifierIndex.AssignedHash)) // "fieldN =" is an assignment
            .Distinct()
            .OrderBy(h => h)
            .ToArray();
        Assert.Equal(expected, hashes);
    }

    [Fact]
    public void A_scan_holds_no_names_of_the_file_scanned_before_it()
    {
        var first = "var customerInvoice = LoadInvoices(customerId);";
        IdentifierIndex.Scan(first, 0, first.Length, CancellationToken.None);

        var second = "return total;";
        var hashes = IdentifierIndex.Scan(second, 0, second.Length, CancellationToken.None);

        Assert.Equal(new[] { IdentifierIndex.Hash("return"), IdentifierIndex.Hash("total") }.OrderBy(h => h), hashes);
    }

    [Theory]
    [InlineData("a", 0xe40c292cu)] // the published FNV-1a 32-bit test vectors (ASCII names hash as their bytes)
    [InlineData("foobar", 0xbf9cf968u)]
    public void A_name_hashes_to_its_32_bit_FNV_1a_value(string name, uint expected)
    {
        Assert.Equal(unchecked((int)expected), IdentifierIndex.Hash(name));

        // The scan hashes the same way, for names past ASCII too.
        foreach (var word in new[] { name, "Überprüfung" })
        {
            Assert.Equal(new[] { IdentifierIndex.Hash(word) }, IdentifierIndex.Scan(word, 0, word.Length, CancellationToken.None));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(17)]
    [InlineData(200)]
    [InlineData(5_000)]
    public void Hash_sort_orders_like_the_framework_sort(int count)
    {
        var random = new Random(count);
        var values = Enumerable.Range(0, count).Select(_ => random.Next(int.MinValue, int.MaxValue)).ToArray();
        var sorted = values.ToArray();
        Array.Sort(sorted);

        HashSort.Sort(values);

        Assert.Equal(sorted, values);
    }

    [Fact]
    public void Hash_sort_handles_runs_already_in_order_and_repeated_values()
    {
        var ascending = Enumerable.Range(0, 3_000).Select(i => i).ToArray();
        var descending = ascending.Reverse().ToArray();
        var repeated = Enumerable.Range(0, 3_000).Select(i => i % 7).ToArray();

        foreach (var values in new[] { ascending, descending, repeated })
        {
            var sorted = values.ToArray();
            Array.Sort(sorted);
            HashSort.Sort(values);
            Assert.Equal(sorted, values);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(3_000)]
    public void A_name_set_holds_each_hash_once_in_order(int count)
    {
        var random = new Random(count);
        var distinct = Enumerable.Range(0, count).Select(_ => random.Next(int.MinValue, int.MaxValue)).Append(0).Append(int.MinValue).Append(int.MaxValue).Distinct().ToArray();
        var input = distinct.Concat(distinct.Where((_, i) => i % 3 == 0)).OrderBy(_ => random.Next()).ToList();

        var set = NameSet.FromHashes(input);

        Assert.Equal(distinct.OrderBy(h => h), set.Hashes);
        Assert.All(distinct, h => Assert.True(set.Contains(h)));
        Assert.Equal(input.Count, input.Count(h => set.Contains(h)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4_090)]
    [InlineData(4_093)]
    [InlineData(4_094)]
    [InlineData(4_095)]
    [InlineData(4_096)]
    public void A_name_counts_as_assigned_when_spaces_or_tabs_then_a_single_equals_sign_follow_it(int padding)
    {
        // Placed so that names, spaces and '=' signs fall on either side of the scan's 4,096-character reads.
        var code = new string(' ', padding) + "alpha = 1; beta=2; gamma\t = 3; delta == 4; epsilon => 5; zeta\n= 6; eta += 7; theta =";

        var hashes = IdentifierIndex.Scan(code, 0, code.Length, CancellationToken.None);

        var assigned = new[] { "alpha", "beta", "gamma", "theta" };
        var notAssigned = new[] { "delta", "epsilon", "zeta", "eta" };
        Assert.All(assigned, n => Assert.Contains(IdentifierIndex.AssignedHash(n), hashes));
        Assert.All(notAssigned, n => Assert.DoesNotContain(IdentifierIndex.AssignedHash(n), hashes));
        Assert.All(assigned.Concat(notAssigned), n => Assert.Contains(IdentifierIndex.Hash(n), hashes));
    }
}
