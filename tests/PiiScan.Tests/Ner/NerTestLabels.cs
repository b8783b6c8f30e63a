namespace PiiScan.Tests.Ner;

/// <summary>The shipped model's BIO labels, in <c>labels.json</c> order, for tests that build a model or lexicon by hand.</summary>
internal static class NerTestLabels
{
    public static readonly string[] All = ["O", "B-PERSON", "I-PERSON", "B-LOCATION", "I-LOCATION", "B-ORGANIZATION", "I-ORGANIZATION", "B-STREET_ADDRESS", "I-STREET_ADDRESS"];
}
