namespace PiiScan.Ner;

/// <summary>
/// Honorifics and titles before a person's name (<c>Mrs.</c>, <c>Dr</c>, <c>Coach</c>, <c>Frau</c>): by the training
/// data's convention a title is no part of the name it precedes.
/// </summary>
internal static class HonorificTitles
{
    // Titles are no part of a name (the training data's convention): where the network put an honorific inside a
    // span, the name starts after it ("Caller Mrs. Okafor", "Frau Schmidt"). Returns the offset of the name's start in
    // the span, 0 when no honorific is followed by more of it.
    internal static int NameStart(ReadOnlySpan<char> span)
    {
        var result = 0;
        var i = 0;
        while (i < span.Length)
        {
            var wordEnd = i;
            while (wordEnd < span.Length && char.IsLetter(span[wordEnd]))
            {
                wordEnd++;
            }
            if (wordEnd > i && IsTitleWord(span[i..wordEnd]))
            {
                var next = wordEnd < span.Length && span[wordEnd] == '.' ? wordEnd + 1 : wordEnd;
                var nameStart = next;
                while (nameStart < span.Length && span[nameStart] == ' ')
                {
                    nameStart++;
                }
                // A lower-case title goes before a lower-case name too ("dr. patel").
                if (nameStart > next && nameStart < span.Length && (char.IsUpper(span[nameStart]) || (char.IsLower(span[i]) && char.IsLetter(span[nameStart]))))
                {
                    result = nameStart;
                }
            }
            i = wordEnd;
            while (i < span.Length && !char.IsLetter(span[i]))
            {
                i++;
            }
        }
        return result;
    }

    // A span that ends in a title before a capitalized word ("Call Dr" + "Patel": the network read the title with the
    // word before it and the name apart) holds no name of its own: the title belongs to the name after it.
    internal static bool EndsBeforeName(ReadOnlySpan<char> text, int start, int end)
    {
        var wordStart = end;
        while (wordStart > start && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }
        if (wordStart == end || (wordStart > start && text[wordStart - 1] != ' ') || !IsTitleWord(text[wordStart..end]))
        {
            return false;
        }
        var next = end < text.Length && text[end] == '.' ? end + 1 : end;
        return next < text.Length && text[next] == ' ' && next + 1 < text.Length && char.IsUpper(text[next + 1]);
    }

    /// <summary>
    /// True when <paramref name="word"/> is an honorific that only a person's name follows (<c>Dr</c>, <c>Mrs</c>;
    /// not <c>Coach</c> or <c>President</c>, which also stand alone or before a team or country).
    /// </summary>
    internal static bool IsPersonal(ReadOnlySpan<char> word) =>
        word is "Mr" or "Mrs" or "Ms" or "Mx" or "Dr" or "Prof" or "MR" or "MRS" or "MS" or "DR";

    /// <summary>True when <paramref name="word"/> is a kin title a person's name follows (<c>Aunt</c>, <c>Grandpa</c>).</summary>
    internal static bool IsKin(ReadOnlySpan<char> word) =>
        word is "Aunt" or "Auntie" or "Aunty" or "Uncle" or "Grandma" or "Grandpa" or "Granny" or "Nana" or "Cousin";

    /// <summary>
    /// True when <paramref name="word"/> is a role noun written as a title before a first name in notes and tickets
    /// (<c>Caregiver Marisol</c>, <c>Babysitter Ingrid</c>); not the roles that are also surnames (<c>Driver</c>,
    /// <c>Guest</c>).
    /// </summary>
    internal static bool IsRole(ReadOnlySpan<char> word) => Roles.Contains(word);

    /// <summary>
    /// True when <paramref name="span"/> is one title or role word in capitals (<c>CALLER</c>, <c>AGENT</c>,
    /// <c>PATIENT</c>): a transcript's speaker label, which names no one.
    /// </summary>
    internal static bool IsShoutedTitle(ReadOnlySpan<char> span)
    {
        if (span.Length is < 2 or > 16)
        {
            return false;
        }
        Span<char> titleCase = stackalloc char[span.Length];
        titleCase[0] = span[0];
        for (var i = 1; i < span.Length; i++)
        {
            if (!char.IsUpper(span[i]))
            {
                return false;
            }
            titleCase[i] = char.ToLowerInvariant(span[i]);
        }
        return char.IsUpper(span[0]) && IsTitleWord(titleCase);
    }

    // A title (Titles), kin title (IsKin) or role noun (Roles): no part of the name after it.
    internal static bool IsTitleWord(ReadOnlySpan<char> word) => Titles.Contains(word) || Roles.Contains(word) || IsKin(word);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
            ["Babysitter", "Nanny", "Caregiver", "Carer", "Courier", "Cleaner", "Plumber", "Electrician", "Technician", "Tutor",
             "Reviewer", "Customer", "Client", "Tenant", "Landlord", "Landlady", "Patient", "Caller", "Neighbour", "Neighbor",
             "Colleague", "Intern", "Trainee", "Volunteer", "Resident"])
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
            ["Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Prof", "Mme", "Mlle", "Herr", "Herrn", "Frau", "Sr", "Sra", "Srta", "MR", "MRS", "MS", "DR",
             "mr", "mrs", "ms", "dr", "Coach", "CEO", "CFO", "CTO", "COO", "VP", "President", "Senator", "Sen", "Governor", "Gov", "Professor", "Officer", "Sgt", "Sergeant", "Detective", "Det", "Nurse", "Pastor", "Rev", "Reverend", "Sir", "Dame", "Judge", "Agent", "Chairman", "Chairwoman", "Councillor", "Councilor", "Cllr", "Mayor", "Father", "Fr", "Rabbi", "Imam", "Bishop", "Archbishop", "Deacon", "Vicar", "Sister", "Brother", "Señor", "Señora", "Señorita",
             "Senhor", "Senhora", "Signor", "Signora", "Signorina", "Monsieur", "Madame"])
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
