using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rezilient.Restore.Api.Tests.Support;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Infrastructure;
using Rezilient.Restore.Infrastructure.Persistence;

namespace Rezilient.Restore.Api.Tests.Http;

/// <summary>
/// With the database unreachable, readiness says so (503) while liveness stays dependency-free (spec 01 P1). The
/// service refuses to start without its database, so only the readiness probe is pointed at a closed port here.
/// </summary>
public sealed class ReadinessOutageTests : ApiTestBase
{
    protected override Action<IServiceCollection> ServiceOverrides => services =>
    {
        services.RemoveAll<IDatabaseStatus>();
        services.AddSingleton<IDatabaseStatus, UnreachableDatabase>();
    };

    [Test]
    public async Task Readiness_is_503_and_liveness_200_when_the_database_is_down()
    {
        var ready = await SendAsync(Request(HttpMethod.Get, "/health/ready"));
        var live = await SendAsync(Request(HttpMethod.Get, "/v1/health"));

        Assert.That(ready.Status, Is.EqualTo(503));
        Assert.That(ready.Compact, Is.EqualTo(
            """{"error":"dependency_unavailable","dependency":"database","message":"database is unreachable"}"""));
        Assert.That(live.Compact, Is.EqualTo("""{"ok":true}"""));
    }

    /// <summary>The real EF Core + Npgsql connection check, against a port nothing listens on.</summary>
    private sealed class UnreachableDatabase : IDatabaseStatus
    {
        public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
        {
            var options = new DbContextOptionsBuilder<RestoreDbContext>();
            DependencyInjection.Configure(options, "Host=127.0.0.1;Port=1;Timeout=2");
            await using var db = new RestoreDbContext(options.Options);
            return await db.Database.CanConnectAsync(cancellationToken);
        }
    }
}
