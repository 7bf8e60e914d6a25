using System;
using System.IO;
using Microsoft.CodeAnalysis.Text;

namespace PromptAnalyzers.Rules.FineTuning;

/// <summary>A forward-only <see cref="TextReader"/> over a <see cref="SourceText"/> that copies chunks and never builds the whole string.</summary>
internal sealed class SourceTextReader : TextReader
{
    private readonly SourceText _text;
    private int _position;

    public SourceTextReader(SourceText text)
    {
        _text = text;
    }

    public override int Peek() => _position < _text.Length ? _text[_position] : -1;

    public override int Read() => _position < _text.Length ? _text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        int take = Math.Min(count, _text.Length - _position);
        if (take <= 0)
        {
            return 0;
        }

        _text.CopyTo(_position, buffer, index, take);
        _position += take;
        return take;
    }
}
