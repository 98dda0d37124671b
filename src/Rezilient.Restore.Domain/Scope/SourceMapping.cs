namespace Rezilient.Restore.Domain.Scope;

/// <summary>A canonical tenant/instance → ServiceNow source mapping (spec 02). Values are kept untrimmed.</summary>
public sealed record SourceMapping(string TenantId, string InstanceId, string Source);
