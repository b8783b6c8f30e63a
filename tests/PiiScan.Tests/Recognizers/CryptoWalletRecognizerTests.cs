using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class CryptoWalletRecognizerTests
{
    private static readonly CryptoWalletRecognizer R = new();

    [Theory]
    [InlineData("send to 1FX5CB74NSsN6R6bpWW5T1aeZsvMFtLyth now", "1FX5CB74NSsN6R6bpWW5T1aeZsvMFtLyth", "")]
    [InlineData("{\"wallet\":\"1MyxU55zCa4ygnDrAbLD8Fe1anZz97NkK9\"}", "1MyxU55zCa4ygnDrAbLD8Fe1anZz97NkK9", "")]
    [InlineData("btc: 1JuQEJbZYJj4kj8PJqGBY5F94s1RZz4WSX", "1JuQEJbZYJj4kj8PJqGBY5F94s1RZz4WSX", "")]
    [InlineData("39Y5aH6qWc3R6T8Xfy4mtjgPc3XEH6ABAU", "39Y5aH6qWc3R6T8Xfy4mtjgPc3XEH6ABAU", "")]
    [InlineData("addr=3K8q1i2fMRBuc31gLiU9HVef9igfH5DWoc;", "3K8q1i2fMRBuc31gLiU9HVef9igfH5DWoc", "")]
    [InlineData("(bc1qe30dcjcfdme059e427pech8ty4t5dm9n5xpc0a)", "bc1qe30dcjcfdme059e427pech8ty4t5dm9n5xpc0a", "")]
    [InlineData("x bc1qljvc3mr8pq7tmxzc6dq8ffnty580464rprxhu4wkx5slhwus7vssyr6x4a.", "bc1qljvc3mr8pq7tmxzc6dq8ffnty580464rprxhu4wkx5slhwus7vssyr6x4a", "")]
    [InlineData("'bc1p58juj6gm9dh47fs0mp45kfr5anleak3tlxzhfatukza9z7jxffuqkc2tr5'", "bc1p58juj6gm9dh47fs0mp45kfr5anleak3tlxzhfatukza9z7jxffuqkc2tr5", "")]
    [InlineData("[0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed]", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "")]
    [InlineData("to 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359 ok", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "")]
    [InlineData("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "")]
    [InlineData("send to 0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb now", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", "")]
    [InlineData("{\"wallet\":\"0x3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f\"}", "0x3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f", "")]
    [InlineData("btc: BC1QE30DCJCFDME059E427PECH8TY4T5DM9N5XPC0A", "BC1QE30DCJCFDME059E427PECH8TY4T5DM9N5XPC0A", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.CryptoWallet, key);

    [Theory]
    [InlineData("1FX5CB74NSsN6R6bpWW5T1aeZsvMFtLyti", "")]
    [InlineData("39Y5aH6qWc3R6T8Xfy4mtjgPc3XEH6ABzz", "")]
    [InlineData("bc1qe30dcjcfdme059e427pech8ty4t5dm9n5xpc0q", "")]
    [InlineData("bc1pqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqthqst8", "")]
    [InlineData("0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "")]
    [InlineData("0x3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f", "")]
    [InlineData("0x3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f", "")]
    [InlineData("sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709", "")]
    [InlineData("x1MyxU55zCa4ygnDrAbLD8Fe1anZz97NkK9", "")]
    [InlineData("1234567890123456789012345678901234", "")]
    [InlineData("Bc1Qe30dcjcfdme059e427pech8ty4t5dm9n5xpc0a", "")]
    [InlineData("tx 0xabababababababababababababababababababababababababababababababab", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
