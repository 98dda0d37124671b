namespace Rezilient.Restore.Domain.Scope;

/// <summary>A stored resource that belongs to exactly one tenant/instance/source (plans, jobs).</summary>
public interface IScopedRecord
{
    string TenantId { get; }

    string InstanceId { get; }

    string Source { get; }
}
