using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class PasswordRecognizerTests
{
    private static readonly PasswordRecognizer R = new();

    [Theory]
    [InlineData("login password=Hunter2! ok", "Hunter2!", "")]
    [InlineData("{\"password\": \"s3cr3t pass\"}", "s3cr3t pass", "")]
    [InlineData("pwd: Tr0ub4dor#3", "Tr0ub4dor#3", "")]
    [InlineData("passwd=abc123;user=x", "abc123", "")]
    [InlineData("client_secret=9f8e7d6c5b4a", "9f8e7d6c5b4a", "")]
    [InlineData("dbPassword='p@ss w0rd'", "p@ss w0rd", "")]
    [InlineData("msg {\\\"password\\\": \\\"esc4ped\\\"}", "esc4ped", "")]
    [InlineData("SECRET_KEY: 'django-insecure-xyz'", "django-insecure-xyz", "")]
    [InlineData("Correct-Horse-Battery", "Correct-Horse-Battery", "password")]
    [InlineData("hunter2", "hunter2", "db_passwd")]
    [InlineData("x y z", "x y z", "userPwd")]
    [InlineData("PASSWORD = letmein123", "letmein123", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.Password, key);

    [Theory]
    [InlineData("password=", "")]
    [InlineData("password=***", "")]
    [InlineData("password: null", "")]
    [InlineData("password=${DB_PASSWORD}", "")]
    [InlineData("password_policy=strict", "")]
    [InlineData("secretary: Jane", "")]
    [InlineData("mysecret=abc", "")]
    [InlineData("forgot password? click here", "")]
    [InlineData("password reset requested", "")]
    [InlineData("********", "password")]
    [InlineData("", "password")]
    [InlineData("<redacted>", "pwd")]
    [InlineData("\"password\": \"\"", "")]
    [InlineData("passwords must match", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
