namespace Rezilient.Restore.Migrations;

/// <summary>
/// The restore-index tables of spec 08 Part A as idempotent DDL (<c>migrations/sql/index-plane.sql</c>, embedded).
/// Applied by the initial migration for local runs and tests (decision D2); every statement is "if not exists", so it
/// is harmless where the indexer or the reference SQL created the tables first. Frozen once released: schema changes
/// go into new migrations.
/// </summary>
internal static class IndexPlaneScript
{
    public static string Read()
    {
        using var stream = typeof(IndexPlaneScript).Assembly.GetManifestResourceStream("index-plane.sql")
            ?? throw new InvalidOperationException("index-plane.sql is not embedded in the migrations assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
