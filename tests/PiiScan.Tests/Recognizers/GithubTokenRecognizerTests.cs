using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class GithubTokenRecognizerTests
{
    private static readonly GithubTokenRecognizer R = new();

    [Theory]
    [InlineData("token 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 ok", "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", "")]
    [InlineData("{\"token\":\"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\"}", "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", "")]
    [InlineData("Authorization: Bearer ghs_EeIV0g5TfHQZxr5jGKmEWI14an6P6s0Im6Bv", "ghs_EeIV0g5TfHQZxr5jGKmEWI14an6P6s0Im6Bv", "")]
    [InlineData("GITHUB_TOKEN=ghu_IO4z1sh0DDxw3UOjPQ4aeCnhHL5JL015nrJm", "ghu_IO4z1sh0DDxw3UOjPQ4aeCnhHL5JL015nrJm", "")]
    [InlineData("'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'", "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", "")]
    [InlineData("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", "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", "")]
    [InlineData("x 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.", "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", "")]
    [InlineData("url?t=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&a=1", "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", "")]
    [InlineData("[ghs_vcVIXBxk48EUZfsdd4HDwwDl14HQSF1AKWRD]", "ghs_vcVIXBxk48EUZfsdd4HDwwDl14HQSF1AKWRD", "")]
    [InlineData("auth=ghu_32BINXa85N8vSLgkiXby8b2x1UwMiJ2Y4uSy;", "ghu_32BINXa85N8vSLgkiXby8b2x1UwMiJ2Y4uSy", "")]
    [InlineData("push with 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 now", "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", "")]
    [InlineData("fine 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", "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", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.GithubToken, key);

    [Theory]
    [InlineData("ghp_StZsxnTSWsbCBpWUedoB6SJ95Ypuie0AKxra", "")]
    [InlineData("gho_3cPzSfldfAd0rX432CuFc1nTKSbrCX24ZUKK", "")]
    [InlineData("ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "")]
    [InlineData("ghx_StZsxnTSWsbCBpWUedoB6SJ95Ypuie0AKxrk", "")]
    [InlineData("ghs_EeIV0g5TfHQZxr5jGKmEWI14an6P6s0Im6BvZ", "")]
    [InlineData("xghu_IO4z1sh0DDxw3UOjPQ4aeCnhHL5JL015nrJm", "")]
    [InlineData("ghr_zQmx78Fj603TpVBhZCSWCkn8QfO7PQ0qaV", "")]
    [InlineData("ghp_ short", "")]
    [InlineData("github_pat_abc", "")]
    [InlineData("github_pat_LDgPaBY4OWVfDi7mPa17d6_lFGSPW3mCfO06GGHvLZYWQzXas6eSpf4Zcgmz2OxyAOUAsVYdc3RyVQI", "")]
    [InlineData("my_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", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
