using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Bank account numbers (Presidio's <c>US_BANK_NUMBER</c>): 8 to 17 digits, compact or grouped by one separator,
/// reported only with account context (<c>account</c>, <c>acct</c>, <c>checking account</c>, a key such as
/// <c>account_number</c>; other languages' words for it), since no checksum tells them from other numbers. A run of one
/// repeated digit is a placeholder, and a date (<c>2026-03-14</c>, <c>20260314</c>) is none. Cloud and SaaS account
/// ids (<c>AWS account 123456789012</c>, <c>account_id</c>) are negative context. Scores below phone numbers, cards,
/// routing numbers and SSNs, so a validated or more specific type wins a tie over the same digits.
/// </summary>
public sealed class UsBankNumberRecognizer : DigitSequenceRecognizer
{
    /// <summary>Base score; supporting context (required) raises it to 0.6, below a compact SSN with its context (0.65).</summary>
    public const float BaseScore = 0.25f;

    /// <summary>Creates the recognizer.</summary>
    public UsBankNumberRecognizer()
        : base("UsBankNumberRecognizer", EntityTypes.UsBankNumber, new ContextProfile(
            ["account", "account number", "account no", "acct", "bank account", "checking account", "checking acct",
             "savings account", "savings acct", "a/c", "beneficiary", "kontonummer", "konto", "numéro de compte", "compte",
             "número de cuenta", "cuenta", "conto corrente", "número da conta", "conta corrente", "rekeningnummer", "rekening"],
            // Words match as prefixes: "accountant" and "accounting" would read as "account".
            negativeWords: [.. ContextProfile.DefaultNegativeWords, "accountant", "accounting", "aws account", "account id", "aws", "azure",
                "gcp", "subscription", "tenant", "project"]),
            8, 17)
    {
    }

    /// <inheritdoc />
    protected internal override void OnCandidate(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results, int start, int end, ReadOnlySpan<byte> digits, ReadOnlySpan<byte> groups, char separator)
    {
        if (digits.IndexOfAnyExcept(digits[0]) >= 0 && !DigitGroups.IsDateLike(digits, groups))
        {
            Report(results, text, context, start, end, EntityTypes.UsBankNumber, separator == '\0' ? "account_digits" : "account_digits_grouped", BaseScore, ContextRequirement.Required);
        }
    }
}
