using System.Globalization;
using Bogus;
using PhoneNumbers;
using PiiScan.Detection;

namespace PiiScan.Evaluation.Fixtures;

/// <summary>
/// Generators of contact and network values: e-mail addresses at example domains, fictional phone numbers
/// (US 555-01xx, UK Ofcom drama ranges) checked with libphonenumber, documentation IP ranges, MAC addresses, URLs
/// at example domains, and dates of birth.
/// </summary>
public static class FixtureContacts
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();
    private static readonly string[] AreaCodes = ["202", "212", "213", "305", "312", "415", "512", "617", "646", "718", "206", "303"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>An e-mail address at an example domain.</summary>
    public static PlantedValue Email(Randomizer r, Faker f)
    {
        var first = Letters(f.Name.FirstName());
        var last = Letters(f.Name.LastName());
        var local = r.Number(0, 3) switch
        {
            0 => $"{first}.{last}",
            1 => $"{first[0]}{last}{r.Number(1, 99)}",
            2 => $"{first}+{FixtureSecrets.Word(f)}",
            _ => $"{first}_{last}",
        };
        var domain = r.ArrayElement(["example.com", "example.org", "example.net", "mail.example.com", "corp.example.co.uk"]);
        return new(EntityTypes.EmailAddress, $"{local}@{domain}", r.ArrayElement(["email", "contact_email", "user_email"]), r.ArrayElement(["you can email me at", "my email is", "reach me at"]));
    }

    /// <summary>A fictional phone number (US 555-0100..0199 or UK 020 7946 0xxx) that libphonenumber validates.</summary>
    public static PlantedValue Phone(Randomizer r)
    {
        string text;
        do
        {
            if (r.Number(0, 4) == 0)
            {
                var line = r.Number(0, 999).ToString("000", CultureInfo.InvariantCulture);
                text = r.Bool() ? $"+44 20 7946 0{line}" : $"+442079460{line}";
            }
            else
            {
                var area = r.ArrayElement(AreaCodes);
                var line = "01" + r.Number(0, 99).ToString("00", CultureInfo.InvariantCulture);
                text = r.Number(0, 6) switch
                {
                    0 => $"({area}) 555-{line}",
                    1 => $"{area}-555-{line}",
                    2 => $"+1 {area} 555 {line}",
                    3 => $"+1-{area}-555-{line}",
                    4 => $"{area}.555.{line}",
                    5 => $"+1{area}555{line}",
                    _ => $"{area}555{line}",
                };
            }
        }
        while (!IsValidPhone(text));
        return new(EntityTypes.PhoneNumber, text, r.ArrayElement(["phone", "mobile", "tel", "phone_number"]), r.ArrayElement(["call me at", "my phone number is", "my mobile is", "text my cell"]));
    }

    /// <summary>An IPv4 address in a documentation range (RFC 5737) or IPv6 in 2001:db8::/32 (RFC 3849).</summary>
    public static PlantedValue IpAddress(Randomizer r)
    {
        string text;
        if (r.Number(0, 3) == 0)
        {
            var groups = Enumerable.Range(0, r.Number(1, 4)).Select(_ => r.Number(1, 0xffff).ToString("x", CultureInfo.InvariantCulture));
            text = r.Bool() ? $"2001:db8:{string.Join(':', groups)}::{r.Number(1, 0xfff):x}" : $"2001:db8::{string.Join(':', groups)}";
        }
        else
        {
            text = r.ArrayElement(["192.0.2", "198.51.100", "203.0.113"]) + "." + r.Number(1, 254).ToString(CultureInfo.InvariantCulture);
        }
        return new(EntityTypes.IpAddress, text, r.ArrayElement(["client_ip", "remote_addr", "src_ip", "ip"]), r.ArrayElement(["my IP address is", "the request came from IP", "my home IP is"]));
    }

    /// <summary>A MAC address: colon or dash pairs, or Cisco dotted quads.</summary>
    public static PlantedValue MacAddress(Randomizer r)
    {
        var b = r.Bytes(6);
        b[0] = (byte)((b[0] & 0xFC) | 0x02); // locally administered, unicast: never a real vendor
        var hex = Convert.ToHexStringLower(b);
        var text = r.Number(0, 2) switch
        {
            0 => string.Join(':', hex.Chunk(2).Select(c => new string(c))),
            1 => string.Join('-', hex.ToUpperInvariant().Chunk(2).Select(c => new string(c))),
            _ => $"{hex[..4]}.{hex[4..8]}.{hex[8..]}",
        };
        return new(EntityTypes.MacAddress, text, r.ArrayElement(["mac", "mac_address", "hwaddr"]), r.ArrayElement(["my laptop's MAC address is", "the device MAC is", "MAC:"]));
    }

    /// <summary>A URL at an example domain.</summary>
    public static PlantedValue Url(Randomizer r, Faker f)
    {
        var host = r.ArrayElement(["www.example.com", "example.org", "docs.example.net", "shop.example.com", "api.example.org"]);
        var path = string.Join('/', Enumerable.Range(0, r.Number(0, 3)).Select(_ => FixtureSecrets.Word(f)));
        var text = r.Number(0, 4) switch
        {
            0 => $"www.example.com/{path}",
            1 => $"https://{host}/{path}?ref={FixtureSecrets.Word(f)}&page={r.Number(1, 99)}",
            2 => $"http://{host}:8080/{path}",
            _ => $"https://{host}/{path}",
        };
        return new(EntityTypes.Url, text.TrimEnd('/'), r.ArrayElement(["url", "link", "website", "callback_url"]), r.ArrayElement(["see this link", "my website is", "open the url"]));
    }

    /// <summary>A past date in one of the common formats; always written after a birth label.</summary>
    public static PlantedValue DateOfBirth(Randomizer r)
    {
        var y = r.Number(1940, 2005);
        var m = r.Number(1, 12);
        var d = r.Number(1, 28);
        var text = r.Number(0, 6) switch
        {
            0 => $"{y:0000}-{m:00}-{d:00}",
            1 => $"{d:00}/{m:00}/{y:0000}",
            2 => $"{m:00}-{d:00}-{y:0000}",
            3 => $"{d:00}.{m:00}.{y:0000}",
            4 => $"{y:0000}{m:00}{d:00}",
            5 => $"{d} {Months[m - 1]} {y}",
            _ => $"{Months[m - 1][..3]} {d}, {y}",
        };
        return new(EntityTypes.DateOfBirth, text, r.ArrayElement(["dob", "date_of_birth", "birthdate"]), r.ArrayElement(["I was born on", "my date of birth is", "my birthday is", "DOB:"]));
    }

    /// <summary>ASCII letters of <paramref name="s"/>, lower case.</summary>
    internal static string Letters(string s)
    {
        var l = new string(s.Where(char.IsAsciiLetter).ToArray()).ToLowerInvariant();
        return l.Length == 0 ? "alex" : l;
    }

    private static bool IsValidPhone(string text)
    {
        try
        {
            return Phones.IsValidNumber(Phones.Parse(text, "US"));
        }
        catch (NumberParseException)
        {
            return false;
        }
    }
}
