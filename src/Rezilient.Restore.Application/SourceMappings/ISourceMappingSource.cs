using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Application.SourceMappings;

/// <summary>
/// Where canonical tenant/instance → source mappings come from (spec 02 §4): the auth control plane (production,
/// cached) or static configuration (local runs and tests). Implementations report outages as values and never
/// fall back to another source.
/// </summary>
public interface ISourceMappingSource
{
    /// <summary>Resolves the mapping of <paramref name="tenantId"/>/<paramref name="instanceId"/> for a service scope.</summary>
    ValueTask<MappingResolution> ResolveAsync(
        string tenantId, string instanceId, string serviceScope, CancellationToken cancellationToken);

    /// <summary>Lists mappings matching <paramref name="filter"/>; never cached.</summary>
    ValueTask<MappingListResult> ListAsync(MappingListFilter filter, CancellationToken cancellationToken);
}
