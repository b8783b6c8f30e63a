using System.Globalization;

namespace PiiScan.Ner;

/// <summary>
/// Word segmentation of the shipped model's tokenizer — the same as Microsoft.ML.Tokenizers' BertTokenizer with basic
/// tokenization on (regex <c>\w+|\p{P}</c> over UTF-16 code units, BMP CJK ideographs isolated) and as the Python
/// training recipe (<c>models/train/wordpiece.py</c>) — but with offsets into the ORIGINAL text: runs of word
/// characters (letters, Mn marks, decimal digits, <c>_</c> and other Pc) are words, every other punctuation character
/// is a word of its own, everything else (whitespace, symbols such as <c>$ + = |</c>, emoji, control characters)
/// only separates. (The library's BertTokenizer reports offsets into its normalized text and deletes tabs and
/// newlines, joining their neighbours, so the pipeline splits words here and lets the library's WordPiece handle
/// each word.)
/// </summary>
public static class BertPreTokenizer
{
    /// <summary>Appends the words of <paramref name="text"/> as (start, length) UTF-16 ranges.</summary>
    public static void Split(ReadOnlySpan<char> text, List<(int Start, int Length)> words)
    {
        var wordStart = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var kind = Classify(text[i]);
            if (kind == CharKind.Word)
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }
                continue;
            }
            if (wordStart >= 0)
            {
                words.Add((wordStart, i - wordStart));
                wordStart = -1;
            }
            if (kind == CharKind.Single)
            {
                words.Add((i, 1));
            }
        }
        if (wordStart >= 0)
        {
            words.Add((wordStart, text.Length - wordStart));
        }
    }

    private enum CharKind
    {
        Word,
        Separator,
        Single,
    }

    private static CharKind Classify(char c)
    {
        if (c < 128)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                return CharKind.Word;
            }
            // ASCII punctuation (\p{P}); ASCII symbols $ + < = > ^ ` | ~, whitespace and controls separate.
            return c is '!' or '"' or '#' or '%' or '&' or '\'' or '(' or ')' or '*' or ',' or '-' or '.' or '/' or ':' or ';'
                or '?' or '@' or '[' or '\\' or ']' or '{' or '}' ? CharKind.Single : CharKind.Separator;
        }
        if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF'))
        {
            return CharKind.Single;
        }
        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => CharKind.Word,
            UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.OtherPunctuation => CharKind.Single,
            _ => CharKind.Separator,
        };
    }
}
