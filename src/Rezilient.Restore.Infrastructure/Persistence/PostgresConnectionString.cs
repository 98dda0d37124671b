using Npgsql;

namespace Rezilient.Restore.Infrastructure.Persistence;

/// <summary>
/// Turns <c>REZ_RESTORE_PG_URL</c> into an Npgsql connection string. Accepts the URL form of spec 09
/// (<c>postgres://user:pass@host:port/db?sslmode=require</c>) and the keyword form
/// (<c>Host=…;Database=…</c>). The pool defaults follow spec 09 §4.3: at most 10 connections, 30 s idle lifetime.
/// </summary>
public static class PostgresConnectionString
{
    public const string MigrationsAssembly = "Rezilient.Restore.Migrations";

    public static string From(string value)
    {
        var builder = value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
                      || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            ? FromUrl(new Uri(value))
            : new NpgsqlConnectionStringBuilder(value);
        // Defaults of spec 09 §4.3 unless the operator set them in the keyword form.
        if (!builder.ContainsKey("Maximum Pool Size"))
        {
            builder.MaxPoolSize = 10;
        }

        if (!builder.ContainsKey("Connection Idle Lifetime"))
        {
            builder.ConnectionIdleLifetime = 30;
        }

        if (!builder.ContainsKey("Timeout"))
        {
            builder.Timeout = 5; // seconds to connect; an unreachable database fails fast
        }

        return builder.ConnectionString;
    }

    private static NpgsqlConnectionStringBuilder FromUrl(Uri url)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port <= 0 ? 5432 : url.Port,
            Database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : null,
        };
        var userInfo = url.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts[0].Equals("sslmode", StringComparison.OrdinalIgnoreCase) && parts.Length == 2)
            {
                builder.SslMode = Enum.Parse<SslMode>(Uri.UnescapeDataString(parts[1]).Replace("-", string.Empty), ignoreCase: true);
            }
        }

        return builder;
    }
}
