using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Application.SourceMappings;

/// <summary>
/// The creation-time scope check of spec 02 §3, ready for <c>POST /v1/plans/dry-run</c> and <c>POST /v1/jobs</c>:
/// token vs request first (no lookup), then the canonical mapping. Fails closed: an outage, or a lookup that throws,
/// is a 503 and never an allow. Run it after body validation (a body that is invalid and out of scope is a 400).
/// </summary>
public sealed class CreationScopeGuard(ISourceMappingSource mappings, MappingSourceKind kind)
{
    /// <returns>null when creation may proceed; otherwise the E10 (403) or E11 (503) failure.</returns>
    public async ValueTask<RestoreError?> CheckAsync(
        RequestScope token, string tenantId, string instanceId, string source, TokenMatchStyle style,
        CancellationToken cancellationToken)
    {
        var denial = CreationScopePolicy.CheckToken(token, tenantId, instanceId, source, style);
        if (denial is null)
        {
            MappingResolution resolution;
            try
            {
                resolution = await mappings.ResolveAsync(tenantId, instanceId, ServiceScopes.Restore, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // D3: a lookup that throws instead of answering is an outage too.
                denial = ScopeDenial.Outage($"auth control plane source mapping resolve failed: {ex.Message}");
                return ToError(denial);
            }

            denial = CreationScopePolicy.CheckResolution(tenantId, instanceId, source, resolution, kind);
        }

        return denial is null ? null : ToError(denial);
    }

    private static RestoreError ToError(ScopeDenial denial) =>
        new(denial.Status, ErrorCodes.ScopeBlocked, denial.ReasonCode, denial.Message);
}
