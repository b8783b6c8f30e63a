using System.Globalization;
using Bogus;

namespace PiiScan.Evaluation.Fixtures;

/// <summary>
/// Values that look like PII to a naive pattern but are not: UUIDs, git SHAs and hex digests, epoch timestamps and
/// floats, ISO timestamps, version and build numbers, 16-digit order numbers failing Luhn, base64 blobs without key
/// context, ISBNs, prices, pod names, <c>localhost:8080</c>. Each comes with its usual key or lead word.
/// </summary>
public static class FixtureHardNegatives
{
    private const string Hex = "0123456789abcdef";

    /// <summary>One hard negative as <c>key=value</c> style text (the key is part of the string).</summary>
    public static string Next(Randomizer r, Faker f) => r.Number(0, 15) switch
    {
        0 => $"request_id={Uuid(r)}",
        1 => $"commit {FixtureSecrets.Chars(r, Hex, r.Bool() ? 40 : 7)}",
        2 => r.Bool() ? $"sha256:{FixtureSecrets.Chars(r, Hex, 64)}" : $"md5 {FixtureSecrets.Chars(r, Hex, 32)}",
        3 => r.Bool() ? $"ts={r.Number(1_500_000_000, 1_800_000_000)}" : $"\"created\": {r.Number(1_500_000_000, 1_800_000_000)}.{r.Number(0, 99):00}",
        4 => $"started_at={IsoTimestamp(r)}",
        5 => r.Bool() ? $"version {r.Number(1, 12)}.{r.Number(0, 30)}.{r.Number(0, 99)}" : $"build {r.Number(2019, 2026)}{r.Number(1, 12):00}{r.Number(1, 28):00}.{r.Number(1, 9)}",
        6 => $"order_id={OrderNumber(r)}",
        7 => $"payload {FixtureSecrets.Chars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 4 * r.Number(8, 22))}",
        8 => $"ISBN {Isbn(r)}",
        9 => r.Bool() ? $"total ${r.Number(1, 9)},{r.Number(0, 999):000}.{r.Number(0, 99):00}" : $"price {r.Number(1, 9999)}.{r.Number(0, 99):00} EUR",
        10 => $"pod {FixtureSecrets.Word(f)}-{FixtureSecrets.Chars(r, "0123456789bcdfghjklmnpqrstvwxz", 9)}-{FixtureSecrets.Chars(r, "0123456789bcdfghjklmnpqrstvwxz", 5)}",
        11 => r.ArrayElement(["listening on localhost:8080", "bind 0.0.0.0:443", "upstream 127.0.0.1:5000", "proxy localhost:3000"]),
        12 => $"tokens={r.Number(16, 4096)} temperature=0.{r.Number(0, 9)} top_p=0.{r.Number(50, 99)}",
        13 => $"model=gpt-4o-{r.Number(2023, 2025)}-{r.Number(1, 12):00}-{r.Number(1, 28):00}",
        14 => $"trace_id={FixtureSecrets.Chars(r, Hex, 32)}",
        _ => $"latency_ms={r.Number(1, 9999)} step {r.Number(1000, 999_999_999)}",
    };

    /// <summary>A random version-4 UUID.</summary>
    public static string Uuid(Randomizer r) =>
        $"{FixtureSecrets.Chars(r, Hex, 8)}-{FixtureSecrets.Chars(r, Hex, 4)}-4{FixtureSecrets.Chars(r, Hex, 3)}-{"89ab"[r.Number(0, 3)]}{FixtureSecrets.Chars(r, Hex, 3)}-{FixtureSecrets.Chars(r, Hex, 12)}";

    /// <summary>An ISO-8601 UTC timestamp in 2026.</summary>
    public static string IsoTimestamp(Randomizer r) =>
        string.Create(CultureInfo.InvariantCulture, $"2026-{r.Number(1, 11):00}-{r.Number(1, 28):00}T{r.Number(0, 23):00}:{r.Number(0, 59):00}:{r.Number(0, 59):00}.{r.Number(0, 999):000}Z");

    /// <summary>A 16-digit number with a card-like prefix whose Luhn check fails.</summary>
    public static string OrderNumber(Randomizer r)
    {
        var valid = FixtureIdentifiers.WithLuhn(r.ArrayElement(["4", "5"]) + FixtureIdentifiers.Num(r, 14));
        var last = (valid[15] - '0' + r.Number(1, 9)) % 10;
        return valid[..15] + last.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A hyphenated ISBN-13 with a valid check digit.</summary>
    public static string Isbn(Randomizer r)
    {
        var group = r.Number(0, 1).ToString(CultureInfo.InvariantCulture);
        var publisher = FixtureIdentifiers.Num(r, r.Number(2, 5));
        var title = FixtureIdentifiers.Num(r, 8 - publisher.Length);
        var digits = "978" + group + publisher + title;
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return $"978-{group}-{publisher}-{title}-{(10 - (sum % 10)) % 10}";
    }
}
