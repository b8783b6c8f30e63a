using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class JwtRecognizerTests
{
    private static readonly JwtRecognizer R = new();

    [Theory]
    [InlineData("token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkZha2UgVXNlciIsImlhdCI6MTUxNjIzOTAyMn0.duBSFIsVbpCRfNCvdkzSxgITTzbpqZoUsU1-ucOxU0g ok", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkZha2UgVXNlciIsImlhdCI6MTUxNjIzOTAyMn0.duBSFIsVbpCRfNCvdkzSxgITTzbpqZoUsU1-ucOxU0g", "")]
    [InlineData("{\"token\":\"eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1MSJ9.4SQ4W6i5U13oHlK1cJGY6-fwr-lHcIfN_k51UThm9-8\"}", "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1MSJ9.4SQ4W6i5U13oHlK1cJGY6-fwr-lHcIfN_k51UThm9-8", "")]
    [InlineData("Authorization: Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1MiJ9.", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1MiJ9.", "")]
    [InlineData("GITHUB_TOKEN=eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzY29wZSI6InJlYWQifQ.2kjPBTiEDosokUv3BabXzWwQlItOyYsVVRRGvBrmUBU", "eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzY29wZSI6InJlYWQifQ.2kjPBTiEDosokUv3BabXzWwQlItOyYsVVRRGvBrmUBU", "")]
    [InlineData("'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkZha2UgVXNlciIsImlhdCI6MTUxNjIzOTAyMn0.duBSFIsVbpCRfNCvdkzSxgITTzbpqZoUsU1-ucOxU0g'", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkZha2UgVXNlciIsImlhdCI6MTUxNjIzOTAyMn0.duBSFIsVbpCRfNCvdkzSxgITTzbpqZoUsU1-ucOxU0g", "")]
    [InlineData("eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1MSJ9.4SQ4W6i5U13oHlK1cJGY6-fwr-lHcIfN_k51UThm9-8", "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1MSJ9.4SQ4W6i5U13oHlK1cJGY6-fwr-lHcIfN_k51UThm9-8", "")]
    [InlineData("x eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1MiJ9..", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1MiJ9.", "")]
    [InlineData("url?t=eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzY29wZSI6InJlYWQifQ.2kjPBTiEDosokUv3BabXzWwQlItOyYsVVRRGvBrmUBU&a=1", "eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzY29wZSI6InJlYWQifQ.2kjPBTiEDosokUv3BabXzWwQlItOyYsVVRRGvBrmUBU", "")]
    [InlineData("[eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkZha2UgVXNlciIsImlhdCI6MTUxNjIzOTAyMn0.duBSFIsVbpCRfNCvdkzSxgITTzbpqZoUsU1-ucOxU0g]", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkZha2UgVXNlciIsImlhdCI6MTUxNjIzOTAyMn0.duBSFIsVbpCRfNCvdkzSxgITTzbpqZoUsU1-ucOxU0g", "")]
    [InlineData("auth=eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1MSJ9.4SQ4W6i5U13oHlK1cJGY6-fwr-lHcIfN_k51UThm9-8;", "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1MSJ9.4SQ4W6i5U13oHlK1cJGY6-fwr-lHcIfN_k51UThm9-8", "")]
    [InlineData("push with eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1MiJ9. now", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1MiJ9.", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.Jwt, key);

    [Theory]
    [InlineData("eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ4In0.uuWEPxVc1F0GXa1llWPLMb2QXsxjiifWl5AtLRbCdOE", "")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ", "")]
    [InlineData("xeyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSJ9.abc", "")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkZha2UgVXNlciIsImlhdCI6MTUxNjIzOTAyMn0.duBSFIsVbpCRfNCvdkzSxgITTzbpqZoUsU1-ucOxU0g.abc.def", "")]
    [InlineData("eyJ!!!.eyJzdWIiOiJ1MSJ9.abc", "")]
    [InlineData("eyJzdWIiOiJ1MSJ9xx.eyJzdWIiOiJ1MSJ9.abc", "")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9 eyJzdWIiOiJ1MSJ9 abc", "")]
    [InlineData("eyJ@@@@@@@@@@.eyJzdWIiOiJ1MSJ9.abc", "")]
    [InlineData("base64 eyJmb28iOiJiYXIifQ== blob", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
