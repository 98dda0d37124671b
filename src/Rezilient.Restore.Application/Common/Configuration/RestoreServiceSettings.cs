using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Application.Common.Configuration;

/// <summary>How the canonical tenant/instance → source mapping is obtained (spec 09 §3, decision S1).</summary>
public enum SourceMappingMode
{
    Acp,
    Static,
}

/// <summary>
/// The validated service configuration (spec 09 §2). Built once at startup from environment variables;
/// every value is already trimmed/defaulted/validated. Secrets live here but are never logged.
/// </summary>
public sealed record RestoreServiceSettings
{
    public string? AuthExpectedIssuer { get; init; }
    public int Port { get; init; } = 3100;
    public required string AdminToken { get; init; }
    public required string AuthSigningKey { get; init; }
    public int AuthTokenClockSkewSeconds { get; init; } = 30;
    public long MaxJsonBodyBytes { get; init; } = 1_048_576;
    public required string RestorePgUrl { get; init; }
    public int RestoreIndexStaleAfterSeconds { get; init; } = 120;
    public int ExecuteDefaultChunkSize { get; init; } = 100;
    public int ExecuteMaxRows { get; init; } = 10_000;
    public double ExecuteElevatedSkipRatioPercent { get; init; } = 20;
    public int ExecuteMaxChunksPerAttempt { get; init; }
    public int MediaChunkSize { get; init; } = 25;
    public int MediaMaxItems { get; init; } = 1000;
    public long MediaMaxBytes { get; init; } = 104_857_600;
    public int MediaMaxRetryAttempts { get; init; } = 3;
    public string EvidenceSignerKeyId { get; init; } = "rrs-dev-ed25519-v1";
    public required string EvidenceSigningPrivateKeyPem { get; init; }
    public required string EvidenceSigningPublicKeyPem { get; init; }
    public bool EvidenceImmutableWormEnabled { get; init; }
    public string EvidenceImmutableRetentionClass { get; init; } = "standard-30d";
    public bool StagingModeEnabled { get; init; }
    public bool GaRunbooksSignedOff { get; init; }
    public SourceMappingMode SourceMappingMode { get; init; } = SourceMappingMode.Acp;
    public Uri? AcpBaseUrl { get; init; }
    public string? AcpInternalToken { get; init; }
    public int AcpRequestTimeoutMs { get; init; } = 2000;
    public int AcpPositiveCacheTtlSeconds { get; init; } = 30;
    public int AcpNegativeCacheTtlSeconds { get; init; } = 5;
    public IReadOnlyList<SourceMapping> StaticSourceMappings { get; init; } = [];

    /// <summary>True when <c>RRS_SOURCE_MAPPINGS_JSON</c> was non-empty but ignored because the mode is acp.</summary>
    public bool StaticMappingsIgnored { get; init; }

    // Port additions (documented in docs/configuration.md).

    /// <summary><c>RRS_BIND_ADDRESS</c>: listen address; spec 01 §1.4 says 0.0.0.0, the dev run command uses loopback.</summary>
    public string BindAddress { get; init; } = "0.0.0.0";

    /// <summary><c>RRS_AUTO_MIGRATE</c>: apply pending migrations at startup (development only).</summary>
    public bool AutoMigrate { get; init; }

    /// <summary>Never prints the admin token, signing keys, PEMs, the ACP token or the database URL.</summary>
    public override string ToString() =>
        $"{nameof(RestoreServiceSettings)} {{ Port = {Port}, BindAddress = {BindAddress}, " +
        $"SourceMappingMode = {SourceMappingMode}, StaticSourceMappings = {StaticSourceMappings.Count}, " +
        $"MaxJsonBodyBytes = {MaxJsonBodyBytes}, secrets redacted }}";
}
