using System.Collections.Frozen;
using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using PiiScan.Text;

namespace PiiScan.Ner;

/// <summary>
/// Field names that hint what a short value is (<c>"contact": "Eamon Doyle"</c>, <c>"region": "Andalusia"</c>,
/// <c>"brand": "Lumen"</c>), as column names guide structured-data scanners, where the key alone does not decide it
/// (<see cref="Detection.Recognizers.FieldKeyRecognizer"/> reports the values of keys that do). The network reads a
/// value alone, or inside a JSON record held as text, without knowing its key, and missed or mistyped such values (a
/// person inside a three-field record got p = 0.00; <c>Andalusia</c> under <c>region</c> read as a person). The words
/// (2+ letters) of a short value under a hinting key get <see cref="Bonus"/> on the hinted type's labels, as the other
/// context cues do (<see cref="RelationWords"/>, <see cref="PlacePrepositions"/>), so a sure O stays O
/// (<c>"contact": "Front Desk"</c>). A key's head (<see cref="FieldKeyParts.Head"/>) decides; keys that often hold
/// user names, teams, states of a process, devices or accounts (<c>user</c>, <c>owner</c>, <c>state</c>,
/// <c>driver</c>, <c>agent</c>, <c>tenant</c>) and the travel pair <c>from</c>/<c>to</c> (places or persons) hint
/// nothing.
/// </summary>
internal static class FieldKeyHints
{
    /// <summary>Added to the hinted type's B- and I- labels of each word of a hinted value: a prior odds factor of e^5, as for the other context cues.</summary>
    public const float Bonus = 5f;

    /// <summary>A value of more words is text, not a name or place; its key hints nothing.</summary>
    public const int MaxWords = 6;

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Heads = BuildHeads().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The entity type that a value under <paramref name="key"/> names (<see cref="EntityTypes.Person"/>,
    /// <see cref="EntityTypes.Location"/> or <see cref="EntityTypes.Organization"/>), or null.
    /// <paramref name="parent"/> is the key of the enclosing object, read when <paramref name="key"/> is a bare name;
    /// a key in <paramref name="keysOff"/> (<see cref="FoldKeys"/>) hints nothing, nor does a bare name under one.
    /// </summary>
    public static string? TypeOf(ReadOnlySpan<char> key, ReadOnlySpan<char> parent = default, FrozenSet<string>? keysOff = null)
    {
        if (keysOff is { Count: > 0 } && IsOff(key, parent, keysOff))
        {
            return null;
        }
        Span<char> head = stackalloc char[FieldKeyParts.MaxKey];
        return Heads.TryGetValue(head[..FieldKeyParts.Head(key, parent, head, out _)], out var type) ? type : null;
    }

    /// <summary>
    /// Adds to <paramref name="ranges"/> the hinted values of a field: the whole value when its key (or, for a bare
    /// name, its parent's) hints a type (key start -1: the key is not in the text); for a value that holds JSON text
    /// (<paramref name="json"/>), each of its string values under a hinting key (<see cref="JsonKeyedStrings"/>), with
    /// where that key starts. A hinted value has at most <see cref="MaxWords"/> words and is no placeholder (<c>N/A</c>,
    /// <c>unknown</c>).
    /// </summary>
    public static void AddHintedValues(ReadOnlySpan<char> text, ReadOnlySpan<char> key, ReadOnlySpan<char> path, bool json, List<(int KeyStart, int Start, int End, string Type)> ranges, FrozenSet<string>? keysOff = null)
    {
        if (!json)
        {
            if (!key.IsEmpty && IsHintable(text) && TypeOf(key, FieldKeyParts.ParentOf(path), keysOff) is { } type)
            {
                ranges.Add((-1, 0, text.Length, type));
            }
            return;
        }
        var strings = new JsonKeyedStrings(text);
        while (strings.MoveNext())
        {
            var (start, end) = strings.Value;
            if (!strings.KeyText.IsEmpty && IsHintable(text[start..end]) && TypeOf(strings.KeyText, strings.ParentText, keysOff) is { } type)
            {
                ranges.Add((strings.Key.Start, start, end, type));
            }
        }
    }

    /// <summary>
    /// Folds keys as <see cref="FieldKeyParts.Fold"/> does, for <c>keysOff</c>: keys whose values get no hint (a
    /// policy's <c>field_types</c> entry set to <c>none</c>).
    /// </summary>
    public static FrozenSet<string> FoldKeys(IEnumerable<string> keys)
    {
        var folded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var buffer = new char[key.Length];
            folded.Add(new string(buffer, 0, FieldKeyParts.Fold(key, buffer)));
        }
        return folded.ToFrozenSet(StringComparer.Ordinal);
    }

    // key is switched off, or is a bare name under a parent that is.
    private static bool IsOff(ReadOnlySpan<char> key, ReadOnlySpan<char> parent, FrozenSet<string> keysOff)
    {
        if (key.Length > FieldKeyParts.MaxKey)
        {
            return false;
        }
        var lookup = keysOff.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> folded = stackalloc char[FieldKeyParts.MaxKey];
        var k = folded[..FieldKeyParts.Fold(key, folded)];
        if (lookup.Contains(k))
        {
            return true;
        }
        return k is "name" && parent.Length is > 0 and <= FieldKeyParts.MaxKey && lookup.Contains(folded[..FieldKeyParts.Fold(parent, folded)]);
    }

    // A value short enough to be a name and no placeholder.
    private static bool IsHintable(ReadOnlySpan<char> value) =>
        JsonText.CountWords(value) is > 0 and <= MaxWords && !FieldKeyRecognizer.IsPlaceholder(value.Trim());

    private static FrozenDictionary<string, string> BuildHeads()
    {
        var heads = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in (string[])[
            "first", "last", "given", "family", "middle", "full", "maiden", "surname", "firstname", "lastname", "fullname",
            "givenname", "familyname", "middlename", "person", "customer", "client", "patient", "employee", "guest",
            "passenger", "traveler", "traveller", "applicant", "candidate", "student", "teacher", "physician", "doctor",
            "nurse", "dentist", "surgeon", "therapist", "clinician", "author", "authors", "sender", "recipient",
            "recipients", "requester", "requestor", "assignee", "assignees", "approver", "reviewer", "manager",
            "supervisor", "contact", "beneficiary", "insured", "policyholder", "holder", "cardholder", "signatory",
            "signer", "witness", "landlord", "lessee", "borrower", "cosigner", "guarantor", "spouse", "guardian",
            "kin", "caller", "callee", "attendee", "attendees", "participant", "participants", "buyer", "cc", "bcc",
        ])
        {
            heads[word] = EntityTypes.Person;
        }
        foreach (var word in (string[])[
            "city", "cities", "town", "village", "country", "countries", "region", "province", "county", "district",
            "municipality", "locality", "suburb", "neighborhood", "neighbourhood", "birthplace", "hometown",
            "destination", "location", "place",
        ])
        {
            heads[word] = EntityTypes.Location;
        }
        foreach (var word in (string[])[
            "company", "companies", "employer", "organization", "organisation", "org", "vendor", "vendors", "supplier",
            "merchant", "bank", "insurer", "carrier", "airline", "hotel", "hospital", "clinic", "school", "university",
            "college", "firm", "agency", "lender", "publisher", "manufacturer", "brand", "institution", "charity",
            "pharmacy", "issuer",
        ])
        {
            heads[word] = EntityTypes.Organization;
        }
        return heads.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
