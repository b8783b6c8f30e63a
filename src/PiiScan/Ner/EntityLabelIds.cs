using PiiScan.Detection;

namespace PiiScan.Ner;

/// <summary>
/// Class ids of the B- and I- labels of the three name types in a model's label set (-1 where the model has none),
/// which the decoding rules name directly.
/// </summary>
internal readonly record struct EntityLabelIds(
    int PersonBegin, int PersonInside, int LocationBegin, int LocationInside, int OrganizationBegin, int OrganizationInside)
{
    /// <summary>The ids in <paramref name="labels"/>.</summary>
    public static EntityLabelIds Of(IReadOnlyList<string> labels) => new(
        LexiconPrior.IndexOf(labels, "B-" + EntityTypes.Person), LexiconPrior.IndexOf(labels, "I-" + EntityTypes.Person),
        LexiconPrior.IndexOf(labels, "B-" + EntityTypes.Location), LexiconPrior.IndexOf(labels, "I-" + EntityTypes.Location),
        LexiconPrior.IndexOf(labels, "B-" + EntityTypes.Organization), LexiconPrior.IndexOf(labels, "I-" + EntityTypes.Organization));
}
