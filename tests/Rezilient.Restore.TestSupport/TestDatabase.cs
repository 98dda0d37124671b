using Microsoft.EntityFrameworkCore;
using Npgsql;
using Respawn;
using Respawn.Graph;
using Rezilient.Restore.Infrastructure;
using Rezilient.Restore.Infrastructure.Persistence;

namespace Rezilient.Restore.TestSupport;

/// <summary>
/// A real PostgreSQL database for one test assembly: created fresh on the server named by
/// <c>REZ_RESTORE_TEST_PG_URL</c> (the README's test command starts a private server and sets it), migrated with the
/// service's own migrations, and reset between tests with Respawn.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerUrlVariable = "REZ_RESTORE_TEST_PG_URL";

    private Respawner? respawner;

    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    /// <summary>Npgsql connection string of the test database (also accepted as <c>REZ_RESTORE_PG_URL</c>).</summary>
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string name, bool migrate = true)
    {
        var serverUrl = Environment.GetEnvironmentVariable(ServerUrlVariable);
        if (string.IsNullOrWhiteSpace(serverUrl))
        {
            throw new InvalidOperationException(
                $"{ServerUrlVariable} is not set: run the tests with scripts/test, which starts a private PostgreSQL " +
                "when none is configured (README).");
        }

        var server = new NpgsqlConnectionStringBuilder(PostgresConnectionString.From(serverUrl)) { Pooling = false };

        // Re-creating a database terminates its sessions; pooled connections to the old one must not be reused.
        NpgsqlConnection.ClearAllPools();
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync();
            await Execute(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            await Execute(admin, $"CREATE DATABASE \"{name}\"");
        }

        var database = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name, Pooling = true };
        var testDatabase = new TestDatabase(name, database.ConnectionString);
        if (migrate)
        {
            await using var db = testDatabase.CreateContext();
            await db.Database.MigrateAsync();
        }

        return testDatabase;
    }

    public RestoreDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<RestoreDbContext>();
        DependencyInjection.Configure(options, ConnectionString);
        return new RestoreDbContext(options.Options);
    }

    public async Task<NpgsqlConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Empties every table of the schema except the migrations history.</summary>
    public async Task ResetAsync()
    {
        await using var connection = await OpenConnectionAsync();
        respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = [RestoreDbContext.Schema],
            TablesToIgnore = [new Table(RestoreDbContext.Schema, "__EFMigrationsHistory")],
        });
        await respawner.ResetAsync(connection);
    }

    /// <summary>Runs a scalar query (assertions on rows).</summary>
    public async Task<T?> ScalarAsync<T>(string sql, params object?[] parameters)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter ?? DBNull.Value });
        }

        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await Task.CompletedTask;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
