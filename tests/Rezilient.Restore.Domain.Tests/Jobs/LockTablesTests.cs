using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Domain.Tests.Jobs;

public sealed class LockTablesTests
{
    [Test]
    public void Entries_are_trimmed_and_exact_duplicates_removed()
    {
        Assert.That(LockTables.Normalize([" task ", "incident", "task"]), Is.EqualTo(new[] { "incident", "task" }));
    }

    [Test]
    public void Names_are_lower_cased_then_de_duplicated()
    {
        Assert.That(LockTables.Normalize(["b", "A", "a"]), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Underscore_sorts_before_dot()
    {
        Assert.That(LockTables.Normalize(["x_app.ticket", "x_app_ticket"]), Is.EqualTo(new[] { "x_app_ticket", "x_app.ticket" }));
    }

    [Test]
    public void Tables_differing_only_in_case_are_one_table()
    {
        Assert.That(LockTables.Normalize(["Incident", " INCIDENT ", "incident"]), Is.EqualTo(new[] { "incident" }));
    }

    [Test]
    public void A_list_of_blank_entries_normalizes_to_empty()
    {
        Assert.That(LockTables.Normalize(["", "   ", "\t\n", "\u00A0\uFEFF"]), Is.Empty);
    }

    [Test]
    public void Blank_entries_are_dropped_between_real_tables()
    {
        Assert.That(LockTables.Normalize(["task", " ", "incident"]), Is.EqualTo(new[] { "incident", "task" }));
    }

    [Test]
    public void Duplicates_that_differ_only_by_surrounding_whitespace_collapse()
    {
        Assert.That(LockTables.Normalize(["incident", "\u3000incident\u00A0", " incident"]), Is.EqualTo(new[] { "incident" }));
    }

    // spec 04 §0.4 rule 3 (lower-case groups; J2 lower-cases names first): ascending order; the input is the reverse.
    [TestCase("a", "a_1", "a_b", "a-b", "a.b", "a1", "ab", "b")]
    [TestCase("cmdb", "cmdb_ci", "cmdb_ci_server", "cmdbci")]
    [TestCase("sys_user", "sys.user")]
    [TestCase("x_app_ticket", "x_app.ticket", "x_app1")]
    [TestCase("incident_a", "incident_b")]
    public void Collation_examples_of_spec_04_sort_ascending(params string[] ascending)
    {
        Assert.That(LockTables.Normalize(ascending.Reverse()), Is.EqualTo(ascending));
    }
}
