using System.Collections.Frozen;
using PiiScan.Detection;
using PiiScan.Text;

namespace PiiScan.Ner;

/// <summary>
/// Turns the labels of a value's word pieces into entity spans: word-level labels (a word takes its first piece's),
/// the decoding priors (<see cref="BioTransitions"/>, <see cref="LexiconPrior"/>) when the model has them, span-edge
/// rules, and the span filters (<see cref="NerSpanFilter"/>). Stateless between calls: the buffers are the caller's <see cref="NerScratch"/>.
/// </summary>
internal sealed class NerWordDecoder(NerModel model, int unkId, int priorLabels)
{
    private readonly NerModel _model = model;
    private readonly int _priorLabels = priorLabels;

    private readonly EntityLabelIds _ids = model.Ids;

    private readonly WordLabelRules _labelRules = new(model);
    private readonly NerSpanFilter _spans = new(model);

    /// <summary>
    /// Adds the entity spans of the value <paramref name="text"/> (its tokens: <paramref name="count"/> from
    /// <paramref name="first"/>; its field's <paramref name="key"/> and <paramref name="path"/>, read for
    /// <see cref="FieldKeyHints"/> but for the keys in <paramref name="keysOff"/>) to <paramref name="output"/>. A word
    /// takes the label of its first piece (as in training), so an entity never starts or ends inside a word; the span score is the mean probability of its words
    /// (<see cref="NerSpanBuilder"/>: a lone punctuation mark neither starts nor ends a span).
    /// </summary>
    public void Decode(ReadOnlySpan<char> text, ReadOnlySpan<char> key, ReadOnlySpan<char> path, FrozenSet<string>? keysOff, NerScratch s, int first, int count, List<Detection.Detection> output)
    {
        var firstOutput = output.Count;
        var words = CollectWords(s, first, count, Math.Max(1, _priorLabels));
        var json = JsonKeyedStrings.LooksLikeJson(text);
        if (_priorLabels > 0)
        {
            s.HintRanges.Clear();
            FieldKeyHints.AddHintedValues(text, key, path, json, s.HintRanges, keysOff);
            RelabelWords(text, s, words, json);
        }
        _labelRules.Apply(text, s, words);
        var span = default(NerSpanBuilder);
        span.Begin(null);
        var notEntityUntil = -1;
        var afterCellBreak = false; // dropping a continuation across a cell separator
        var afterNonEntity = false; // dropping a continuation after a non-entity run
        s.KeyRanges.Clear();
        if (json)
        {
            JsonText.Keys(text, s.KeyRanges);
        }
        var keyRange = 0; // the first key range that does not end before word w
        for (var w = 0; w < words; w++)
        {
            var t = s.WordToken[w];
            var token = s.Tokens[t];
            var afterNonEntityWord = w > 0 && w - 1 <= notEntityUntil;
            if (w > notEntityUntil)
            {
                notEntityUntil = NonEntityWords.End(text, s, w, words, _model.Lexicon, _ids.PersonBegin);
            }
            while (keyRange < s.KeyRanges.Count && s.KeyRanges[keyRange].End <= token.Start)
            {
                keyRange++;
            }
            var inKey = keyRange < s.KeyRanges.Count && s.KeyRanges[keyRange].Start <= token.Start;
            var label = w <= notEntityUntil || inKey ? 0 : s.BestLabel[t]; // 0 is O (labels.json starts with it); a JSON key names a field
            if (label != 0 && !_model.IsBegin[label] && (afterNonEntity || afterNonEntityWord) && !char.IsUpper(s.WordText(text, w)[0]))
            {
                label = 0; // a lower-case continuation of a span that began on a non-entity word ("50 GB of storage": "of")
                afterNonEntity = true;
            }
            else
            {
                afterNonEntity = false;
            }
            // A line break, a table cell or field separator ('|', a tab, a comma glued to the words on both sides as
            // in a CSV row), a quote between two strings of JSON text or a sentence's full stop ends every span. What
            // the model continued across it is dropped, unless the next word is a listed name of the continued type:
            // that opens a new span.
            var cellBreak = w > 0 && WordBreaks.SpanBreakBefore(text, s, w, json);
            var opensCell = false;
            if ((cellBreak || afterCellBreak) && label != 0 && !_model.IsBegin[label])
            {
                opensCell = cellBreak && _model.Lexicon is { } lexicon && lexicon.HasBonus(s.WordText(text, w), label);
                afterCellBreak = !opensCell;
                label = opensCell ? label : 0;
            }
            else
            {
                afterCellBreak = false;
            }
            var entity = (uint)label < (uint)_model.EntityOfLabel.Length ? _model.EntityOfLabel[label] : null;
            if (entity is null || entity != span.Type || (_model.IsBegin[label] && !JoinsFirstName(text, s, w, entity, span.Words)) || opensCell)
            {
                _spans.Emit(text, ref span, output);
                span.Begin(entity);
            }
            var punctuation = EdgeWords.IsEdge(text, s, w, words);
            // The tokenizer maps a whole word to [UNK], so an unknown word is one piece.
            span.Add(token.Start, s.WordEnd[w], s.BestScore[t], punctuation, token.Id != unkId);
        }
        _spans.Emit(text, ref span, output);
        StreetLineParts.MarkTownsAfterStreets(text, output, firstOutput, _model.Lexicon, _model.Name, s.StreetLines);
        StateCodes.AddAfterPlaces(text, output, firstOutput, _model.Name);
    }

    // The value's words: first piece and end of each.
    private static int CollectWords(NerScratch s, int first, int count, int numLabels)
    {
        s.EnsureWords(count, numLabels);
        var words = 0;
        for (var t = first; t < first + count; t++)
        {
            if (!s.Tokens[t].Continuation)
            {
                s.WordToken[words++] = t;
            }
            s.WordEnd[words - 1] = s.Tokens[t].End;
        }
        return words;
    }

    // Word w opens a person's name right after a one-word person's name, a single space between two capitalized words
    // ("Ines Moreau" read as two names): it is the surname. Two people are never written so without a comma or "and".
    private static bool JoinsFirstName(ReadOnlySpan<char> text, NerScratch s, int w, string entity, int spanWords) =>
        entity == EntityTypes.Person && spanWords == 1 && w > 0 && s.GapAfter(text, w - 1) is " "
        && ChatDisplayName.IsCapitalizedWord(s.WordText(text, w - 1)) && ChatDisplayName.IsCapitalizedWord(s.WordText(text, w));

    // A capitalized word one space after word w, or "and", "or" or "&" and a capitalized word ("Barracuda and Kayangan
    // lakes"): word w may open a name of several words or a list of names; so may a word after a dash inside a line
    // ("Kozey - Green", a firm's name, not a list item).
    private static bool NameMayContinue(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        if (w >= 2 && s.WordText(text, w - 1) is "-" && !WordBreaks.BreakBefore(text, s, w - 1))
        {
            return true;
        }
        if (w + 1 >= words || s.GapAfter(text, w) is not " ")
        {
            return false;
        }
        var next = s.WordText(text, w + 1);
        return char.IsUpper(next[0])
            || (next is "and" or "or" or "&" && w + 2 < words && s.GapAfter(text, w + 1) is " " && char.IsUpper(s.WordText(text, w + 2)[0]));
    }

    // The relation noun before word w (RelationWords.NounBefore), else the word before it.
    private static ReadOnlySpan<char> RelationNoun(ReadOnlySpan<char> text, NerScratch s, int w) =>
        RelationWords.NounBefore(text, s, w) is >= 0 and var noun
            ? (s.WordText(text, noun) is "co" ? "coworker" : s.WordText(text, noun))
            : s.WordText(text, w - 1);

    // Where the network began a name on an ordinary word that opens the sentence and continued it on the next word,
    // a known name of any type ("Luckily Denver was clear": "Luckily" B-PERSON, "Denver" I-PERSON), the next word may
    // begin that name: its B- label of the type (begin) takes its I- label's probability too (log-sum), the I- label
    // stays.
    private void BeginAfterOrdinaryWord(Span<float> row, int begin)
    {
        var inside = _model.InsideOf[begin];
        var max = MathF.Max(row[begin], row[inside]);
        row[begin] = max + MathF.Log(MathF.Exp(row[begin] - max) + MathF.Exp(row[inside] - max));
    }

    // Replaces each word's argmax label by the Viterbi path over the value's units (per-unit argmax without
    // transitions), after the lexicon prior. A unit is a word, or a mention or hashtag (SigilUnit) whose two words take
    // one label; a word's score becomes the probability of its label's entity type (B- and I- together), or of O,
    // renormalized after the prior.
    private void RelabelWords(ReadOnlySpan<char> text, NerScratch s, int words, bool json)
    {
        var k = _priorLabels;
        var lexicon = _model.Lexicon;
        var hint = 0; // the first hinted value that does not end before word w
        var shouted = ShoutedText.IsShouted(text); // capitals there are the writing, not emphasis
        for (var w = 0; w < words; w++)
        {
            var row = s.WordLogProbs.AsSpan(w * k, k);
            s.BestLogProbs.AsSpan(s.WordToken[w] * k, k).CopyTo(row);
            if (lexicon is not null && !lexicon.Apply(s.WordText(text, w), row))
            {
                if (WordBreaks.OpensSentence(text, s, w))
                {
                    lexicon.ApplySentenceInitial(s.WordText(text, w), row, NameMayContinue(text, s, w, words));
                }
                else if (!shouted)
                {
                    lexicon.ApplyEmphasis(s.WordText(text, w), row);
                }
            }
            if (lexicon is not null && w > 0 && _model.IsBegin[s.BestLabel[s.WordToken[w - 1]]] && s.BestLabel[s.WordToken[w]] == _model.InsideOf[s.BestLabel[s.WordToken[w - 1]]]
                && s.GapAfter(text, w - 1) is " " && WordBreaks.OpensSentence(text, s, w - 1) && lexicon.IsListed(s.WordText(text, w - 1))
                && lexicon.IsOrdinary(s.WordText(text, w - 1), opensSentence: false) && lexicon.HasBonus(s.WordText(text, w), -1))
            {
                BeginAfterOrdinaryWord(row, s.BestLabel[s.WordToken[w - 1]]);
            }
            if (lexicon is not null && _ids.PersonBegin >= 0 && w > 0 && RelationWords.NameFollows(RelationNoun(text, s, w), s.WordText(text, w)))
            {
                row[_ids.PersonBegin] += RelationWords.Bonus;
            }
            else if (lexicon is not null && _ids.PersonBegin >= 0 && w > 0
                && RelationWords.LowerCaseNameFollows(w > 1 ? s.WordText(text, w - 2) : default, s.WordText(text, w - 1), s.WordText(text, w), lexicon, _ids) is > 0 and var lowerName)
            {
                row[_ids.PersonBegin] += RelationWords.Bonus;
                if (lowerName == 2 && _ids.PersonInside >= 0)
                {
                    row[_ids.PersonInside] += RelationWords.Bonus; // "mrs patterson" read as one name; the title is trimmed later
                }
            }
            if (lexicon is not null && _ids.PersonBegin >= 0 && (CompanionWords.NameAt(text, s, w, words, lexicon, _ids) || PairedNames.NameAt(text, s, w, words, lexicon, _ids)))
            {
                row[_ids.PersonBegin] += CompanionWords.Bonus;
            }
            if (lexicon is not null && _ids.PersonBegin >= 0 && IntroductionWords.NameAt(text, s, w, lexicon, _ids))
            {
                row[_ids.PersonBegin] += IntroductionWords.Bonus;
            }
            else if (lexicon is not null && _ids.PersonInside >= 0 && IntroductionWords.SurnameAt(text, s, w, lexicon, _ids))
            {
                row[_ids.PersonInside] += IntroductionWords.Bonus;
            }
            if (lexicon is not null && _ids.PersonBegin >= 0 && w > 0 && (GreetingWords.NameFollows(s.WordText(text, w - 1), s.WordText(text, w), w + 1 < words ? s.WordText(text, w + 1) : default, lexicon, _ids.PersonBegin)
                || GreetingWords.SignedNameAt(text, s, w, words, lexicon, _ids.PersonBegin)))
            {
                row[_ids.PersonBegin] += GreetingWords.Bonus;
            }
            if (lexicon is not null && _ids.LocationBegin >= 0 && w > 0 && PlacePrepositions.PlaceFollows(s.WordText(text, w - 1), s.WordText(text, w), lexicon, _ids.LocationBegin, _ids.PersonBegin))
            {
                row[_ids.LocationBegin] += PlacePrepositions.Bonus;
            }
            else if (lexicon is not null && _ids.LocationBegin >= 0 && TravelWords.PlaceAt(text, s, w, words, lexicon, _ids) is > 0 and var place)
            {
                row[place == 2 ? _ids.LocationInside : _ids.LocationBegin] += place == 3 ? TravelWords.ListedNameBonus : TravelWords.Bonus;
            }
            var start = s.Tokens[s.WordToken[w]].Start;
            while (hint < s.HintRanges.Count && s.HintRanges[hint].End <= start)
            {
                hint++;
            }
            if (hint < s.HintRanges.Count && s.HintRanges[hint].Start <= start && NameEdges.CountLetters(s.WordText(text, w)) >= 2)
            {
                AddHint(row, s.HintRanges[hint].Type);
            }
        }
        var units = 0;
        for (var w = 0; w < words; w++, units++)
        {
            var unit = s.UnitLogProbs.AsSpan(units * k, k);
            var unitStart = w;
            var sigil = EdgeWords.UnitSigil(text, s, w, words);
            s.UnitWord[units] = w;
            s.UnitSigil[units] = sigil;
            if (sigil != '\0')
            {
                lexicon?.ApplyHandleParts(s.WordText(text, w + 1), s.WordLogProbs.AsSpan((w + 1) * k, k));
                if (sigil == SigilUnit.Mention)
                {
                    _model.HandleTypes?.Apply(s.WordText(text, w + 1), s.WordLogProbs.AsSpan((w + 1) * k, k));
                }
                CombineUnit(sigil, s.WordLogProbs.AsSpan(w * k, k), s.WordLogProbs.AsSpan((w + 1) * k, k), unit, lexicon?.MentionBonus ?? 0);
                if (sigil == SigilUnit.Mention && lexicon is not null && lexicon.IsAnnotation(s.WordText(text, w + 1)))
                {
                    ForbidEntity(unit); // @Override, @media, @param: code
                }
                w++;
            }
            else
            {
                s.WordLogProbs.AsSpan(w * k, k).CopyTo(unit);
            }
            if (_model.Transitions is not null && unitStart > 0 && WordBreaks.SpanBreakBefore(text, s, unitStart, json))
            {
                // The search runs no span across a break (Decode would drop the rest: "Tariq Mahmood | Bellweather
                // Insurance" lost the company); per-unit argmax keeps Decode's drop rule.
                ForbidInside(unit);
            }
            else if (units > 0 && s.UnitSigil[units - 1] == SigilUnit.Mention)
            {
                // a mention ends at its handle, but for a display name's surname
                ForbidInside(unit, ChatDisplayName.Continues(text, s, s.UnitWord[units - 1] + 1, w, words, _model.Lexicon, _ids.PersonInside) ? EntityTypes.Person : null);
            }
        }
        if (_model.Transitions is { } transitions)
        {
            transitions.Decode(s.UnitLogProbs.AsSpan(0, units * k), units, s.UnitLabel.AsSpan(0, units), s.Back.AsSpan(0, units * k), s.ViterbiScore);
        }
        else
        {
            for (var u = 0; u < units; u++)
            {
                s.UnitLabel[u] = ArgMax(s.UnitLogProbs.AsSpan(u * k, k));
            }
        }
        for (var u = 0; u < units; u++)
        {
            var label = s.UnitLabel[u];
            var type = _model.EntityOfLabel[label];
            var p = 0f;
            var total = 0f;
            for (var c = 0; c < k; c++)
            {
                var e = MathF.Exp(s.UnitLogProbs[(u * k) + c]);
                total += e;
                if (_model.EntityOfLabel[c] == type)
                {
                    p += e;
                }
            }
            var w = s.UnitWord[u];
            s.BestLabel[s.WordToken[w]] = label;
            s.BestScore[s.WordToken[w]] = p / total;
            if (s.UnitSigil[u] != '\0')
            {
                // The word after the sigil continues the unit's entity (or stays O with it).
                s.BestLabel[s.WordToken[w + 1]] = type is null ? 0 : _model.InsideOf[label];
                s.BestScore[s.WordToken[w + 1]] = p / total;
            }
        }
    }

    // Log-probabilities of a sigil + word unit from its two words' rows. O: both O. A mention is one entity from its
    // sigil (B-X, then I-X), never inside a longer one and never a street address, and gets the mention bonus; a
    // hashtag is an entity X when the model reads either the sigil as its start (B-X I-X) or the word alone (O B-X),
    // and may continue a name (I-X I-X).
    private void CombineUnit(char sigil, ReadOnlySpan<float> first, ReadOnlySpan<float> second, Span<float> unit, float mentionBonus)
    {
        var inside = _model.InsideOf;
        for (var c = 0; c < unit.Length; c++)
        {
            var type = _model.EntityOfLabel[c];
            if (type is null)
            {
                unit[c] = first[c] + second[c];
            }
            else if (inside[c] < 0)
            {
                unit[c] = float.NegativeInfinity;
            }
            else if (sigil == SigilUnit.Mention)
            {
                unit[c] = !_model.IsBegin[c] || type == EntityTypes.StreetAddress
                    ? float.NegativeInfinity
                    : first[c] + second[inside[c]] + mentionBonus;
            }
            else
            {
                unit[c] = _model.IsBegin[c]
                    ? LogAddExp(first[c] + second[inside[c]], first[0] + second[c])
                    : first[c] + second[c];
            }
        }
    }

    // A field key hints the word's type (FieldKeyHints): both its labels, so the value is one span of that type.
    private void AddHint(Span<float> row, string type)
    {
        var (begin, inside) = type switch
        {
            EntityTypes.Person => (_ids.PersonBegin, _ids.PersonInside),
            EntityTypes.Location => (_ids.LocationBegin, _ids.LocationInside),
            _ => (_ids.OrganizationBegin, _ids.OrganizationInside),
        };
        if (begin >= 0 && inside >= 0)
        {
            row[begin] += FieldKeyHints.Bonus;
            row[inside] += FieldKeyHints.Bonus;
        }
    }

    private void ForbidEntity(Span<float> row)
    {
        for (var c = 0; c < row.Length; c++)
        {
            if (_model.EntityOfLabel[c] is not null)
            {
                row[c] = float.NegativeInfinity;
            }
        }
    }

    // Rules out every I- label but those of type except (null: all).
    private void ForbidInside(Span<float> row, string? except = null)
    {
        for (var c = 0; c < row.Length; c++)
        {
            if (_model.EntityOfLabel[c] is { } type && !_model.IsBegin[c] && type != except)
            {
                row[c] = float.NegativeInfinity;
            }
        }
    }

    private static float LogAddExp(float a, float b)
    {
        var max = MathF.Max(a, b);
        return float.IsNegativeInfinity(max) ? max : max + MathF.Log(MathF.Exp(a - max) + MathF.Exp(b - max));
    }

    private static int ArgMax(ReadOnlySpan<float> row)
    {
        var best = 0;
        for (var j = 1; j < row.Length; j++)
        {
            if (row[j] > row[best])
            {
                best = j;
            }
        }
        return best;
    }
}
