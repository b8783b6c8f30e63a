using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class AwsSecretKeyRecognizerTests
{
    private static readonly AwsSecretKeyRecognizer R = new();

    [Theory]
    [InlineData("aws_secret_access_key=AMsI/z0oaWdfZp+lvi60ZIF8/qR38Ony1dHqceyt", "AMsI/z0oaWdfZp+lvi60ZIF8/qR38Ony1dHqceyt", "")]
    [InlineData("AWS_SECRET_ACCESS_KEY: DbKPTF/n/pGz3cW0uABBrDSxOOyBymrEqlHXm31q", "DbKPTF/n/pGz3cW0uABBrDSxOOyBymrEqlHXm31q", "")]
    [InlineData("{\"SecretAccessKey\": \"zZcmzTUoRyj9nde9syxoAwuKmhr7jmPY72T3AVbf\"}", "zZcmzTUoRyj9nde9syxoAwuKmhr7jmPY72T3AVbf", "")]
    [InlineData("aws secret key is zx06UVZyvmbPkZyRHJouZrQV3xZAxjRM8mbTgDIM", "zx06UVZyvmbPkZyRHJouZrQV3xZAxjRM8mbTgDIM", "")]
    [InlineData("AMsI/z0oaWdfZp+lvi60ZIF8/qR38Ony1dHqceyt", "AMsI/z0oaWdfZp+lvi60ZIF8/qR38Ony1dHqceyt", "aws_secret_access_key")]
    [InlineData("DbKPTF/n/pGz3cW0uABBrDSxOOyBymrEqlHXm31q", "DbKPTF/n/pGz3cW0uABBrDSxOOyBymrEqlHXm31q", "secretAccessKey")]
    [InlineData("export AWS_SECRET_ACCESS_KEY=\"zZcmzTUoRyj9nde9syxoAwuKmhr7jmPY72T3AVbf\"", "zZcmzTUoRyj9nde9syxoAwuKmhr7jmPY72T3AVbf", "")]
    [InlineData("aws_secret = 'zx06UVZyvmbPkZyRHJouZrQV3xZAxjRM8mbTgDIM'", "zx06UVZyvmbPkZyRHJouZrQV3xZAxjRM8mbTgDIM", "")]
    [InlineData("secret_access_key DbKPTF/n/pGz3cW0uABBrDSxOOyBymrEqlHXm31q", "DbKPTF/n/pGz3cW0uABBrDSxOOyBymrEqlHXm31q", "")]
    [InlineData("creds aws_secret_key:AMsI/z0oaWdfZp+lvi60ZIF8/qR38Ony1dHqceyt;", "AMsI/z0oaWdfZp+lvi60ZIF8/qR38Ony1dHqceyt", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.AwsSecretKey, key);

    [Theory]
    [InlineData("AMsI/z0oaWdfZp+lvi60ZIF8/qR38Ony1dHqceyt", "")]
    [InlineData("secret AMsI/z0oaWdfZp+lvi60ZIF8/qR38Ony1dHqceyt", "")]
    [InlineData("aws_secret_access_key=AMsI/z0oaWdfZp+lvi60ZIF8/qR38Ony1dHqcey", "")]
    [InlineData("aws_secret_access_key=AMsI/z0oaWdfZp+lvi60ZIF8/qR38Ony1dHqceytA", "")]
    [InlineData("aws_secret_access_key=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "")]
    [InlineData("aws_secret_access_key=0123456789012345678901234567890123456789", "")]
    [InlineData("xDbKPTF/n/pGz3cW0uABBrDSxOOyBymrEqlHXm31q", "aws_secret_access_key")]
    [InlineData("hello zZcmzTUoRyj9nde9syxoAwuKmhr7jmPY72T3AVbf", "content")]
    [InlineData("sha256 zx06UVZyvmbPkZyRHJouZrQV3xZAxjRM8mbTgDIM", "")]
    [InlineData("access token AMsI/z0oaWdfZp+lvi60ZIF8/qR38Ony1dHqceyt", "")]
    [InlineData("aws region us-east-1 secret none", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
