using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

public class HonorificTitlesTests
{
    [Theory]
    [InlineData("Mrs. Okafor", "Okafor")]
    [InlineData("CTO Ngozi Eze", "Ngozi Eze")] // roles and kin titles are no part of a name
    [InlineData("Coach Williams", "Williams")]
    [InlineData("Grandma Ruth", "Ruth")]
    [InlineData("Senator Maria Cantwell", "Maria Cantwell")]
    [InlineData("Coach", "Coach")] // nothing after it: left alone
    [InlineData("dr. patel", "patel")] // a lower-case title before a lower-case name
    [InlineData("Captain America", "Captain America")] // not listed: a character's name
    [InlineData("Dean Martin", "Dean Martin")] // a first name, not listed
    [InlineData("Uncle ben", "Uncle ben")] // lower case after it: no name start
    public void NameStart_AfterTheTitle(string span, string expected) =>
        Assert.Equal(expected, span[HonorificTitles.NameStart(span)..]);

    [Theory]
    [InlineData("Call Dr Patel", 0, 7, true)] // "Call Dr" before the name "Patel"
    [InlineData("Call Dr. Patel", 0, 7, true)]
    [InlineData("Dr Patel", 0, 2, true)]
    [InlineData("Ask Uncle Frank", 0, 9, true)]
    [InlineData("Call Dr Patel", 0, 13, false)] // the whole name
    [InlineData("Call Dr", 0, 7, false)] // nothing after it
    [InlineData("Call Dr patel", 0, 7, false)] // no capitalized word after it
    [InlineData("Ask McDr Patel", 0, 8, false)] // not a title word
    public void EndsBeforeName_TitleOfTheNextName_True(string text, int start, int end, bool expected) =>
        Assert.Equal(expected, HonorificTitles.EndsBeforeName(text, start, end));

    [Theory]
    [InlineData("Dr", true)]
    [InlineData("MRS", true)]
    [InlineData("Coach", false)] // also stands alone or before a team
    [InlineData("President", false)]
    [InlineData("dr", false)]
    public void IsPersonal_OnlyTitlesANameFollows(string word, bool expected) =>
        Assert.Equal(expected, HonorificTitles.IsPersonal(word));

    [Theory]
    [InlineData("Aunt", true)]
    [InlineData("Grandpa", true)]
    [InlineData("Cousin", true)]
    [InlineData("Dr", false)] // a personal title, not a kin one
    [InlineData("aunt", false)]
    public void IsKin_KinTitles(string word, bool expected) =>
        Assert.Equal(expected, HonorificTitles.IsKin(word));

    [Theory]
    [InlineData("Caregiver Marisol", "Marisol")] // a role noun goes as a title does
    [InlineData("Customer Jamal Whitaker", "Jamal Whitaker")]
    [InlineData("Adam Driver", "Adam Driver")] // roles that are also surnames are no titles
    [InlineData("Cousin Itzel", "Itzel")] // kin titles too
    public void NameStart_AfterARoleNoun(string span, string expected) =>
        Assert.Equal(expected, span[HonorificTitles.NameStart(span)..]);

    [Theory]
    [InlineData("Babysitter", true)]
    [InlineData("Tenant", true)]
    [InlineData("Driver", false)]
    [InlineData("Guest", false)]
    public void IsRole_RoleNounsButSurnames(string word, bool expected) =>
        Assert.Equal(expected, HonorificTitles.IsRole(word));

    [Theory]
    [InlineData("CALLER", true)] // a transcript's speaker label
    [InlineData("AGENT", true)]
    [InlineData("PATIENT", true)]
    [InlineData("Caller", false)] // only in capitals
    [InlineData("OKAFOR", false)]
    [InlineData("AUNT", true)]
    [InlineData("C", false)]
    public void IsShoutedTitle_TitleOrRoleInCapitals(string span, bool expected) =>
        Assert.Equal(expected, HonorificTitles.IsShoutedTitle(span));

    [Theory]
    [InlineData("Father Dominic", "Dominic")]
    [InlineData("Fr. Tom Byrne", "Tom Byrne")]
    [InlineData("Rabbi Levi", "Levi")]
    public void NameStart_AfterAClergyTitle(string span, string expected) =>
        Assert.Equal(expected, span[HonorificTitles.NameStart(span)..]);
}
