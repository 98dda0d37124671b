using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Api.Tests;

/// <summary>One database for the whole assembly, created and migrated once (root namespace: applies to every test).</summary>
[SetUpFixture]
public sealed class ApiTestDatabase
{
    private static TestDatabase? database;

    public static TestDatabase Database => database ?? throw new InvalidOperationException("database not created yet");

    [OneTimeSetUp]
    public async Task CreateAsync() => database = await TestDatabase.CreateAsync("rrs_test_api");

    [OneTimeTearDown]
    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
