namespace Rezilient.Restore.Application.Common.Abstractions;

/// <summary>Readiness probe of the service's database.</summary>
public interface IDatabaseStatus
{
    Task<bool> CanConnectAsync(CancellationToken cancellationToken);
}
