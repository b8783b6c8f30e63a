using PiiScan.Detection.Context;
using PiiScan.Detection.Validators;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Payment card numbers: 13-19 digits, compact or in consistent space/dash groups, Luhn-valid and inside a
/// known issuer range (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay).
/// </summary>
public sealed class CreditCardRecognizer : DigitSequenceRecognizer
{
    /// <summary>Creates the recognizer.</summary>
    public CreditCardRecognizer()
        : base("CreditCardRecognizer", EntityTypes.CreditCard, new ContextProfile(["card", "credit", "debit", "cc", "visa", "mastercard", "amex", "pan", "cardnumber", "payment"]), 13, 19)
    {
    }

    /// <inheritdoc />
    protected internal override void OnCandidate(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results, int start, int end, ReadOnlySpan<byte> digits, ReadOnlySpan<byte> groups, char separator)
    {
        if (groups.Length <= 5 && GroupsOk(groups, digits.Length) && IssuerOk(digits) && LuhnValidator.IsValid(digits))
        {
            Report(results, text, context, start, end, EntityTypes.CreditCard, separator == '\0' ? "card_compact" : "card_grouped", 0.95f);
        }
    }

    private static bool GroupsOk(ReadOnlySpan<byte> g, int n)
    {
        if (g.Length == 1)
        {
            return true;
        }
        if (g.Length == 3 && g[0] == 4 && g[1] == 6 && (g[2] == 5 || g[2] == 4))
        {
            return true; // Amex 4-6-5, Diners 4-6-4
        }
        for (int i = 0; i < g.Length - 1; i++)
        {
            if (g[i] != 4)
            {
                return false;
            }
        }
        return g[^1] is >= 1 and <= 4 && n >= 13;
    }

    /// <summary>True when the number's prefix and length match a known issuer.</summary>
    internal static bool IssuerOk(ReadOnlySpan<byte> d)
    {
        int len = d.Length;
        int p2 = (d[0] * 10) + d[1];
        int p3 = (p2 * 10) + d[2];
        int p4 = (p3 * 10) + d[3];
        if (d[0] == 4)
        {
            return len is 13 or 16 or 19; // Visa
        }
        if (p2 is >= 51 and <= 55 || p4 is >= 2221 and <= 2720)
        {
            return len == 16; // Mastercard
        }
        if (p2 is 34 or 37)
        {
            return len == 15; // Amex
        }
        if (p4 == 6011 || p2 == 65 || p3 is >= 644 and <= 649)
        {
            return len is >= 16 and <= 19; // Discover
        }
        if (p4 is >= 3528 and <= 3589)
        {
            return len is >= 16 and <= 19; // JCB
        }
        if (p2 is 36 or 38 || p3 is >= 300 and <= 305)
        {
            return len is >= 14 and <= 19; // Diners
        }
        if (p2 == 62)
        {
            return len is >= 16 and <= 19; // UnionPay
        }
        return false;
    }
}
