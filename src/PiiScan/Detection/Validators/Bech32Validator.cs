namespace PiiScan.Detection.Validators;

/// <summary>BIP-173 bech32 / BIP-350 bech32m checksum for segwit addresses.</summary>
public static class Bech32Validator
{
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static readonly uint[] Generator = [0x3b6a57b2u, 0x26508e6du, 0x1ea119fau, 0x3d4233ddu, 0x2a1462b3u];

    /// <summary>
    /// Validates a segwit address with human-readable part <paramref name="hrp"/> (e.g. <c>bc</c>): returns
    /// true when witness version 0 uses bech32 and versions 1-16 use bech32m. Case must not be mixed.
    /// </summary>
    public static bool IsValidSegwit(ReadOnlySpan<char> address, ReadOnlySpan<char> hrp)
    {
        if (address.Length < 14 || address.Length > 90 || address.Length <= hrp.Length + 7)
        {
            return false;
        }
        bool lower = false, upper = false;
        foreach (char ch in address)
        {
            lower |= ch is >= 'a' and <= 'z';
            upper |= ch is >= 'A' and <= 'Z';
        }
        if (lower && upper)
        {
            return false;
        }
        if (!address[..hrp.Length].Equals(hrp, StringComparison.OrdinalIgnoreCase) || address[hrp.Length] != '1')
        {
            return false;
        }
        uint chk = 1;
        foreach (char ch in hrp)
        {
            chk = PolyStep(chk) ^ (uint)(char.ToLowerInvariant(ch) >> 5);
        }
        chk = PolyStep(chk);
        foreach (char ch in hrp)
        {
            chk = PolyStep(chk) ^ (uint)(char.ToLowerInvariant(ch) & 31);
        }
        int witnessVersion = -1;
        for (int i = hrp.Length + 1; i < address.Length; i++)
        {
            int v = Charset.IndexOf(char.ToLowerInvariant(address[i]));
            if (v < 0)
            {
                return false;
            }
            if (witnessVersion < 0)
            {
                witnessVersion = v;
            }
            chk = PolyStep(chk) ^ (uint)v;
        }
        if (witnessVersion > 16)
        {
            return false;
        }
        return witnessVersion == 0 ? chk == 1u : chk == 0x2bc830a3u;
    }

    private static uint PolyStep(uint chk)
    {
        uint b = chk >> 25;
        chk = (chk & 0x1ffffff) << 5;
        for (int i = 0; i < 5; i++)
        {
            if (((b >> i) & 1) != 0)
            {
                chk ^= Generator[i];
            }
        }
        return chk;
    }
}
