using System.Collections.Concurrent;
using Microsoft.ML.Tokenizers;

namespace PiiScan.Ner;

/// <summary>
/// Cased BERT tokenization with exact offsets: <see cref="BertPreTokenizer"/> splits words in the original text,
/// words are looked up in NFC form, and
/// Microsoft.ML.Tokenizers' <see cref="BertTokenizer"/> (basic tokenization off) turns each word into word pieces.
/// Piece offsets come from the vocabulary (a piece covers its text without <c>##</c>; <c>[UNK]</c> covers the word).
/// Words repeat heavily in logs, so piece ids are cached per word. Thread-safe.
/// </summary>
public sealed class WordPieceEncoder
{
    private const int MaxCacheEntries = 200_000;

    private readonly BertTokenizer _tokenizer;
    private readonly int[] _pieceLength;
    private readonly ConcurrentDictionary<string, int[]> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Loads <c>vocab.txt</c> (one piece per line; the line number is the id).</summary>
    public WordPieceEncoder(string vocabPath)
    {
        _tokenizer = BertTokenizer.Create(vocabPath, new BertOptions
        {
            LowerCaseBeforeTokenization = false,
            ApplyBasicTokenization = false,
            SplitOnSpecialTokens = false,
            RemoveNonSpacingMarks = false,
            IndividuallyTokenizeCjk = false,
        });
        var lines = File.ReadAllLines(vocabPath);
        _pieceLength = new int[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var piece = lines[i];
            _pieceLength[i] = piece.StartsWith("##", StringComparison.Ordinal) ? piece.Length - 2 : piece.Length;
        }
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        VocabSize = lines.Length;
    }

    /// <summary>Vocabulary size.</summary>
    public int VocabSize { get; }

    /// <summary>Id of <c>[CLS]</c>.</summary>
    public int ClsId => _tokenizer.ClassificationTokenId;

    /// <summary>Id of <c>[SEP]</c>.</summary>
    public int SepId => _tokenizer.SeparatorTokenId;

    /// <summary>Id of <c>[PAD]</c>.</summary>
    public int PadId => _tokenizer.PaddingTokenId;

    /// <summary>Id of <c>[UNK]</c>.</summary>
    public int UnkId => _tokenizer.UnknownTokenId;

    /// <summary>Appends the word pieces of <paramref name="text"/> (no special tokens).</summary>
    public void Encode(ReadOnlySpan<char> text, List<NerToken> tokens, List<(int Start, int Length)> wordScratch)
    {
        wordScratch.Clear();
        BertPreTokenizer.Split(text, wordScratch);
        foreach (var (start, length) in wordScratch)
        {
            var word = text.Slice(start, length);
            if (NeedsNormalization(word, out var nfc))
            {
                // Words are looked up in NFC form (as in training); a word whose NFC form has another length cannot
                // be split by piece lengths, so each of its pieces covers the whole word.
                var first = true;
                foreach (var id in PieceIds(nfc))
                {
                    tokens.Add(new NerToken(id, start, start + length, !first));
                    first = false;
                }
                continue;
            }
            var ids = PieceIds(word);
            var offset = start;
            for (var i = 0; i < ids.Length; i++)
            {
                var id = ids[i];
                var rest = start + length - offset;
                var len = id == UnkId || i == ids.Length - 1 ? rest : Math.Min(_pieceLength[id], rest);
                tokens.Add(new NerToken(id, offset, offset + len, i > 0));
                offset += len;
            }
        }
    }

    private static bool NeedsNormalization(ReadOnlySpan<char> word, out string nfc)
    {
        nfc = "";
        // Only combining marks (U+0300 and up) and precomposable sequences can change under NFC.
        if (!word.ContainsAnyExceptInRange('\u0000', '\u02FF'))
        {
            return false;
        }
        var s = word.ToString();
        if (s.IsNormalized(System.Text.NormalizationForm.FormC))
        {
            return false;
        }
        nfc = s.Normalize(System.Text.NormalizationForm.FormC);
        return true;
    }

    private int[] PieceIds(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var cached))
        {
            return cached;
        }
        var ids = _tokenizer.EncodeToIds(word, addSpecialTokens: false, considerPreTokenization: false, considerNormalization: false);
        var array = new int[ids.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = ids[i];
        }
        if (_cache.Count >= MaxCacheEntries)
        {
            _cache.Clear();
        }
        _lookup.TryAdd(word, array);
        return array;
    }
}
