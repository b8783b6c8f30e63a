using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

public sealed class WorkplaceRolesTests
{
    [Theory]
    [InlineData("Finance", true)]
    [InlineData("Human Resources", true)]
    [InlineData("Front Desk", true)]
    [InlineData("Research and Development", true)]
    [InlineData("Ministry of Finance", false)] // a department inside a longer name is part of it
    [InlineData("finance", false)]
    public void IsDepartment_WholeSpanNamesADepartment(string span, bool expected) =>
        Assert.Equal(expected, WorkplaceRoles.IsDepartment(span));

    [Theory]
    [InlineData("Counsel", true)]
    [InlineData("CTO", true)]
    [InlineData("counsel", false)]
    [InlineData("Kestrel", false)]
    public void IsJobTitle_TitleCaseRole_True(string word, bool expected) =>
        Assert.Equal(expected, WorkplaceRoles.IsJobTitle(word));
}
