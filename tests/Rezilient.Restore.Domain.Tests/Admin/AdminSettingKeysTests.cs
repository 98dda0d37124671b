using Rezilient.Restore.Domain.Admin;

namespace Rezilient.Restore.Domain.Tests.Admin;

public sealed class AdminSettingKeysTests
{
    [Test]
    public void The_storage_keys_are_the_values_of_the_check_constraint()
    {
        Assert.That(AdminSettingKeys.StagingMode, Is.EqualTo("staging_mode"));
        Assert.That(AdminSettingKeys.RunbooksSignoff, Is.EqualTo("runbooks_signoff"));
    }

    [Test]
    public void All_lists_every_key_once()
    {
        Assert.That(AdminSettingKeys.All,
            Is.EquivalentTo(new[] { AdminSettingKeys.StagingMode, AdminSettingKeys.RunbooksSignoff }));
        Assert.That(AdminSettingKeys.All, Is.Unique);
    }

    [Test]
    public void Settings_seeded_from_configuration_are_attributed_to_system()
    {
        Assert.That(AdminSettingKeys.SystemActor, Is.EqualTo("system"));
    }
}
