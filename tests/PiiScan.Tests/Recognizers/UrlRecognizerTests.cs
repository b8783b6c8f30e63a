using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class UrlRecognizerTests
{
    private static readonly UrlRecognizer R = new();

    [Theory]
    [InlineData("see https://example.com/path?q=1 now", "https://example.com/path?q=1", "")]
    [InlineData("url,name,plan\nhttps://www.example.com/a/b?ref=x&page=62,Trent West,free", "https://www.example.com/a/b?ref=x&page=62", "")]
    [InlineData("website,name\nhttps://shop.example.com,Ozella Hilpert", "https://shop.example.com", "")]
    [InlineData("map https://maps.example.com/@47.1,8.5,15z ok", "https://maps.example.com/@47.1,8.5,15z", "")]
    [InlineData("{\"u\":\"http://api.example.org:8080/v1/users\"}", "http://api.example.org:8080/v1/users", "")]
    [InlineData("visit www.example.co.uk.", "www.example.co.uk", "")]
    [InlineData("(https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)", "")]
    [InlineData("db postgres://app:S3cret@db.internal:5432/main", "postgres://app:S3cret@db.internal:5432/main", "")]
    [InlineData("ftp://files.example.net/a.zip,", "ftp://files.example.net/a.zip", "")]
    [InlineData("wss://stream.example.com/socket", "wss://stream.example.com/socket", "")]
    [InlineData("link: https://[2001:db8::1]:443/x", "https://[2001:db8::1]:443/x", "")]
    [InlineData("'https://bücher.example/straße'", "https://bücher.example/straße", "")]
    [InlineData("redis://:pw123@cache:6379", "redis://:pw123@cache:6379", "")]
    [InlineData("http://10.0.0.1/admin", "http://10.0.0.1/admin", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.Url, key);

    [Theory]
    [InlineData("localhost:8080", "")]
    [InlineData("just text here", "")]
    [InlineData("https://", "")]
    [InlineData("http:///path", "")]
    [InlineData("://example.com", "")]
    [InlineData("file name.www", "")]
    [InlineData("a://b", "")]
    [InlineData("mailto:user@example.com", "")]
    [InlineData("https://-bad.example.com", "")]
    [InlineData("x=www.", "")]
    [InlineData("see http:// example.com", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);

    [Theory]
    [InlineData("db postgres://app:S3cret@db.internal:5432/main", "S3cret")]
    [InlineData("redis://:pw123@cache:6379", "pw123")]
    [InlineData("https://user:p%40ss@example.com/x", "p%40ss")]
    public void Reports_url_password(string text, string password) =>
        RecognizerTestHelper.AssertFinds(R, text, password, EntityTypes.Password);

    [Theory]
    [InlineData("https://user@example.com/x")]
    [InlineData("https://user:****@example.com/x")]
    [InlineData("https://example.com/a:b@c")]
    public void No_password_without_credentials(string text) =>
        Assert.DoesNotContain(RecognizerTestHelper.Run(R, text), d => d.Type == EntityTypes.Password);

    [Theory]
    [InlineData("DATABASE_URL: postgres://svc_app:Error~6357enim@mq.internal.example.net:7912/beatae", "Error~6357enim")]
    [InlineData("user broker_url=redis://etl:Dolor*5149adipisci@mongo.internal.example.net:9634/itaque", "Dolor*5149adipisci")]
    public void Url_password_survives_conflict_resolution_with_context(string text, string password)
    {
        // The URL's score is raised by "url" context; the password inside it must still be the reported span.
        var engine = new DetectionEngine(RecognizerCatalog.CreateDefault());
        var results = new List<PiiScan.Detection.Detection>();
        engine.DetectField(text, new FieldContext("text", ""), results);
        var found = Assert.Single(results);
        Assert.Equal(EntityTypes.Password, found.Type);
        Assert.Equal(password, text[found.Start..found.End]);
    }
}
