// MSBuild inline task (RoslynCodeTaskFactory, see RankTables.targets): turns a Microsoft.ML.Tokenizers.Data.* rank file
// into the prebuilt table PromptAnalyzers.Text embeds (BpeRanks reads it in place, with no parsing or hashing at load).
// Not compiled into any project of the solution.
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class WriteRankTable : Task
{
    // The layout, shared with src/PromptAnalyzers.Text/Tokens/BpeRanks.cs (a test checks every rank round-trips), all
    // little-endian:
    //   int32 magic 'PABR', int32 version, int32 tokenCount, int32 slotBits, int32 maxTokenLength, int32 blobLength,
    //   slot[1 << slotBits]: uint64 prefix (the token's first 8 bytes, zero-padded), int32 (length << 18) | (rank + 1)
    //                        (0 = empty slot), int32 offset of the token in the blob; open addressing, linear probing
    //   byte blob[blobLength]: the tokens' bytes in rank order
    // A token of up to 8 bytes is recognised from its slot alone; a longer one compares its tail in the blob.
    private const int Magic = 0x52424150; // "PABR"
    private const int Version = 2;
    private const int RankBits = 18;

    [Required]
    public string DataAssembly { get; set; } = "";

    [Required]
    public string ResourceName { get; set; } = "";

    [Required]
    public string OutputFile { get; set; } = "";

    public override bool Execute()
    {
        // Loaded from bytes: the file stays unlocked for the next restore, and the data assembly has no code we run.
        Assembly data = Assembly.Load(File.ReadAllBytes(DataAssembly));
        List<byte[]> tokens = ReadTokens(data);
        if (tokens.Count >= (1 << RankBits) - 1)
        {
            Log.LogError($"{ResourceName}: {tokens.Count} ranks do not fit in {RankBits} bits.");
            return false;
        }

        int slotBits = 1;
        while ((1 << slotBits) < tokens.Count * 5 / 4)
        {
            slotBits++;
        }

        var prefixes = new ulong[1 << slotBits];
        var metas = new int[1 << slotBits];
        var offsets = new int[1 << slotBits];
        var blob = new MemoryStream();
        int maxTokenLength = 0;
        int mask = metas.Length - 1;
        for (int rank = 0; rank < tokens.Count; rank++)
        {
            byte[] token = tokens[rank];
            int offset = (int)blob.Length;
            blob.Write(token, 0, token.Length);
            maxTokenLength = Math.Max(maxTokenLength, token.Length);
            if (token.Length == 0)
            {
                continue; // a gap in the ranks: no token has it
            }

            if (token.Length > 255)
            {
                Log.LogError($"{ResourceName}: token {rank} is longer than 255 bytes.");
                return false;
            }

            int slot = (int)(Hash(token) >> (64 - slotBits));
            while (metas[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            prefixes[slot] = Prefix(token);
            metas[slot] = (token.Length << RankBits) | (rank + 1);
            offsets[slot] = offset;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(OutputFile));
        using (var writer = new BinaryWriter(File.Create(OutputFile)))
        {
            foreach (int value in new[] { Magic, Version, tokens.Count, slotBits, maxTokenLength, (int)blob.Length })
            {
                writer.Write(value);
            }

            for (int slot = 0; slot < metas.Length; slot++)
            {
                writer.Write(prefixes[slot]);
                writer.Write(metas[slot]);
                writer.Write(offsets[slot]);
            }

            writer.Write(blob.ToArray());
        }

        Log.LogMessage(MessageImportance.Low, $"{OutputFile}: {tokens.Count} ranks, 2^{slotBits} slots, longest token {maxTokenLength} bytes.");
        return true;
    }

    /// <summary>Token bytes by rank; an empty array for a rank no line has.</summary>
    private List<byte[]> ReadTokens(Assembly data)
    {
        using Stream deflated = data.GetManifestResourceStream(ResourceName) ?? throw new InvalidOperationException($"{DataAssembly} has no resource {ResourceName}.");
        using var reader = new StreamReader(new DeflateStream(deflated, CompressionMode.Decompress), Encoding.ASCII);
        var tokens = new List<byte[]>(210_000);
        int nextRank = 0;
        string line;
        while ((line = reader.ReadLine()) != null)
        {
            // Microsoft.ML.Tokenizers' files open with "Capacity: N", then one base64 token a line in rank order;
            // tiktoken's own files have "<base64 token> <rank>". Both are read.
            if (line.Length == 0 || line.StartsWith("Capacity:", StringComparison.Ordinal))
            {
                continue;
            }

            int space = line.IndexOf(' ');
            byte[] token = Convert.FromBase64String(space < 0 ? line : line.Substring(0, space));
            int rank = space < 0 ? nextRank : int.Parse(line.Substring(space + 1), System.Globalization.CultureInfo.InvariantCulture);
            while (tokens.Count <= rank)
            {
                tokens.Add(Array.Empty<byte>());
            }

            tokens[rank] = token;
            nextRank = rank + 1;
        }

        return tokens;
    }

    /// <summary>The first 8 bytes, little-endian, zero-padded. Same as BpeRanks.Prefix.</summary>
    private static ulong Prefix(byte[] bytes)
    {
        ulong prefix = 0;
        for (int i = 0; i < bytes.Length && i < 8; i++)
        {
            prefix |= (ulong)bytes[i] << (8 * i);
        }

        return prefix;
    }

    /// <summary>The prefix and the length mixed, then FNV-1a over the bytes after 8, then a final mix. Same as BpeRanks.Hash.</summary>
    private static ulong Hash(byte[] bytes)
    {
        ulong h = (Prefix(bytes) * 0x9E3779B97F4A7C15) ^ ((ulong)bytes.Length * 0xC2B2AE3D27D4EB4F);
        for (int i = 8; i < bytes.Length; i++)
        {
            h = (h ^ bytes[i]) * 0x100000001B3;
        }

        h ^= h >> 29;
        return h * 0xBF58476D1CE4E5B9;
    }
}
