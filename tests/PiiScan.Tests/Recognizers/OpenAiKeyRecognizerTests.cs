using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class OpenAiKeyRecognizerTests
{
    private static readonly OpenAiKeyRecognizer R = new();

    [Theory]
    [InlineData("token sk-proj-3ICsVS-hwoihgH_-95qi0mBx3k1ErrIVKmLfQnsbZ7ydEcJM7w2z4eDPNjRU ok", "sk-proj-3ICsVS-hwoihgH_-95qi0mBx3k1ErrIVKmLfQnsbZ7ydEcJM7w2z4eDPNjRU", "")]
    [InlineData("{\"token\":\"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\"}", "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", "")]
    [InlineData("Authorization: Bearer sk-Dy8ppOXoXnHo3gxFv0tUvNSoFjQctAQAnK9GwtpX8eldHXY3", "sk-Dy8ppOXoXnHo3gxFv0tUvNSoFjQctAQAnK9GwtpX8eldHXY3", "")]
    [InlineData("GITHUB_TOKEN=sk-svcacct-Ab1_Ab1_Ab1_Ab1_Ab1_Ab1_Ab1_Ab1_Ab1_Ab1_Ab1_Ab1_", "sk-svcacct-Ab1_Ab1_Ab1_Ab1_Ab1_Ab1_Ab1_Ab1_Ab1_Ab1_Ab1_Ab1_", "")]
    [InlineData("'sk-admin-Zy9-Zy9-Zy9-Zy9-Zy9-Zy9-Zy9-Zy9-Zy9-Zy9-Zy9-Zy9-'", "sk-admin-Zy9-Zy9-Zy9-Zy9-Zy9-Zy9-Zy9-Zy9-Zy9-Zy9-Zy9-Zy9-", "")]
    [InlineData("sk-proj-x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2", "sk-proj-x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2x1Y2", "")]
    [InlineData("x sk-proj-3ICsVS-hwoihgH_-95qi0mBx3k1ErrIVKmLfQnsbZ7ydEcJM7w2z4eDPNjRU.", "sk-proj-3ICsVS-hwoihgH_-95qi0mBx3k1ErrIVKmLfQnsbZ7ydEcJM7w2z4eDPNjRU", "")]
    [InlineData("url?t=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&a=1", "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", "")]
    [InlineData("[sk-Dy8ppOXoXnHo3gxFv0tUvNSoFjQctAQAnK9GwtpX8eldHXY3]", "sk-Dy8ppOXoXnHo3gxFv0tUvNSoFjQctAQAnK9GwtpX8eldHXY3", "")]
    [InlineData("auth=sk-proj-3ICsVS-hwoihgH_-95qi0mBx3k1ErrIVKmLfQnsbZ7ydEcJM7w2z4eDPNjRU;", "sk-proj-3ICsVS-hwoihgH_-95qi0mBx3k1ErrIVKmLfQnsbZ7ydEcJM7w2z4eDPNjRU", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.OpenAiApiKey, key);

    [Theory]
    [InlineData("sk-proj-short", "")]
    [InlineData("sk-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "")]
    [InlineData("sk-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "")]
    [InlineData("task-Dy8ppOXoXnHo3gxFv0tUvNSoFjQctAQAnK9GwtpX8eldHXY3", "")]
    [InlineData("sk-proj-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "")]
    [InlineData("disk-Dy8ppOXoXnHo3gxFv0tUvNSoFjQctAQAnK9GwtpX8eldHXY3", "")]
    [InlineData("sk-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-", "")]
    [InlineData("SK-Dy8ppOXoXnHo3gxFv0tUvNSoFjQctAQAnK9GwtpX8eldHXY3", "")]
    [InlineData("sk_Dy8ppOXoXnHo3gxFv0tUvNSoFjQctAQAnK9GwtpX8eldHXY3", "")]
    [InlineData("risk-level high", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
