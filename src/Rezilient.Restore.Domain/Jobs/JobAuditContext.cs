namespace Rezilient.Restore.Domain.Jobs;

/// <summary>The immutable job fields every cross-service twin of the job's legacy events carries (spec 04 §6.2).</summary>
public sealed record JobAuditContext(
    string TenantId,
    string InstanceId,
    string Source,
    string PlanId,
    string PlanHash,
    string JobId);
