using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Bank account numbers (Presidio's <c>US_BANK_NUMBER</c>): 8 to 17 digits, reported only with account context
/// (<c>account</c>, <c>acct</c>, <c>checking account</c>, a key such as <c>account_number</c>; other languages' words
/// for it; see <see cref="LabeledNumberRecognizer"/>). Cloud and SaaS account ids (<c>AWS account 123456789012</c>,
/// <c>account_id</c>) are negative context. Scores below phone numbers, cards, routing numbers and SSNs, so a
/// validated or more specific type wins a tie over the same digits.
/// </summary>
public sealed class UsBankNumberRecognizer : LabeledNumberRecognizer
{
    /// <summary>Creates the recognizer.</summary>
    public UsBankNumberRecognizer()
        : base("UsBankNumberRecognizer", EntityTypes.UsBankNumber, new ContextProfile(
            ["account", "account number", "account no", "acct", "bank account", "checking account", "checking acct",
             "savings account", "savings acct", "a/c", "beneficiary", "kontonummer", "konto", "numéro de compte", "compte",
             "número de cuenta", "cuenta", "conto corrente", "número da conta", "conta corrente", "rekeningnummer", "rekening"],
            // Words match as prefixes: "accountant" and "accounting" would read as "account".
            negativeWords: [.. ContextProfile.DefaultNegativeWords, "accountant", "accounting", "aws account", "account id", "aws", "azure",
                "gcp", "subscription", "tenant", "project"]),
            8, 17, "account_digits")
    {
    }
}
