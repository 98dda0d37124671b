using Mediator;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Messaging;
using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Application.Health.Queries.CheckReadiness;

/// <summary>
/// <c>GET /health/ready</c> (a port addition for orchestrators): ready when the database answers.
/// <c>GET /v1/health</c> stays dependency-free as spec 01 P1 requires.
/// </summary>
public sealed record CheckReadiness : IRestoreQuery<ReadinessView>;

public sealed record ReadinessView(bool Ok);

public sealed class CheckReadinessHandler(IDatabaseStatus database) : IQueryHandler<CheckReadiness, Result<ReadinessView>>
{
    public static RestoreError DatabaseUnavailable { get; } =
        new(503, ErrorCodes.DependencyUnavailable, Message: "database is unreachable", Dependency: "database");

    public async ValueTask<Result<ReadinessView>> Handle(CheckReadiness query, CancellationToken cancellationToken) =>
        await database.CanConnectAsync(cancellationToken)
            ? Result<ReadinessView>.Ok(new ReadinessView(true))
            : DatabaseUnavailable;
}
