using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Infrastructure.Tests;

/// <summary>One migrated database for the assembly (root namespace, so it applies to every fixture).</summary>
[SetUpFixture]
public sealed class InfrastructureTestDatabase
{
    private static TestDatabase? database;

    public static TestDatabase Database => database ?? throw new InvalidOperationException("database not created yet");

    [OneTimeSetUp]
    public async Task CreateAsync() => database = await TestDatabase.CreateAsync("rrs_test_infrastructure");

    [OneTimeTearDown]
    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
