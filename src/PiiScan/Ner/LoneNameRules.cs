namespace PiiScan.Ner;

/// <summary>
/// The person rules of <see cref="PersonNameRules"/> for names the network read as no entity, or ran on, in running
/// prose (session 28): names after relation nouns, lone given names, hashtag names, and headline verbs cut from
/// names. Stateless between calls; <see cref="PersonNameRules.Apply"/> calls each at its place in the rule order.
/// </summary>
internal sealed class LoneNameRules(NerModel model)
{
    private readonly NerModel _model = model;
    private readonly EntityLabelIds _ids = model.Ids;

    // A capitalized word after a possessive and a relation noun ("My neighbor Lular has one of these", "my co-worker
    // Knute": p(O) 0.93 and 1.00 in long texts, even with RelationWords.Bonus) is a person's name when the network read
    // it as no entity: no title, no ordinary word, no place or company, and a given name, a listed person's name or no
    // dictionary word ("my friend Bill" stays with the network, as "bill" is a word).
    public void MarkNamesAfterRelationNouns(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 2; w < words && _model.Lexicon is { } lexicon; w++)
        {
            var word = s.WordText(text, w);
            if (s.BestLabel[s.WordToken[w]] != 0 || !ChatDisplayName.IsCapitalizedWord(word) || s.GapAfter(text, w - 1) is not " "
                || RelationWords.NounBefore(text, s, w) is not (>= 1 and var noun) || !RelationWords.IsPossessive(s.WordText(text, noun - 1))
                || s.GapAfter(text, noun - 1) is not " " || HonorificTitles.IsTitleWord(word) || lexicon.IsOrdinary(word, opensSentence: true)
                || lexicon.IsKnownPlace(word, _ids.LocationBegin) || lexicon.HasBonus(word, _ids.OrganizationBegin) || lexicon.IsCompany(word)
                || !(lexicon.IsGivenName(word) || lexicon.HasBonus(word, _ids.PersonBegin) || !lexicon.IsDictionaryWord(word)))
            {
                continue;
            }
            WordLabels.MarkRun(s, w, w, _ids.PersonBegin, _ids.PersonInside, continues: false, PersonNameRules.MarkedNameScore);
        }
    }

    // A headline's or call to action's verb after a full name ("Sam Bruynseels Learn more", "Victor Ibarbo Warns
    // Cagliari"): the network ran the name on into it. The third or later word of a person's span whose lower-case form
    // is an ordinary word and that is itself no listed person's name nor an ordinary surname ("Stone"), before a
    // lower-case or capitalized word one space on, leaves the span; two names before it stay, so a surname of a
    // two-word name is never cut. The verb and the word before it have four letters or more: the short syllables of
    // East Asian names ("Kim Jong Ill", "Hao Bo He", "Nguyen Van Long") stay.
    public void CutTrailingVerbsFromNames(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 2; w + 1 < words && _model.Lexicon is { } lexicon; w++)
        {
            var word = s.WordText(text, w);
            if (s.BestLabel[s.WordToken[w]] != _ids.PersonInside || s.BestLabel[s.WordToken[w + 1]] == _ids.PersonInside
                || !WordLabels.HasLabel(s, w - 1, _ids.PersonBegin, _ids.PersonInside) || s.BestLabel[s.WordToken[w - 2]] != _ids.PersonBegin
                || s.GapAfter(text, w) is not " " || word.Length < 4 || s.WordText(text, w - 1).Length < 4
                || !ChatDisplayName.IsCapitalizedWord(word) || !lexicon.IsOrdinaryLowerCase(word)
                || lexicon.HasBonus(word, _ids.PersonBegin) || lexicon.IsGivenName(word) || OrdinarySurnames.Contains(word))
            {
                continue;
            }
            s.BestLabel[s.WordToken[w]] = 0;
        }
    }

    // A hashtag that spells a person's full name, read as no entity (HashtagNames).
    public void MarkHashtagNames(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 0; w + 1 < words && _model.Lexicon is { } lexicon; w++)
        {
            if (s.WordText(text, w) is "#" && s.TouchesNext(w) && s.BestLabel[s.WordToken[w]] == 0 && s.BestLabel[s.WordToken[w + 1]] == 0
                && SigilUnit.Of(text, s.Tokens[s.WordToken[w]].Start, s.Tokens[s.WordToken[w + 1]].Start, s.WordEnd[w + 1]) == SigilUnit.Hashtag
                && HashtagNames.IsName(s.WordText(text, w + 1), lexicon, _ids))
            {
                WordLabels.MarkRun(s, w, w + 1, _ids.PersonBegin, _ids.PersonInside, continues: false, PersonNameRules.MarkedNameScore);
                w++;
            }
        }
    }

    // A given name alone in prose that the network read as no entity (LoneGivenNames).
    public void MarkLoneGivenNames(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 0; w < words && _model.Lexicon is { } lexicon; w++)
        {
            if (LoneGivenNames.At(text, s, w, words, lexicon, _ids))
            {
                WordLabels.MarkRun(s, w, w, _ids.PersonBegin, _ids.PersonInside, continues: false, PersonNameRules.MarkedNameScore);
            }
        }
    }
}
