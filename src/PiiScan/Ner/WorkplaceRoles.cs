using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// Job titles and department names: words that sit beside a person's or a company's name in signatures and org charts
/// (<c>Legal Counsel Uecomm Limited</c>, <c>Head of Finance</c>) and are never a name of their own.
/// </summary>
internal static class WorkplaceRoles
{
    /// <summary>True when <paramref name="word"/> is a job title in title case (<c>Counsel</c>, <c>Manager</c>, <c>CTO</c>).</summary>
    public static bool IsJobTitle(ReadOnlySpan<char> word) => JobTitles.Contains(word);

    /// <summary>
    /// True when <paramref name="word"/> names a department (<c>Finance</c>, <c>Legal</c>, <c>Human Resources</c>,
    /// <c>Front Desk</c>): alone it is part of an organization, not one ("Head of Finance", "Greta in Legal").
    /// </summary>
    public static bool IsDepartment(ReadOnlySpan<char> word) => Departments.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Departments = FrozenSet.Create(
        StringComparer.Ordinal,
        ["Finance", "Sales", "Marketing", "Engineering", "Operations", "Legal", "Compliance", "Procurement", "Accounting",
         "Payroll", "Facilities", "Support", "Security", "Research", "Design", "Product", "Purchasing", "Billing",
         "Recruiting", "Recruitment", "Admissions", "Infrastructure", "Accounts", "Human Resources", "Customer Service",
         "Customer Support", "Customer Success", "Front Desk", "Help Desk", "Service Desk", "Accounts Payable",
         "Accounts Receivable", "Quality Assurance", "Research and Development", "Public Relations", "Investor Relations",
         "People", "Talent", "Growth"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Job titles that signatures put between a name and the company ("Project Manager National Energy Production
    // Corporation", "Legal Counsel Uecomm Limited"): never part of the company's name.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> JobTitles = FrozenSet.Create(
        StringComparer.Ordinal,
        ["Manager", "Counsel", "President", "Director", "Officer", "CEO", "CFO", "CTO", "COO", "VP", "SVP", "EVP",
         "Engineer", "Analyst", "Consultant", "Attorney", "Secretary", "Treasurer", "Chairman", "Chairwoman", "Founder",
         "Coordinator", "Specialist", "Representative", "Administrator", "Assistant", "Associate", "Advisor", "Adviser",
         "Supervisor", "Accountant", "Developer", "Architect", "Recruiter", "Paralegal", "Clerk", "Intern", "Lead", "Head",
         "Executive", "Buyer", "Editor", "Designer", "Auditor", "Scientist", "Strategist"])
        .GetAlternateLookup<ReadOnlySpan<char>>();
}
