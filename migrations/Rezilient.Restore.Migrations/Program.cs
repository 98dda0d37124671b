#pragma warning disable EF1001 // DesignTimeServicesBuilder/OperationReporter are EF's own design-time plumbing.
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Rezilient.Restore.Migrations;

/// <summary>
/// Design-time CLI for the service-plane migrations (the dotnet-ef tool is not available from our registry):
/// <code>
///   dotnet run --project migrations/Rezilient.Restore.Migrations -- add &lt;MigrationName&gt;
///   dotnet run --project migrations/Rezilient.Restore.Migrations -- script
/// </code>
/// <c>script</c> rewrites <c>migrations/sql/service-plane.idempotent.sql</c>, the reviewed DBA hand-off
/// (spec 08 B13.6); a test fails when that file is out of date or the model has changes without a migration.
/// </summary>
internal static class MigrationsCli
{
    public static async Task<int> Main(string[] args)
    {
        var projectDir = FindProjectDirectory();
        switch (args)
        {
            case ["add", var name]:
                AddMigration(projectDir, name);
                return 0;
            case ["script"]:
                await using (var db = new DesignTimeDbContextFactory().CreateDbContext([]))
                {
                    var path = Path.GetFullPath(Path.Combine(projectDir, "..", "sql", IdempotentScript.FileName));
                    await File.WriteAllTextAsync(path, IdempotentScript.Generate(db));
                    Console.WriteLine($"wrote {path}");
                }

                return 0;
            default:
                await Console.Error.WriteLineAsync("usage: add <MigrationName> | script");
                return 2;
        }
    }

    private static void AddMigration(string projectDir, string name)
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);
        var reporter = new OperationReporter(new OperationReportHandler(
            Console.Error.WriteLine, Console.Error.WriteLine, Console.WriteLine, Console.WriteLine));
        var assembly = typeof(DesignTimeDbContextFactory).Assembly;
        var services = new DesignTimeServicesBuilder(assembly, assembly, reporter, []).Build(db);
        var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
        var migration = scaffolder.ScaffoldMigration(name, "Rezilient.Restore.Migrations", "Migrations", "C#");
        var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Migrations"));
        Console.WriteLine($"wrote {files.MigrationFile}");
    }

    private static string FindProjectDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rezilient.Restore.Migrations.csproj")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("run from the repository (project directory not found)");
    }
}
