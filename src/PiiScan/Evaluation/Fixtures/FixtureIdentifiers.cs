using System.Text;
using Bogus;
using PiiScan.Detection;

namespace PiiScan.Evaluation.Fixtures;

/// <summary>
/// Generators of fake national and financial identifiers that pass their checksums (Luhn, MOD 97-10, ABA 3-7-1,
/// NHS mod 11, Verhoeff, mod 23, odd/even, NRIC weights). The check digits are computed here, independently of the
/// validators in <c>Detection/Validators</c>, so the corpus also checks those.
/// </summary>
public static class FixtureIdentifiers
{
    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
    private static readonly string[] IbanCountries = ["DE", "GB", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "PL"];

    /// <summary>A Luhn-valid card number with a real issuer prefix, compact or grouped.</summary>
    public static PlantedValue CreditCard(Randomizer r)
    {
        var (prefix, length) = r.Number(0, 6) switch
        {
            0 => ("4", 16),
            1 => (r.Number(51, 55).ToString(Inv), 16),
            2 => (r.Number(2221, 2720).ToString(Inv), 16),
            3 => (r.ArrayElement(["34", "37"]), 15),
            4 => ("6011", 16),
            5 => (r.Number(3528, 3589).ToString(Inv), 16),
            _ => ("36", 14),
        };
        var digits = WithLuhn(prefix + Num(r, length - prefix.Length - 1));
        var text = r.Number(0, 2) switch
        {
            0 => digits,
            _ when length == 15 => Group(digits, r.Bool() ? ' ' : '-', 4, 6, 5),
            _ when length == 14 => Group(digits, r.Bool() ? ' ' : '-', 4, 6, 4),
            _ => Group(digits, r.Bool() ? ' ' : '-', 4, 4, 4, 4),
        };
        return new(EntityTypes.CreditCard, text, r.ArrayElement(["card_number", "cc", "card", "payment_card"]), r.ArrayElement(["my card number is", "charge my credit card", "the card is", "please refund card"]));
    }

    /// <summary>An IBAN with valid MOD 97-10 check digits for one of several countries.</summary>
    public static PlantedValue Iban(Randomizer r)
    {
        var country = r.ArrayElement(IbanCountries);
        var bban = country switch
        {
            "DE" => Num(r, 18),
            "GB" => r.ArrayElement(["NWBK", "BARC", "MIDL", "LOYD"]) + Num(r, 14),
            "FR" => Num(r, 23),
            "ES" => Num(r, 20),
            "IT" => (char)('A' + r.Number(0, 25)) + Num(r, 22),
            "NL" => r.ArrayElement(["ABNA", "INGB", "RABO"]) + Num(r, 10),
            "BE" => Num(r, 12),
            "CH" => Num(r, 17),
            "AT" => Num(r, 16),
            _ => Num(r, 24),
        };
        var check = 98 - Mod97(bban + country + "00");
        var iban = country + check.ToString("00", Inv) + bban;
        var text = r.Bool() ? iban : string.Join(' ', iban.Chunk(4).Select(c => new string(c)));
        return new(EntityTypes.IbanCode, text, r.ArrayElement(["iban", "bank_account", "sepa_iban"]), r.ArrayElement(["please send it to my IBAN", "my bank account is", "wire the money to IBAN"]));
    }

    /// <summary>A structurally valid US SSN (area not 000/666/9xx, group and serial not zero), usually dashed.</summary>
    public static PlantedValue UsSsn(Randomizer r)
    {
        string a, g, s;
        do
        {
            a = r.Number(1, 899).ToString("000", Inv);
            g = r.Number(1, 99).ToString("00", Inv);
            s = r.Number(1, 9999).ToString("0000", Inv);
        }
        while (a == "666" || (a == "078" && g == "05" && s == "1120") || (a == "123" && g == "45" && s == "6789"));
        var text = r.Number(0, 3) switch
        {
            0 => a + g + s,
            1 => $"{a} {g} {s}",
            _ => $"{a}-{g}-{s}",
        };
        return new(EntityTypes.UsSsn, text, r.ArrayElement(["ssn", "SSN", "social_security_number"]), r.ArrayElement(["my SSN is", "my social security number is", "ssn:"]));
    }

    /// <summary>An ABA routing number with a Federal Reserve prefix and the 3-7-1 check digit.</summary>
    public static PlantedValue UsBankRouting(Randomizer r)
    {
        var prefix = r.ArrayElement(new[] { r.Number(1, 12), r.Number(21, 32), r.Number(61, 72) });
        var body = prefix.ToString("00", Inv) + Num(r, 6);
        int[] w = [3, 7, 1, 3, 7, 1, 3, 7];
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (body[i] - '0') * w[i];
        }
        var text = body + ((10 - (sum % 10)) % 10).ToString(Inv);
        return new(EntityTypes.UsBankRouting, text, r.ArrayElement(["routing_number", "aba", "routing"]), r.ArrayElement(["the routing number is", "ABA routing", "bank routing number"]));
    }

    /// <summary>An NHS number passing mod 11, grouped 3-3-4 or compact.</summary>
    public static PlantedValue UkNhs(Randomizer r)
    {
        string digits;
        int check;
        do
        {
            digits = Num(r, 9);
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (digits[i] - '0') * (10 - i);
            }
            check = (11 - (sum % 11)) % 11;
        }
        while (check == 10);
        var all = digits + check.ToString(Inv);
        var text = r.Bool() ? Group(all, ' ', 3, 3, 4) : all;
        return new(EntityTypes.UkNhs, text, r.ArrayElement(["nhs_number", "nhs_no", "NHS"]), r.ArrayElement(["my NHS number is", "patient NHS number", "NHS no."]));
    }

    /// <summary>A Canadian SIN (first digit 1-7 or 9, Luhn), grouped 3-3-3 or compact.</summary>
    public static PlantedValue CaSin(Randomizer r)
    {
        var all = WithLuhn(r.ArrayElement(["1", "2", "3", "4", "5", "6", "7", "9"]) + Num(r, 7));
        var text = r.Number(0, 2) switch
        {
            0 => all,
            1 => Group(all, ' ', 3, 3, 3),
            _ => Group(all, '-', 3, 3, 3),
        };
        return new(EntityTypes.CaSin, text, r.ArrayElement(["sin", "SIN", "social_insurance_number"]), r.ArrayElement(["my SIN is", "social insurance number", "my social insurance number is"]));
    }

    /// <summary>An Aadhaar number (first digit 2-9, Verhoeff check), grouped 4-4-4 or compact.</summary>
    public static PlantedValue InAadhaar(Randomizer r)
    {
        var all = WithVerhoeff(r.Number(2, 9).ToString(Inv) + Num(r, 10));
        var text = r.Bool() ? Group(all, ' ', 4, 4, 4) : all;
        return new(EntityTypes.InAadhaar, text, r.ArrayElement(["aadhaar", "aadhaar_no", "uid"]), r.ArrayElement(["my Aadhaar number is", "aadhaar:", "Aadhaar no."]));
    }

    /// <summary>An IMEI (type allocation code + serial + Luhn), grouped 2-6-6-1 or compact.</summary>
    public static PlantedValue Imei(Randomizer r)
    {
        var all = WithLuhn(r.ArrayElement(["35", "86", "01", "99"]) + Num(r, 12));
        var text = r.Bool() ? Group(all, r.Bool() ? '-' : ' ', 2, 6, 6, 1) : all;
        return new(EntityTypes.Imei, text, r.ArrayElement(["imei", "device_imei", "IMEI"]), r.ArrayElement(["my phone's IMEI is", "the handset IMEI is", "IMEI:"]));
    }

    /// <summary>A Spanish DNI (8 digits + mod-23 letter) or NIE (X/Y/Z + 7 digits + letter).</summary>
    public static PlantedValue EsNif(Randomizer r)
    {
        const string letters = "TRWAGMYFPDXBNJZSQVHLCKE";
        string text;
        if (r.Bool())
        {
            var n = r.Number(1_000_000, 99_999_999);
            text = n.ToString("00000000", Inv) + (r.Number(0, 3) == 0 ? "-" : "") + letters[n % 23];
        }
        else
        {
            var lead = r.Number(0, 2);
            var n = r.Number(0, 9_999_999);
            text = "XYZ"[lead] + n.ToString("0000000", Inv) + letters[((lead * 10_000_000) + n) % 23];
        }
        return new(EntityTypes.EsNif, text, r.ArrayElement(["dni", "nif", "nie"]), r.ArrayElement(["mi DNI es", "my NIE is", "NIF:"]));
    }

    /// <summary>An Italian fiscal code with a plausible date part and the odd/even check character.</summary>
    public static PlantedValue ItFiscalCode(Randomizer r)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 6; i++)
        {
            sb.Append((char)('A' + r.Number(0, 25)));
        }
        sb.Append(r.Number(40, 99).ToString(Inv));
        sb.Append("ABCDEHLMPRST"[r.Number(0, 11)]);
        var day = r.Number(1, 28) + (r.Bool() ? 40 : 0);
        sb.Append(day.ToString("00", Inv));
        sb.Append(r.ArrayElement(["A", "F", "H", "L", "M"]));
        sb.Append(r.Number(1, 999).ToString("000", Inv));
        sb.Append(FiscalCheck(sb.ToString()));
        return new(EntityTypes.ItFiscalCode, sb.ToString(), r.ArrayElement(["codice_fiscale", "cf", "tax_code"]), r.ArrayElement(["il mio codice fiscale è", "my fiscal code is", "codice fiscale:"]));
    }

    /// <summary>A Singapore NRIC/FIN (S, T, F, G series) with its weighted mod-11 check letter.</summary>
    public static PlantedValue SgNric(Randomizer r)
    {
        var prefix = r.ArrayElement(['S', 'T', 'F', 'G']);
        var digits = Num(r, 7);
        int[] w = [2, 7, 6, 5, 4, 3, 2];
        var sum = prefix is 'T' or 'G' ? 4 : 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (digits[i] - '0') * w[i];
        }
        var table = prefix is 'S' or 'T' ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
        return new(EntityTypes.SgNric, prefix + digits + table[sum % 11], r.ArrayElement(["nric", "fin", "NRIC"]), r.ArrayElement(["my NRIC is", "NRIC no.", "my FIN is"]));
    }

    /// <summary>A UK National Insurance number with an allowed prefix, compact or spaced.</summary>
    public static PlantedValue UkNino(Randomizer r)
    {
        const string first = "ABCEGHJKLMNOPRSTWXYZ";
        const string second = "ABCEGHJKLMNPRSTWXYZ";
        string prefix;
        do
        {
            prefix = $"{first[r.Number(0, first.Length - 1)]}{second[r.Number(0, second.Length - 1)]}";
        }
        while (prefix is "BG" or "GB" or "NK" or "KN" or "TN" or "NT" or "ZZ");
        var d = Num(r, 6);
        var suffix = "ABCD"[r.Number(0, 3)];
        var text = r.Bool() ? $"{prefix}{d}{suffix}" : $"{prefix} {d[..2]} {d[2..4]} {d[4..]} {suffix}";
        return new(EntityTypes.UkNino, text, r.ArrayElement(["nino", "ni_number", "national_insurance_number"]), r.ArrayElement(["my national insurance number is", "NI number", "my NINO is"]));
    }

    /// <summary>A bank account number of 8 to 17 digits, compact or (12 or more) in groups of four; always written after an account label.</summary>
    public static PlantedValue UsBankNumber(Randomizer r)
    {
        var d = NonDateDigits(r, r.Number(8, 17));
        // A number that also passes a card's Luhn check or Aadhaar's Verhoeff check (12 digits) is ambiguous, and the
        // validated type wins it; the planted account numbers fail both, so their gold type is the only reading.
        while (d == WithLuhn(d[..^1]) || (d.Length == 12 && d == WithVerhoeff(d[..^1])))
        {
            d = d[..^1] + (char)('0' + ((d[^1] - '0' + 1) % 10));
        }
        // Grouped only from 12 digits: shorter groups of digits also read as valid phone numbers, which win.
        var text = r.Number(0, 2) == 0 && d.Length >= 12 ? string.Join('-', d.Chunk(4).Select(c => new string(c))) : d;
        return new(EntityTypes.UsBankNumber, text, r.ArrayElement(["account_number", "bank_account", "acct_no"]), r.ArrayElement(["my account number is", "checking account", "acct"]));
    }

    /// <summary>A medical record number of 7 to 9 digits (ten could pass the NHS check); always written after a record label.</summary>
    public static PlantedValue MedicalRecordNumber(Randomizer r)
    {
        var text = NonDateDigits(r, r.Number(7, 9));
        return new(EntityTypes.MedicalRecordNumber, text, r.ArrayElement(["mrn", "medical_record_number", "patient_id"]), r.ArrayElement(["MRN", "medical record number", "patient id"]));
    }

    // length digits, the first not 0; eight never start with 1 or 2 (19xx/20xx could read as compact dates, which the
    // labeled-number recognizers skip).
    private static string NonDateDigits(Randomizer r, int length) =>
        r.Number(length == 8 ? 3 : 1, 9).ToString(Inv) + Num(r, length - 1);

    /// <summary>A US passport number (9 digits or a letter + 8 digits); always written after a passport label.</summary>
    public static PlantedValue UsPassport(Randomizer r)
    {
        var text = r.Bool() ? r.Number(1, 9).ToString(Inv) + Num(r, 8) : (char)('A' + r.Number(0, 25)) + Num(r, 8);
        return new(EntityTypes.UsPassport, text, r.ArrayElement(["passport_number", "passport", "passport_no"]), r.ArrayElement(["my passport number is", "US passport", "passport no."]));
    }

    /// <summary>A US driver license number in a common state format; always written after a license label.</summary>
    public static PlantedValue UsDriverLicense(Randomizer r)
    {
        var text = r.Number(0, 3) switch
        {
            0 => (char)('A' + r.Number(0, 25)) + Num(r, 7),
            1 => r.Number(1, 9).ToString(Inv) + Num(r, 8),
            2 => (char)('A' + r.Number(0, 25)) + Num(r, 12),
            _ => r.Number(1, 9).ToString(Inv) + Num(r, 7),
        };
        return new(EntityTypes.UsDriverLicense, text, r.ArrayElement(["driver_license", "dl_number", "drivers_license_no"]), r.ArrayElement(["my driver license number is", "driver's license", "DL number"]));
    }

    /// <summary><paramref name="n"/> random decimal digits.</summary>
    internal static string Num(Randomizer r, int n)
    {
        var sb = new StringBuilder(n);
        for (var i = 0; i < n; i++)
        {
            sb.Append((char)('0' + r.Number(0, 9)));
        }
        return sb.ToString();
    }

    /// <summary>Appends the Luhn check digit to <paramref name="payload"/>.</summary>
    internal static string WithLuhn(string payload)
    {
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            var d = payload[payload.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
        }
        return payload + ((10 - (sum % 10)) % 10).ToString(Inv);
    }

    private static string WithVerhoeff(string payload)
    {
        int[,] d =
        {
            { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 }, { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
            { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 }, { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
            { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 }, { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
            { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
        };
        int[,] p =
        {
            { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 }, { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
            { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 }, { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
            { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
        };
        int[] inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
        var c = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            c = d[c, p[(i + 1) % 8, payload[payload.Length - 1 - i] - '0']];
        }
        return payload + inv[c].ToString(Inv);
    }

    private static int Mod97(string s)
    {
        var rem = 0;
        foreach (var c in s)
        {
            rem = c is >= '0' and <= '9' ? ((rem * 10) + (c - '0')) % 97 : ((rem * 100) + (c - 'A' + 10)) % 97;
        }
        return rem;
    }

    private static char FiscalCheck(string first15)
    {
        int[] odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            var c = first15[i];
            var ord = c <= '9' ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? odd[ord] : ord;
        }
        return (char)('A' + (sum % 26));
    }

    private static string Group(string digits, char sep, params int[] sizes)
    {
        var sb = new StringBuilder();
        var at = 0;
        foreach (var n in sizes)
        {
            if (at > 0)
            {
                sb.Append(sep);
            }
            sb.Append(digits, at, n);
            at += n;
        }
        return sb.ToString();
    }
}
