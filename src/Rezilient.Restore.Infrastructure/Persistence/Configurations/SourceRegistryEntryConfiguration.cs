using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Infrastructure.Persistence.Configurations;

/// <summary><c>source_registry</c> (spec 08 A5.1): created by the Part A baseline script, so not by EF migrations.</summary>
internal sealed class SourceRegistryEntryConfiguration : IEntityTypeConfiguration<SourceRegistryEntry>
{
    public void Configure(EntityTypeBuilder<SourceRegistryEntry> builder)
    {
        builder.ToTable("source_registry", t => t.ExcludeFromMigrations());
        builder.HasKey(e => new { e.TenantId, e.InstanceId });
    }
}
