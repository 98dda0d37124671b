using Rezilient.Restore.Application.SourceMappings;
using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Infrastructure.SourceMappings;

/// <summary>
/// Static mode (spec 02 §4.2): mappings from <c>RRS_SOURCE_MAPPINGS_JSON</c>, answered as ACP would answer for a fully
/// active mapping that allows <c>rrs</c>. Keyed by the (tenant, instance) pair — a later entry replaces an earlier
/// one in its first position. Never reports an outage; with no mappings every creation is denied.
/// </summary>
public sealed class StaticSourceMappingSource : ISourceMappingSource
{
    private readonly Dictionary<(string TenantId, string InstanceId), CanonicalMapping> byScope = [];
    private readonly List<(string TenantId, string InstanceId)> order = [];

    public StaticSourceMappingSource(IEnumerable<SourceMapping> mappings, TimeProvider clock)
    {
        var loadedAt = clock.GetUtcNow().ToWireString();
        foreach (var mapping in mappings)
        {
            var key = (mapping.TenantId, mapping.InstanceId);
            if (!byScope.ContainsKey(key))
            {
                order.Add(key);
            }

            byScope[key] = new CanonicalMapping(
                mapping.TenantId, mapping.InstanceId, mapping.Source,
                MappingStates.Active, MappingStates.Active, MappingStates.Active, [ServiceScopes.Restore], loadedAt);
        }
    }

    public ValueTask<MappingResolution> ResolveAsync(
        string tenantId, string instanceId, string serviceScope, CancellationToken cancellationToken) =>
        ValueTask.FromResult(byScope.TryGetValue((tenantId, instanceId), out var mapping)
            ? MappingResolution.Found(mapping with
            {
                RequestedServiceScope = serviceScope,
                ServiceAllowed = serviceScope == ServiceScopes.Restore,
            })
            : MappingResolution.NotFound);

    public ValueTask<MappingListResult> ListAsync(MappingListFilter filter, CancellationToken cancellationToken) =>
        ValueTask.FromResult(MappingListResult.Ok(order.Select(key => byScope[key]).Where(filter.Matches).ToList()));
}
