using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// A place after a verb or noun of travel, moving or living and a preposition (<c>We are flying to Florence</c>,
/// <c>moved back to Adelaide</c>, <c>I live in Savannah</c>, <c>a train to Marrakesh</c>): the network read some towns
/// that are also first names there as persons. A capitalized word right after <c>to</c>, <c>in</c>, <c>from</c>,
/// <c>via</c> or <c>near</c> that follows such a word (with at most one of <c>back</c>, <c>out</c>, <c>over</c>,
/// <c>down</c>, <c>up</c> between) gets <see cref="Bonus"/> more on B-LOCATION unless it is an ordinary word
/// (<c>moved to Sales</c>), a weekday or month (<c>born in June</c>), listed as an organization and not as a place
/// (<c>moved to Google</c>), followed by a possessive (<c>going to Maria's wedding</c>), or a listed person's name after a
/// verb that also takes persons (<c>went to Sarah for help</c>); up to <see cref="MaxWords"/> - 1 capitalized words after
/// it, one space apart each and under the same exclusions, get as much on I-LOCATION (<c>I live in San Rafael</c>). A
/// known place that is also a person's name gets <see cref="ListedNameBonus"/> instead (<c>My flight to Florence</c>).
/// The travel words match in any case (<c>Flights to Toledo</c>); the going words only in lower case (<c>Go to
/// Goldstar.com</c>, <c>Returned via Parcelly</c>). <c>ticket</c> is no travel word: a support ticket comes from and
/// goes to persons (<c>Ticket from Yuki Sato</c>).
/// <c>models/train/lexicon.py</c> (<c>travel_place</c>) does the same for <c>evaluate.py</c>.
/// </summary>
internal static class TravelWords
{
    /// <summary>Added to B-LOCATION of such a word: a prior odds factor of e^5, as after a place preposition.</summary>
    public const float Bonus = 5f;

    /// <summary>
    /// Added instead of <see cref="Bonus"/> to B-LOCATION of a known place that the lexicon lists as a person's name
    /// (<see cref="LexiconPrior.IsPlaceName"/>: <c>My flight to Florence</c>, <c>she lives in Jackson</c>) after a
    /// travel word (not a going word) and <c>to</c>, <c>in</c>, <c>via</c> or <c>near</c>: the travel bonus plus the
    /// lexicon's person bonus of 5, which would otherwise cancel it. Not after <c>from</c>, which also comes before a
    /// person handing something over (<c>moved from Jackson to Priya</c>).
    /// </summary>
    public const float ListedNameBonus = Bonus + 5f;

    /// <summary>The most words of a place the bonus reaches.</summary>
    public const int MaxWords = 3;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Verbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["fly", "flies", "flew", "flown", "flying", "flight", "flights", "travel", "travels", "travelled", "traveled", "travelling",
         "traveling", "trip", "trips", "journey", "move", "moves", "moved", "moving", "relocate", "relocates", "relocated",
         "relocating", "emigrate", "emigrated", "emigrating", "drive", "drives", "drove", "driven", "driving", "commute",
         "commutes", "commuting", "live", "lives", "lived", "living", "based", "born", "located", "stay", "stays", "stayed",
         "staying", "reside", "resides", "resided", "residing", "holiday", "holidays", "vacation", "vacationing", "train",
         "trains", "bus", "buses", "ferry", "ferries", "cruise", "cruises"]).GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs that also take persons ("went to Sarah for help", "returned to Ahmed the money"): before them only a word
    // the lexicon does not list as a person's name, or lists as a place too, counts.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GoingVerbs = FrozenSet.Create(StringComparer.Ordinal,
        ["go", "goes", "going", "went", "head", "heads", "headed", "heading", "return", "returns", "returned", "returning"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions =
        FrozenSet.Create(StringComparer.Ordinal, ["to", "in", "from", "via", "near"]).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles =
        FrozenSet.Create(StringComparer.Ordinal, ["back", "out", "over", "down", "up"]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// 1 when word <paramref name="w"/> opens such a place (it is capitalized, follows a travel word and a preposition
    /// one space apart each, a particle between them allowed, and is no ordinary word, calendar word or organization
    /// only), 3 when it opens one that takes <see cref="ListedNameBonus"/>, 2 when it continues one, else 0.
    /// </summary>
    public static int PlaceAt(ReadOnlySpan<char> text, NerScratch s, int w, int words, LexiconPrior lexicon, EntityLabelIds ids)
    {
        for (var first = w; first > w - MaxWords && first >= 2; first--)
        {
            if (!MayBePlace(s.WordText(text, first), lexicon, ids) || (first < w && s.GapAfter(text, first) is not " "))
            {
                return 0;
            }
            if (TravelWordBefore(text, s, first) is var verb and >= 0)
            {
                var word = s.WordText(text, first);
                var person = GoingVerbs.Contains(s.WordText(text, verb)) && lexicon.HasBonus(word, ids.PersonBegin) && !lexicon.HasBonus(word, ids.LocationBegin);
                if (person || s.PossessiveAfter(text, w, words))
                {
                    return 0;
                }
                return first < w ? 2
                    : Verbs.Contains(s.WordText(text, verb)) && s.WordText(text, w - 1) is not "from" && lexicon.IsPlaceName(word) && lexicon.HasBonus(word, ids.PersonBegin) ? 3
                    : 1;
            }
        }
        return 0;
    }

    // The travel or going verb before the preposition before word w, or -1.
    private static int TravelWordBefore(ReadOnlySpan<char> text, NerScratch s, int w)
    {
        if (!Prepositions.Contains(s.WordText(text, w - 1)) || s.GapAfter(text, w - 1) is not " " || s.GapAfter(text, w - 2) is not " ")
        {
            return -1;
        }
        var verb = w - 2;
        if (Particles.Contains(s.WordText(text, verb)) && verb > 0 && s.GapAfter(text, verb - 1) is " ")
        {
            verb--;
        }
        return Verbs.Contains(s.WordText(text, verb)) || GoingVerbs.Contains(s.WordText(text, verb)) ? verb : -1;
    }

    private static bool MayBePlace(ReadOnlySpan<char> word, LexiconPrior lexicon, EntityLabelIds ids) =>
        ChatDisplayName.IsCapitalizedWord(word) && !lexicon.IsOrdinary(word, opensSentence: true) && !WordLabelRules.CalendarWords.Contains(word)
        && (ids.OrganizationBegin < 0 || !lexicon.HasBonus(word, ids.OrganizationBegin) || lexicon.HasBonus(word, ids.LocationBegin));
}
