using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class DateOfBirthRecognizerTests
{
    private static readonly DateOfBirthRecognizer R = new();

    [Theory]
    [InlineData("dob: 1990-05-12", "1990-05-12", "")]
    [InlineData("Date of birth 12/05/1990.", "12/05/1990", "")]
    [InlineData("born on 05-28-1985", "05-28-1985", "")]
    [InlineData("birthday 31.12.1979", "31.12.1979", "")]
    [InlineData("1990-05-12", "1990-05-12", "date_of_birth")]
    [InlineData("19900512", "19900512", "dob")]
    [InlineData("born 12 May 1990", "12 May 1990", "")]
    [InlineData("DOB: May 12, 1990", "May 12, 1990", "")]
    [InlineData("birthdate Sept 3rd, 1960", "Sept 3rd, 1960", "")]
    [InlineData("{\"birthDate\":\"2001-02-28T00:00:00Z\"}", "2001-02-28", "birthDate")]
    [InlineData("bday 1/2/2003", "1/2/2003", "")]
    [InlineData("born: 3 February 1950 in X", "3 February 1950", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.DateOfBirth, key);

    [Theory]
    [InlineData("1990-05-12", "")]
    [InlineData("created 2024-01-15", "")]
    [InlineData("dob: 1990-13-12", "")]
    [InlineData("dob: 1990-02-30", "")]
    [InlineData("dob 1850-01-01", "")]
    [InlineData("dob 2999-01-01", "")]
    [InlineData("born 12/05/90", "")]
    [InlineData("order date 1990-05-12", "")]
    [InlineData("2024-01-15T10:00:00Z", "timestamp")]
    [InlineData("dob: 12 Mayo 1990", "")]
    [InlineData("dob: version 1.2.3", "")]
    [InlineData("dob 19901332", "")]
    [InlineData("1990-05-12", "created_at")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
