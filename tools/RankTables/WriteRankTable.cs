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
    // The layout, shared with src/PromptAnalyzers.Text/Tokens/BpeRanks.cs (a test checks every rank round-trips):
    //   int32 magic 'PABR', int32 version, int32 tokenCount, int32 slotBits, int32 maxTokenLength, int32 blobLength,
    //   int32 slots[1 << slotBits]      0 = empty, else (tag << RankBits) | (rank + 1), open addressing, linear probing
    //   int32 offsets[tokenCount + 1]  token r is blob[offsets[r] .. offsets[r + 1])
    //   byte  blob[blobLength]
    // all little-endian.
    private const int Magic = 0x52424150; // "PABR"
    private const int Version = 1;
    private const int RankBits = 18;
    private const int TagBits = 32 - RankBits;

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

        var slots = new int[1 << slotBits];
        var offsets = new int[tokens.Count + 1];
        var blob = new MemoryStream();
        int maxTokenLength = 0;
        for (int rank = 0; rank < tokens.Count; rank++)
        {
            byte[] token = tokens[rank];
            offsets[rank] = (int)blob.Length;
            blob.Write(token, 0, token.Length);
            maxTokenLength = Math.Max(maxTokenLength, token.Length);
            if (token.Length == 0)
            {
                continue; // a gap in the ranks: no token has it
            }

            uint hash = Hash(token);
            int mask = slots.Length - 1;
            int slot = (int)(hash >> (32 - slotBits));
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = (int)(((hash & ((1u << TagBits) - 1)) << RankBits) | (uint)(rank + 1));
        }

        offsets[tokens.Count] = (int)blob.Length;
        Directory.CreateDirectory(Path.GetDirectoryName(OutputFile));
        using (var writer = new BinaryWriter(File.Create(OutputFile)))
        {
            foreach (int value in new[] { Magic, Version, tokens.Count, slotBits, maxTokenLength, (int)blob.Length })
            {
                writer.Write(value);
            }

            foreach (int value in slots)
            {
                writer.Write(value);
            }

            foreach (int value in offsets)
            {
                writer.Write(value);
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

    /// <summary>FNV-1a, then a multiplicative mix so the high bits (the slot) depend on every byte. Same as BpeRanks.Hash.</summary>
    private static uint Hash(byte[] bytes)
    {
        uint h = 2166136261;
        foreach (byte b in bytes)
        {
            h = (h ^ b) * 16777619;
        }

        return h * 0x9E3779B1;
    }
}
