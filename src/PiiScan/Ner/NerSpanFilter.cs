using PiiScan.Detection;
using PiiScan.Text;

namespace PiiScan.Ner;

/// <summary>
/// The last step of <see cref="NerWordDecoder"/>: one decoded span in, zero or more detections out. Moves a span's
/// edges (punctuation, honorifics, lower-case words, trailing place nouns, state codes), corrects its type (legal
/// forms, street names, lexicon companies and places) and splits it (a name before a street line, the town after it,
/// a list of full names), then drops what names nothing (job titles, departments, articles, one letter, digits).
/// </summary>
internal sealed class NerSpanFilter(NerModel model)
{
    private readonly NerModel _model = model;
    private readonly EntityLabelIds _ids = model.Ids;

    /// <summary>
    /// Adds the span in <paramref name="builder"/> to <paramref name="output"/> after the edge and type rules, or
    /// nothing when a filter rules it out. A span made only of [UNK] words (scripts the model never saw, e.g. CJK) is
    /// a guess from context alone and is dropped.
    /// </summary>
    public void Emit(ReadOnlySpan<char> text, ref NerSpanBuilder builder, List<Detection.Detection> output)
    {
        var type = builder.Type;
        if (type is null || builder.Words == 0 || !builder.Known)
        {
            return;
        }
        var start = builder.Start;
        var end = builder.End;
        var score = builder.ScoreSum / builder.Words;
        if (type == EntityTypes.Person && StreetLineParts.EndsWithStreetName(text[start..end]))
        {
            type = EntityTypes.Location; // "the branch on George Street"
        }
        else if (type == EntityTypes.Location && NameEdges.IsInitialAndName(text[start..end]))
        {
            type = EntityTypes.Person; // "signed by D. Kaplan"
        }
        if (type is EntityTypes.Location or EntityTypes.Organization && StreetLineParts.HouseNumberStart(text, start, end) is >= 0 and var lineStart)
        {
            start = lineStart; // "at 8 Beaumont Close ends": a number and a street the network read as a place or a firm
            type = EntityTypes.StreetAddress;
        }
        if (type == EntityTypes.Person)
        {
            start += NameEdges.LeadingPunctuation(text[start..end]);
            start -= NameEdges.GluedInitialBefore(text, start);
            start -= NameEdges.MonthFirstNameBefore(text, start);
        }
        if (type is EntityTypes.Person or EntityTypes.Location or EntityTypes.Organization && LegalForms.ExtensionEnd(text, end) is > 0 and var formEnd)
        {
            end = formEnd;
            type = EntityTypes.Organization;
        }
        else if ((type is EntityTypes.Person or EntityTypes.Location || (type == EntityTypes.StreetAddress && !text[start..end].ContainsAnyInRange('0', '9')))
            && LegalForms.EndsWithOne(text[start..end], type == EntityTypes.Person))
        {
            type = EntityTypes.Organization;
        }
        if (type is EntityTypes.Person or EntityTypes.Location or EntityTypes.Organization)
        {
            end = start + NameEdges.WithoutSentencePeriod(text[start..end], type == EntityTypes.Organization);
        }
        if (type == EntityTypes.Location && LegalForms.IsAmpersandFirm(text[start..end], _model.Lexicon, _ids.LocationBegin))
        {
            type = EntityTypes.Organization;
        }
        else if (type == EntityTypes.Location && (end >= text.Length || text[end] != '-'))
        {
            // (a place the network ended inside a hyphenated name, "Sharm el" of "Sharm el-Sheikh", keeps its words)
            end = start + NameEdges.WithoutTrailingPlaceNouns(text[start..end]);
        }
        // One word before a comma and a state code is a town ("Toledo, OH" read as a person), but for the codes that
        // are also a clinician's credential after a name ("Jane Moss, MD", "Eli Cohen, PA").
        else if (type == EntityTypes.Person && !text[start..end].Contains(' ') && StateCodes.AfterComma(text, end) is { Start: >= 0 } stateCode
            && text.Slice(stateCode.Start, stateCode.Length) is not ("MD" or "PA"))
        {
            type = EntityTypes.Location;
        }
        if (type == EntityTypes.Location && StateCodes.Trailing(text[start..end]) is > 0 and var code)
        {
            var cityEnd = start + text[start..(start + code)].TrimEnd(' ').TrimEnd(',').TrimEnd(' ').Length;
            if (NameEdges.CountLetters(text[start..cityEnd]) >= 2)
            {
                output.Add(new Detection.Detection(start, cityEnd, type, score, NerRecognizer.RecognizerName, _model.Name));
            }
            start += code;
        }
        if (type == EntityTypes.Location && !StartsWithRegionWord(text[start..end]))
        {
            start += NameEdges.AfterLeadingLowerWords(text[start..end], _model.Lexicon); // "tajarz New Hampshire"
        }
        if (type == EntityTypes.Person)
        {
            start += NameEdges.AfterLeadingLowerWords(text[start..end], _model.Lexicon);
            end = start + NameEdges.WithoutTrailingLowerWords(text[start..end], _model.Lexicon);
            start += HonorificTitles.NameStart(text[start..end]);
        }
        if (type == EntityTypes.Organization)
        {
            var (lead, length) = NameEdges.CapitalizedCore(text[start..end]);
            start += lead;
            end = start + length;
            if (LegalForms.PartnerEnd(text, end, _model.Lexicon) is > 0 and var partnerEnd)
            {
                end = partnerEnd;
            }
        }
        else if (type == EntityTypes.StreetAddress)
        {
            start += StreetLineParts.StreetNumberStart(text[start..end], _model.Lexicon);
            if (StreetLineParts.LeadingName(text[start..end], _model.Lexicon, _ids.PersonBegin) is > 0 and var nameLength)
            {
                output.Add(new Detection.Detection(start, start + nameLength, EntityTypes.Person, score, NerRecognizer.RecognizerName, _model.Name));
                start += nameLength + 1;
                start += text[start..end].Length - text[start..end].TrimStart().Length;
            }
            var streetEnd = start + StreetLineParts.StreetEnd(text[start..end]);
            var pos = 0;
            while (streetEnd < end && PersonLists.NextPart(text[streetEnd..end], ref pos, out var partStart, out var partEnd))
            {
                output.Add(new Detection.Detection(streetEnd + partStart, streetEnd + partEnd, EntityTypes.Location, score, NerRecognizer.RecognizerName, _model.Name));
            }
            end = streetEnd;
        }
        var span = text[start..end];
        // A street line has a number; a street's name without one is a place ("a shop on Mill Road"), and ordinary
        // lower-case words are none ("Address change:").
        if (type == EntityTypes.StreetAddress && !span.ContainsAnyInRange('0', '9'))
        {
            if (NameEdges.IsOrdinaryLowerWords(span, _model.Lexicon))
            {
                return;
            }
            type = EntityTypes.Location;
        }
        if (type == EntityTypes.Person && PersonNamedCompanies.Contains(span))
        {
            type = EntityTypes.Organization;
        }
        else if (type is EntityTypes.Person or EntityTypes.Location && _model.Lexicon?.IsCompany(span) == true)
        {
            type = EntityTypes.Organization;
        }
        // A place whose last word is a listed company is the company's venue or brand ("Park Hyatt").
        else if (type == EntityTypes.Location && span.LastIndexOf(' ') is > 0 and var lastSpace && _model.Lexicon?.IsCompany(span[(lastSpace + 1)..]) == true)
        {
            type = EntityTypes.Organization;
        }
        // A park is a place ("training at Fitzgerald Park": the network read a club's ground as an organization).
        else if (type == EntityTypes.Organization && span.EndsWith(" Park", StringComparison.Ordinal))
        {
            type = EntityTypes.Location;
        }
        // A one-word organization that the lexicon lists as a place and never as an organization is the place
        // ("talks with Mongolia", "I'm Samoa"): the network calls countries that act organizations.
        else if (type == EntityTypes.Organization && _ids.LocationBegin >= 0 && _ids.OrganizationBegin >= 0 && _model.Lexicon is { } lex
            && !span.Contains(' ') && lex.HasBonus(span, _ids.LocationBegin) && !lex.HasBonus(span, _ids.OrganizationBegin))
        {
            type = EntityTypes.Location;
        }
        // Names and places have at least two letters; a person's name never contains digits, but a mention's
        // handle (`@jdoe77`, reported as one span with its `@`) may, nor does a one-word place (a postcode's "LS6"); a
        // job title alone names no one and no organization ("Senior Counsel | Whitlock & Hale LLP" gave PERSON
        // "Counsel", "Senior Buyer | ..." ORGANIZATION "Buyer"), nor does a department ("Head of Finance") or a speaker label ("CALLER:").
        if (NameEdges.CountLetters(span) < 2 || (type == EntityTypes.Location && NameEdges.IsArticleBeforeName(text, start, end))
            || (type is EntityTypes.Person or EntityTypes.Organization && WorkplaceRoles.IsJobTitle(span))
            || WorkplaceRoles.IsDepartment(span)
            || (type == EntityTypes.Location && !span.Contains(' ') && span.ContainsAnyInRange('0', '9'))
            || (type == EntityTypes.Person && NameEdges.IsArticleBeforeLowerWord(text, start, end))
            || (type == EntityTypes.Person && HonorificTitles.EndsBeforeName(text, start, end))
            || (type == EntityTypes.Person && HonorificTitles.IsShoutedTitle(span))
            || (type == EntityTypes.Person && span[0] != '@' && span.ContainsAnyInRange('0', '9')))
        {
            return;
        }
        if (type == EntityTypes.Location && PlaceSplit(span) is ( > 0, > 0) split)
        {
            output.Add(new Detection.Detection(start, start + split.FirstEnd, type, score, NerRecognizer.RecognizerName, _model.Name));
            output.Add(new Detection.Detection(start + split.SecondStart, end, type, score, NerRecognizer.RecognizerName, _model.Name));
            return;
        }
        if (type == EntityTypes.Person && (PersonLists.IsListOfFullNames(span) || PersonLists.OpensSeries(text, start, end)))
        {
            var pos = 0;
            while (PersonLists.NextPart(span, ref pos, out var partStart, out var partEnd))
            {
                output.Add(new Detection.Detection(start + partStart, start + partEnd, type, score, NerRecognizer.RecognizerName, _model.Name));
            }
            return;
        }
        output.Add(new Detection.Detection(start, end, type, score, NerRecognizer.RecognizerName, _model.Name));
    }

    // A town and its region, state or country read as one place: where the first ends and the second starts in the
    // span, or (-1, -1). Across a comma ("North Tonawanda, New York"), or before a state's name without one ("Portland
    // Oregon", "miramar florida"; not after a region word, "southern Texas").
    private static (int FirstEnd, int SecondStart) PlaceSplit(ReadOnlySpan<char> span)
    {
        if (span.IndexOf(", ") is > 0 and var comma && char.IsUpper(span[comma + 2]) && span[(comma + 2)..].IndexOf(", ") < 0)
        {
            return (span[..comma].TrimEnd(' ').Length, comma + 2);
        }
        return !StartsWithRegionWord(span) && StateNames.TrailingStateStart(span) is > 0 and var state ? (state - 1, state) : (-1, -1);
    }

    // A place that opens with a lower-case region word ("southern Iraq", "western Anbar") keeps it, as the corpora do.
    private static bool StartsWithRegionWord(ReadOnlySpan<char> span) =>
        span.StartsWith("northern ", StringComparison.Ordinal) || span.StartsWith("southern ", StringComparison.Ordinal)
        || span.StartsWith("eastern ", StringComparison.Ordinal) || span.StartsWith("western ", StringComparison.Ordinal)
        || span.StartsWith("central ", StringComparison.Ordinal) || span.StartsWith("north", StringComparison.Ordinal)
        || span.StartsWith("south", StringComparison.Ordinal) || span.StartsWith("east ", StringComparison.Ordinal)
        || span.StartsWith("west ", StringComparison.Ordinal) || span.StartsWith("upstate ", StringComparison.Ordinal)
        || span.StartsWith("downtown ", StringComparison.Ordinal);
}
