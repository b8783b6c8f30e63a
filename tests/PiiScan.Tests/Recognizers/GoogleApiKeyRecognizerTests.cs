using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class GoogleApiKeyRecognizerTests
{
    private static readonly GoogleApiKeyRecognizer R = new();

    [Theory]
    [InlineData("token AIzadkazYab31V5Kqn6eo6e9SszWV5CxIVE6rwF ok", "AIzadkazYab31V5Kqn6eo6e9SszWV5CxIVE6rwF", "")]
    [InlineData("{\"token\":\"AIzaQ6jJFkuHrwXrkHbGUzEdjZYOZUOVP571YXs\"}", "AIzaQ6jJFkuHrwXrkHbGUzEdjZYOZUOVP571YXs", "")]
    [InlineData("Authorization: Bearer AIza34DSZ9BKUlzzjQhh_H9FvRusXnJlJfbNslC", "AIza34DSZ9BKUlzzjQhh_H9FvRusXnJlJfbNslC", "")]
    [InlineData("GITHUB_TOKEN=AIzaSyA-fake000000000000000000000000000", "AIzaSyA-fake000000000000000000000000000", "")]
    [InlineData("'AIzaBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB'", "AIzaBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB", "")]
    [InlineData("AIzadkazYab31V5Kqn6eo6e9SszWV5CxIVE6rwF", "AIzadkazYab31V5Kqn6eo6e9SszWV5CxIVE6rwF", "")]
    [InlineData("x AIzaQ6jJFkuHrwXrkHbGUzEdjZYOZUOVP571YXs.", "AIzaQ6jJFkuHrwXrkHbGUzEdjZYOZUOVP571YXs", "")]
    [InlineData("url?t=AIza34DSZ9BKUlzzjQhh_H9FvRusXnJlJfbNslC&a=1", "AIza34DSZ9BKUlzzjQhh_H9FvRusXnJlJfbNslC", "")]
    [InlineData("[AIzaSyA-fake000000000000000000000000000]", "AIzaSyA-fake000000000000000000000000000", "")]
    [InlineData("auth=AIzaBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB;", "AIzaBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB", "")]
    [InlineData("push with AIzadkazYab31V5Kqn6eo6e9SszWV5CxIVE6rwF now", "AIzadkazYab31V5Kqn6eo6e9SszWV5CxIVE6rwF", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.GoogleApiKey, key);

    [Theory]
    [InlineData("AIzadkazYab31V5Kqn6eo6e9SszWV5CxIVE6rw", "")]
    [InlineData("AIzadkazYab31V5Kqn6eo6e9SszWV5CxIVE6rwFx", "")]
    [InlineData("AIzaQ6jJFkuHrwXrkHbGUzEdjZYOZUOVP571YXs-", "")]
    [InlineData("xAIzadkazYab31V5Kqn6eo6e9SszWV5CxIVE6rwF", "")]
    [InlineData("AIZAdkazYab31V5Kqn6eo6e9SszWV5CxIVE6rwF", "")]
    [InlineData("AIza short", "")]
    [InlineData("AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "")]
    [InlineData("AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "")]
    [InlineData("AIza dkazYab31V5Kqn6eo6e9SszWV5CxIVE6rwF", "")]
    [InlineData("-AIzadkazYab31V5Kqn6eo6e9SszWV5CxIVE6rwF", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
