namespace PiiScan.Ner;

/// <summary>
/// Greetings of two words in the other languages the product reads (<c>Bom dia</c>, <c>Buenos días</c>, <c>Guten
/// Morgen</c>, <c>Bonne soirée</c>): no entity, in any capitalization. The network read <c>Bom Dia</c> and <c>Guten
/// Morgen</c> as persons and <c>Buenos</c> as a place.
/// </summary>
internal static class GreetingPhrases
{
    private static readonly (string First, string Second)[] Phrases =
    [
        ("bom", "dia"), ("boa", "tarde"), ("boa", "noite"), ("buenos", "días"), ("buenos", "dias"), ("buenas", "tardes"),
        ("buenas", "noches"), ("buon", "giorno"), ("buona", "sera"), ("buona", "notte"), ("guten", "morgen"), ("guten", "tag"),
        ("guten", "abend"), ("gute", "nacht"), ("goede", "morgen"), ("bonne", "journée"), ("bonne", "soirée"),
        ("bonne", "nuit"),
    ];

    /// <summary>The greeting's last word when word <paramref name="w"/> opens one, else -1.</summary>
    public static int End(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        if (w + 1 >= words || s.GapAfter(text, w) is not " ")
        {
            return -1;
        }
        var first = s.WordText(text, w);
        var second = s.WordText(text, w + 1);
        foreach (var (a, b) in Phrases)
        {
            if (first.Equals(a, StringComparison.OrdinalIgnoreCase) && second.Equals(b, StringComparison.OrdinalIgnoreCase))
            {
                return w + 1;
            }
        }
        return -1;
    }
}
