using System.Globalization;
using System.Text;

namespace PiiScan.Ner;

/// <summary>
/// BERT's basic tokenization (cased): drops control characters, splits on whitespace and punctuation and isolates
/// CJK ideographs — exactly as the Python training recipe does — but keeps offsets into the ORIGINAL text.
/// (Microsoft.ML.Tokenizers' BertTokenizer reports offsets into its normalized text and joins words across tabs,
/// so the pipeline splits words here and lets the library's WordPiece handle each word.)
/// </summary>
public static class BertPreTokenizer
{
    /// <summary>Appends the words of <paramref name="text"/> as (start, length) UTF-16 ranges.</summary>
    public static void Split(ReadOnlySpan<char> text, List<(int Start, int Length)> words)
    {
        var wordStart = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
                consumed = 1;
            }
            var kind = Classify(rune);
            if (kind == CharKind.Word)
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }
            }
            else
            {
                if (wordStart >= 0)
                {
                    words.Add((wordStart, i - wordStart));
                    wordStart = -1;
                }
                if (kind is CharKind.Punctuation or CharKind.Cjk)
                {
                    words.Add((i, consumed));
                }
            }
            i += consumed;
        }
        if (wordStart >= 0)
        {
            words.Add((wordStart, text.Length - wordStart));
        }
    }

    private enum CharKind
    {
        Word,
        Space,
        Skip,
        Punctuation,
        Cjk,
    }

    private static CharKind Classify(Rune r)
    {
        var v = r.Value;
        if (v is ' ' or '\t' or '\n' or '\r')
        {
            return CharKind.Space;
        }
        if (v is 0 or 0xFFFD)
        {
            return CharKind.Skip;
        }
        if (v < 128)
        {
            if (v is (>= 33 and <= 47) or (>= 58 and <= 64) or (>= 91 and <= 96) or (>= 123 and <= 126))
            {
                return CharKind.Punctuation;
            }
            return v < 32 || v == 127 ? CharKind.Skip : CharKind.Word;
        }
        if (IsCjk(v))
        {
            return CharKind.Cjk;
        }
        var cat = Rune.GetUnicodeCategory(r);
        return cat switch
        {
            UnicodeCategory.SpaceSeparator => CharKind.Space,
            UnicodeCategory.Control or UnicodeCategory.Format => CharKind.Skip,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => CharKind.Punctuation,
            _ => CharKind.Word,
        };
    }

    private static bool IsCjk(int cp) =>
        cp is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2A6DF)
            or (>= 0x2A700 and <= 0x2B73F) or (>= 0x2B740 and <= 0x2B81F) or (>= 0x2B820 and <= 0x2CEAF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0x2F800 and <= 0x2FA1F);
}
