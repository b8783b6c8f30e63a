using PiiScan.Detection.Recognizers;

namespace PiiScan.Detection;

/// <summary>The built-in recognizers.</summary>
public static class RecognizerCatalog
{
    /// <summary>Creates the default recognizers, filtered by <paramref name="options"/>. The instances are thread-safe.</summary>
    public static IReadOnlyList<IRecognizer> CreateDefault(RecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IRecognizer[] all =
        [
            new EmailRecognizer(),
            new IpAddressRecognizer(),
            new CreditCardRecognizer(),
            new PhoneNumberRecognizer(options.DefaultPhoneRegion),
            new IbanRecognizer(),
            new CryptoWalletRecognizer(),
            new MacAddressRecognizer(),
            new UrlRecognizer(),
            new StreetAddressRecognizer(),
            new FieldKeyRecognizer(options.FieldTypes),
            new DateOfBirthRecognizer(),
            new UkNinoRecognizer(),
            new UsPassportRecognizer(),
            new UsDriverLicenseRecognizer(),
            new EsNifRecognizer(),
            new ItFiscalCodeRecognizer(),
            new SgNricRecognizer(),
            new UsSsnRecognizer(),
            new UsBankRoutingRecognizer(),
            new UsBankNumberRecognizer(),
            new MedicalRecordNumberRecognizer(),
            new UkNhsRecognizer(),
            new CaSinRecognizer(),
            new InAadhaarRecognizer(),
            new ImeiRecognizer(),
            new AwsAccessKeyRecognizer(),
            new AwsSecretKeyRecognizer(),
            new GithubTokenRecognizer(),
            new SlackTokenRecognizer(),
            new StripeKeyRecognizer(),
            new OpenAiKeyRecognizer(),
            new GoogleApiKeyRecognizer(),
            new JwtRecognizer(),
            new PrivateKeyRecognizer(),
            new PasswordRecognizer(),
        ];
        var list = new List<IRecognizer>(all.Length);
        var digitSequences = new List<DigitSequenceRecognizer>();
        var digitRuns = new List<IRecognizer>();
        int groupIndex = -1;
        foreach (var r in all)
        {
            if (!AnyEnabled(r, options))
            {
                continue;
            }
            if (options.CombineScanners && r is DigitSequenceRecognizer or IDigitRunHandler)
            {
                if (groupIndex < 0)
                {
                    groupIndex = list.Count;
                    list.Add(r); // placeholder, replaced by the group below
                }
                if (r is DigitSequenceRecognizer d)
                {
                    digitSequences.Add(d);
                }
                else
                {
                    digitRuns.Add(r);
                }
                continue;
            }
            list.Add(r);
        }
        if (groupIndex >= 0)
        {
            if (digitSequences.Count > 0)
            {
                digitRuns.Insert(0, new DigitSequenceGroup(digitSequences));
            }
            list[groupIndex] = digitRuns.Count == 1 ? digitRuns[0] : new DigitRunGroup(digitRuns);
        }
        return list;
    }

    private static bool AnyEnabled(IRecognizer r, RecognizerOptions options)
    {
        foreach (var t in r.SupportedTypes)
        {
            if (options.IsEnabled(t))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Creates the default recognizers with <see cref="RecognizerOptions.Default"/>.</summary>
    public static IReadOnlyList<IRecognizer> CreateDefault() => CreateDefault(RecognizerOptions.Default);
}
