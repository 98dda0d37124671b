using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rezilient.Restore.Migrations;

/// <summary>The idempotent SQL of all migrations (what <c>dotnet ef migrations script --idempotent</c> produces).</summary>
public static class IdempotentScript
{
    public const string FileName = "service-plane.idempotent.sql";

    public static string Generate(DbContext db) =>
        db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent)
            .ReplaceLineEndings("\n");
}
