using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class PrivateKeyRecognizerTests
{
    private static readonly PrivateKeyRecognizer R = new();

    [Theory]
    [InlineData("key: -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\nMIIEvQIBADANBgkqhkiG==\n-----END PRIVATE KEY----- tail", "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\nMIIEvQIBADANBgkqhkiG==\n-----END PRIVATE KEY-----", "")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\nMIIEvQIBADANBgkqhkiG==\n-----END RSA PRIVATE KEY-----", "-----BEGIN RSA PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\nMIIEvQIBADANBgkqhkiG==\n-----END RSA PRIVATE KEY-----", "")]
    [InlineData("x=-----BEGIN EC PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\\nMIIEvQIBADANBgkqhkiG==\\n-----END EC PRIVATE KEY-----", "-----BEGIN EC PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\\nMIIEvQIBADANBgkqhkiG==\\n-----END EC PRIVATE KEY-----", "")]
    [InlineData("-----BEGIN OPENSSH PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\nMIIEvQIBADANBgkqhkiG==\n-----END OPENSSH PRIVATE KEY-----", "-----BEGIN OPENSSH PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\nMIIEvQIBADANBgkqhkiG==\n-----END OPENSSH PRIVATE KEY-----", "")]
    [InlineData("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\nMIIEvQIBADANBgkqhkiG==\n-----END ENCRYPTED PRIVATE KEY-----", "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\nMIIEvQIBADANBgkqhkiG==\n-----END ENCRYPTED PRIVATE KEY-----", "")]
    [InlineData("-----BEGIN DSA PRIVATE KEY-----\r\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\r\nMIIEvQIBADANBgkqhkiG==\r\n-----END DSA PRIVATE KEY-----", "-----BEGIN DSA PRIVATE KEY-----\r\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\r\nMIIEvQIBADANBgkqhkiG==\r\n-----END DSA PRIVATE KEY-----", "")]
    [InlineData("-----BEGIN PGP PRIVATE KEY BLOCK-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\nMIIEvQIBADANBgkqhkiG==\n-----END PGP PRIVATE KEY BLOCK-----", "-----BEGIN PGP PRIVATE KEY BLOCK-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\nMIIEvQIBADANBgkqhkiG==\n-----END PGP PRIVATE KEY BLOCK-----", "")]
    [InlineData("{\"pem\":\"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\\nMIIEvQIBADANBgkqhkiG==\\n-----END PRIVATE KEY-----\\n\"}", "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\\nMIIEvQIBADANBgkqhkiG==\\n-----END PRIVATE KEY-----", "")]
    [InlineData("truncated -----BEGIN RSA PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake", "-----BEGIN RSA PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake", "")]
    [InlineData("-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake-----END PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake-----END PRIVATE KEY-----", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.PrivateKey, key);

    [Theory]
    [InlineData("-----BEGIN PUBLIC KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\nMIIEvQIBADANBgkqhkiG==\n-----END PUBLIC KEY-----", "")]
    [InlineData("-----BEGIN CERTIFICATE-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\nMIIEvQIBADANBgkqhkiG==\n-----END CERTIFICATE-----", "")]
    [InlineData("-----BEGIN RSA PUBLIC KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake\nMIIEvQIBADANBgkqhkiG==\n-----END RSA PUBLIC KEY-----", "")]
    [InlineData("-----BEGIN PRIVATE KEY", "")]
    [InlineData("BEGIN PRIVATE KEY-----", "")]
    [InlineData("----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake", "")]
    [InlineData("-----BEGIN CERTIFICATE REQUEST-----", "")]
    [InlineData("private key rotated", "")]
    [InlineData("-----END PRIVATE KEY-----", "")]
    [InlineData("-----BEGIN  PRIVATE-----abc", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
