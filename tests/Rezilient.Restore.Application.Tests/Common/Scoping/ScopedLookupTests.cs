using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Application.Common.Scoping;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Application.Tests.Common.Scoping;

public sealed class ScopedLookupTests
{
    private static readonly RequestScope Scope = new("tenant-acme", "sn-dev-01", "sn://acme-dev.service-now.com");

    private sealed record TestRecord(string Id, string TenantId, string InstanceId, string Source) : IScopedRecord;

    private static TestRecord Owned(string id = "owned") => new(id, Scope.TenantId, Scope.InstanceId, Scope.Source);

    private static void AssertE5(RestoreError? error)
    {
        Assert.That(error, Is.Not.Null);
        Assert.That(error!.Status, Is.EqualTo(404));
        Assert.That(error.Error, Is.EqualTo("not_found"));
        Assert.That(error.ReasonCode, Is.EqualTo("blocked_unknown_source_mapping"));
        Assert.That(error.Message, Is.EqualTo("resource not found within token scope"));
        Assert.That(error.Dependency, Is.Null);
    }

    [Test]
    public void A_missing_record_is_the_scoped_404()
    {
        var result = ScopedLookup.Require<TestRecord>(null, Scope);

        Assert.That(result.IsSuccess, Is.False);
        AssertE5(result.Error);
    }

    [Test]
    public void A_record_of_another_scope_is_the_same_scoped_404_as_a_missing_one()
    {
        var foreign = new TestRecord("foreign", "tenant-other", Scope.InstanceId, Scope.Source);

        var foreignResult = ScopedLookup.Require(foreign, Scope);
        var missingResult = ScopedLookup.Require<TestRecord>(null, Scope);

        Assert.That(foreignResult.IsSuccess, Is.False);
        AssertE5(foreignResult.Error);
        Assert.That(foreignResult.Error, Is.EqualTo(missingResult.Error));
        Assert.That(foreignResult.Value, Is.Null);
    }

    [TestCase("tenant-other", "sn-dev-01", "sn://acme-dev.service-now.com")]
    [TestCase("tenant-acme", "sn-dev-02", "sn://acme-dev.service-now.com")]
    [TestCase("tenant-acme", "sn-dev-01", "sn://other.service-now.com")]
    [TestCase("TENANT-ACME", "sn-dev-01", "sn://acme-dev.service-now.com")]
    public void A_record_differing_in_any_scope_part_is_the_scoped_404(string tenant, string instance, string source)
    {
        var result = ScopedLookup.Require(new TestRecord("x", tenant, instance, source), Scope);

        AssertE5(result.Error);
    }

    [Test]
    public void An_owned_record_is_returned()
    {
        var record = Owned();

        var result = ScopedLookup.Require(record, Scope);

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(result.Value, Is.SameAs(record));
        Assert.That(result.SuccessStatus, Is.EqualTo(200));
    }

    [Test]
    public void Without_a_scope_even_an_existing_record_is_the_scoped_404()
    {
        var result = ScopedLookup.Require(Owned(), scope: null);

        AssertE5(result.Error);
    }

    [Test]
    public void WithinScope_keeps_only_records_matching_all_three_parts_exactly()
    {
        var records = new[]
        {
            Owned("a"),
            new TestRecord("other-tenant", "tenant-other", Scope.InstanceId, Scope.Source),
            new TestRecord("other-instance", Scope.TenantId, "sn-dev-02", Scope.Source),
            new TestRecord("other-source", Scope.TenantId, Scope.InstanceId, "sn://other.service-now.com"),
            new TestRecord("case", "Tenant-Acme", Scope.InstanceId, Scope.Source),
            Owned("b"),
        }.AsQueryable();

        var ids = records.WithinScope(Scope).Select(r => r.Id).ToList();

        Assert.That(ids, Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void WithinScope_of_a_scope_with_no_records_is_empty()
    {
        var records = new[] { Owned() }.AsQueryable();

        var stranger = new RequestScope("tenant-zeta", "sn-prod-09", "sn://zeta.service-now.com");

        Assert.That(records.WithinScope(stranger), Is.Empty);
    }
}
