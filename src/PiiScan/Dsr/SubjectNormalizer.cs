using System.Globalization;
using System.Net;
using System.Text;
using PhoneNumbers;

namespace PiiScan.Dsr;

/// <summary>
/// Normalizes identifier values so that the same data subject hashes the same wherever and however it was
/// written: e-mail lower-cased, phone E.164 (libphonenumber, default region from the policy), SSN, card, bank
/// account and medical record digits only, IBAN upper-case without spaces, IP canonical text, person names without case, diacritics or extra spaces.
/// </summary>
public static class SubjectNormalizer
{
    /// <summary>Types written to the subject index.</summary>
    public static IReadOnlySet<string> IndexedTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE", "US_BANK_NUMBER", "MEDICAL_RECORD_NUMBER", "IP_ADDRESS", "PERSON",
    };

    /// <summary>Returns the normalized value, or null when <paramref name="type"/> is not indexed or the value is empty.</summary>
    public static string? Normalize(string type, ReadOnlySpan<char> value, string phoneRegion)
    {
        var s = value.Trim().ToString();
        if (s.Length == 0)
        {
            return null;
        }
        var normalized = type switch
        {
            "EMAIL_ADDRESS" => s.ToLowerInvariant(),
            "PHONE_NUMBER" => Phone(s, phoneRegion),
            "US_SSN" or "CREDIT_CARD" or "US_BANK_NUMBER" or "MEDICAL_RECORD_NUMBER" => Digits(s),
            "IBAN_CODE" => new string(s.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant(),
            "IP_ADDRESS" => IPAddress.TryParse(s, out var ip) ? ip.ToString() : s.ToLowerInvariant(),
            "PERSON" => Person(s),
            _ => null,
        };
        return string.IsNullOrEmpty(normalized) ? null : normalized;
    }

    private static string Digits(string s) => new(s.Where(char.IsAsciiDigit).ToArray());

    private static string Phone(string s, string region)
    {
        try
        {
            var util = PhoneNumberUtil.GetInstance();
            var number = util.Parse(s, string.IsNullOrEmpty(region) ? "US" : region);
            return util.Format(number, PhoneNumberFormat.E164);
        }
        catch (NumberParseException)
        {
            var digits = Digits(s);
            return s.TrimStart().StartsWith('+') ? "+" + digits : digits;
        }
    }

    // Latin letters with diacritics and their base letters: string.Normalize does not decompose under invariant
    // globalization (no ICU), so common Latin-1 and Latin Extended-A letters are folded with this table as well.
    private const string Accented = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽž";
    private const string Folded = "AAAAAAaaaaaaAaAaAaCcCcCcCcCcDdDdEEEEeeeeEeEeEeEeEeGgGgGgGgHhHhIIIIiiiiIiIiIiIiIJjKkLlLlLlLlLlNnNnNnNnOOOOOOooooooOoOoOoRrRrRrSsSsSsSsTtTtTtUUUUuuuuUuUuUuUuUuUuWwYyyYyYZzZzZz";

    private static string Person(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var i = c < 128 ? -1 : Accented.IndexOf(c, StringComparison.Ordinal);
            folded.Append(i >= 0 ? Folded[i] : c);
        }
        decomposed = folded.ToString();
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
