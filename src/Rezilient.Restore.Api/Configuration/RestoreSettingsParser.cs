using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Rezilient.Restore.Application.Common.Configuration;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Api.Configuration;

/// <summary>
/// Reads <see cref="RestoreServiceSettings"/> from environment variables (spec 09). Variables are validated
/// in the spec's "Order" column and the first failure is reported with its exact message. Never throws
/// because of a variable's value.
/// </summary>
public static class RestoreSettingsParser
{
    public const string StaticMappingsIgnoredWarning = "RRS_SOURCE_MAPPINGS_JSON is set but ignored in acp mode";

    public static SettingsParseResult Parse(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var env = new EnvironmentReader(environment);
        var defaults = new RestoreServiceSettings
        {
            AdminToken = string.Empty,
            AuthSigningKey = string.Empty,
            RestorePgUrl = string.Empty,
            EvidenceSigningPrivateKeyPem = string.Empty,
            EvidenceSigningPublicKeyPem = string.Empty,
        };

        // spec 09 §2, in "Order"; the reader keeps the first failure and later reads only fill placeholders.
        var authExpectedIssuer = env.OptionalString("RRS_AUTH_EXPECTED_ISSUER");
        var port = env.NonNegativeInt("PORT", defaults.Port);
        var adminToken = env.RequiredString("RRS_ADMIN_TOKEN");
        var authSigningKey = env.RequiredString("RRS_AUTH_SIGNING_KEY");
        var clockSkew = env.NonNegativeInt("RRS_AUTH_TOKEN_CLOCK_SKEW_SECONDS", defaults.AuthTokenClockSkewSeconds);
        var maxJsonBodyBytes = env.PositiveLong("RRS_MAX_JSON_BODY_BYTES", defaults.MaxJsonBodyBytes);
        var restorePgUrl = env.RequiredString("REZ_RESTORE_PG_URL", RestorePgUrlText(environment));
        var staleAfter = env.PositiveInt("RRS_RESTORE_INDEX_STALE_AFTER_SECONDS", defaults.RestoreIndexStaleAfterSeconds);
        var executeChunkSize = env.PositiveInt("RRS_EXECUTE_DEFAULT_CHUNK_SIZE", defaults.ExecuteDefaultChunkSize);
        var executeMaxRows = env.PositiveInt("RRS_EXECUTE_MAX_ROWS", defaults.ExecuteMaxRows);
        var skipRatio = env.Percentage("RRS_EXECUTE_ELEVATED_SKIP_RATIO_PERCENT", defaults.ExecuteElevatedSkipRatioPercent);
        var maxChunksPerAttempt = env.NonNegativeInt("RRS_EXECUTE_MAX_CHUNKS_PER_ATTEMPT", defaults.ExecuteMaxChunksPerAttempt);
        var mediaChunkSize = env.PositiveInt("RRS_MEDIA_CHUNK_SIZE", defaults.MediaChunkSize);
        var mediaMaxItems = env.PositiveInt("RRS_MEDIA_MAX_ITEMS", defaults.MediaMaxItems);
        var mediaMaxBytes = env.PositiveLong("RRS_MEDIA_MAX_BYTES", defaults.MediaMaxBytes);
        var mediaMaxRetries = env.PositiveInt("RRS_MEDIA_MAX_RETRY_ATTEMPTS", defaults.MediaMaxRetryAttempts);
        var signerKeyId = env.OptionalString("RRS_EVIDENCE_SIGNER_KEY_ID") ?? defaults.EvidenceSignerKeyId;
        var privateKeyPem = env.RequiredPem("RRS_EVIDENCE_SIGNING_PRIVATE_KEY_PEM");
        var publicKeyPem = env.RequiredPem("RRS_EVIDENCE_SIGNING_PUBLIC_KEY_PEM");
        var wormEnabled = env.Boolean("RRS_EVIDENCE_IMMUTABLE_WORM_ENABLED", defaults.EvidenceImmutableWormEnabled);
        var retentionClass = env.OptionalString("RRS_EVIDENCE_IMMUTABLE_RETENTION_CLASS") ?? defaults.EvidenceImmutableRetentionClass;
        var stagingMode = env.Boolean("RRS_STAGING_MODE_ENABLED", defaults.StagingModeEnabled);
        var runbooksSignedOff = env.Boolean("RRS_GA_RUNBOOKS_SIGNED_OFF", defaults.GaRunbooksSignedOff);

        // spec 09 §3: the ACP variables are mandatory in acp mode, optional (but validated) in static mode.
        var mode = env.MappingMode("RRS_SOURCE_MAPPING_MODE", defaults.SourceMappingMode);
        var acpRequired = mode == SourceMappingMode.Acp;
        var acpBaseUrl = env.HttpUrl("RRS_ACP_BASE_URL", acpRequired);
        var acpToken = acpRequired ? env.RequiredString("RRS_ACP_INTERNAL_TOKEN") : env.OptionalString("RRS_ACP_INTERNAL_TOKEN");
        var acpTimeout = env.PositiveInt("RRS_ACP_REQUEST_TIMEOUT_MS", defaults.AcpRequestTimeoutMs);
        var positiveTtl = env.NonNegativeInt("RRS_ACP_POSITIVE_CACHE_TTL_SECONDS", defaults.AcpPositiveCacheTtlSeconds);
        var negativeTtl = env.NonNegativeInt("RRS_ACP_NEGATIVE_CACHE_TTL_SECONDS", defaults.AcpNegativeCacheTtlSeconds);
        var mappingsText = env.OptionalRaw(SourceMappingsJson.VariableName);
        var mappings = mappingsText is null ? [] : env.SourceMappings(mappingsText);

        // Port additions, validated after every spec variable.
        var bindAddress = env.IpAddress("RRS_BIND_ADDRESS", defaults.BindAddress);
        var autoMigrate = env.Boolean("RRS_AUTO_MIGRATE", defaults.AutoMigrate);

        if (env.Error is not null)
        {
            return SettingsParseResult.Failure(env.Error);
        }

        var mappingsIgnored = mappingsText is not null && mode == SourceMappingMode.Acp;
        var settings = defaults with
        {
            AuthExpectedIssuer = authExpectedIssuer,
            Port = port,
            AdminToken = adminToken,
            AuthSigningKey = authSigningKey,
            AuthTokenClockSkewSeconds = clockSkew,
            MaxJsonBodyBytes = maxJsonBodyBytes,
            RestorePgUrl = restorePgUrl,
            RestoreIndexStaleAfterSeconds = staleAfter,
            ExecuteDefaultChunkSize = executeChunkSize,
            ExecuteMaxRows = executeMaxRows,
            ExecuteElevatedSkipRatioPercent = skipRatio,
            ExecuteMaxChunksPerAttempt = maxChunksPerAttempt,
            MediaChunkSize = mediaChunkSize,
            MediaMaxItems = mediaMaxItems,
            MediaMaxBytes = mediaMaxBytes,
            MediaMaxRetryAttempts = mediaMaxRetries,
            EvidenceSignerKeyId = signerKeyId,
            EvidenceSigningPrivateKeyPem = privateKeyPem,
            EvidenceSigningPublicKeyPem = publicKeyPem,
            EvidenceImmutableWormEnabled = wormEnabled,
            EvidenceImmutableRetentionClass = retentionClass,
            StagingModeEnabled = stagingMode,
            GaRunbooksSignedOff = runbooksSignedOff,
            SourceMappingMode = mode,
            AcpBaseUrl = acpBaseUrl,
            AcpInternalToken = acpToken,
            AcpRequestTimeoutMs = acpTimeout,
            AcpPositiveCacheTtlSeconds = positiveTtl,
            AcpNegativeCacheTtlSeconds = negativeTtl,
            StaticSourceMappings = mappingsIgnored ? [] : mappings,
            StaticMappingsIgnored = mappingsIgnored,
            BindAddress = bindAddress,
            AutoMigrate = autoMigrate,
        };
        return SettingsParseResult.Success(settings, mappingsIgnored ? [StaticMappingsIgnoredWarning] : []);
    }

    // spec 09 §2 row 7: the fallback applies only when the primary is unset or exactly empty.
    private static string? RestorePgUrlText(Func<string, string?> environment)
    {
        var primary = environment("REZ_RESTORE_PG_URL");
        return string.IsNullOrEmpty(primary) ? environment("RRS_RESTORE_PG_URL") : primary;
    }

    /// <summary>Trims like the reference (ECMAScript <c>String.prototype.trim</c>).</summary>
    internal static string Trim(string text) => Domain.Common.EcmaScriptWhitespace.Trim(text);

    private static string? TrimToNull(string? text)
    {
        var trimmed = text is null ? string.Empty : Trim(text);
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>Reads variables in call order and remembers the first failure message.</summary>
    private sealed class EnvironmentReader(Func<string, string?> environment)
    {
        public string? Error { get; private set; }

        public string? OptionalString(string name) => TrimToNull(environment(name));

        /// <summary>The untrimmed value when it is not blank; blank counts as "not set".</summary>
        public string? OptionalRaw(string name)
        {
            var text = environment(name);
            return TrimToNull(text) is null ? null : text;
        }

        public string RequiredString(string name) => RequiredString(name, environment(name));

        public string RequiredString(string name, string? text)
        {
            var value = TrimToNull(text);
            if (value is null)
            {
                Fail($"{name} is required");
            }

            return value ?? string.Empty;
        }

        // spec 09 §2 rows 18–19: literal two-character "\n" sequences become newlines.
        public string RequiredPem(string name) => RequiredString(name).Replace("\\n", "\n", StringComparison.Ordinal);

        public int NonNegativeInt(string name, int fallback) => (int)Integer(name, fallback, int.MaxValue, positive: false);

        public int PositiveInt(string name, int fallback) => (int)Integer(name, fallback, int.MaxValue, positive: true);

        public long PositiveLong(string name, long fallback) => Integer(name, fallback, long.MaxValue, positive: true);

        // spec 09 note C1: plain decimal integers with an optional leading '+'; anything else, including
        // values beyond the target type, fails with the non-negative message.
        private long Integer(string name, long fallback, long max, bool positive)
        {
            var text = OptionalString(name);
            if (text is null)
            {
                return fallback;
            }

            var digits = text.StartsWith('+') ? text[1..] : text;
            if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > max)
            {
                Fail($"{name} must be a non-negative integer");
                return fallback;
            }

            if (positive && value == 0)
            {
                Fail($"{name} must be greater than zero");
                return fallback;
            }

            return value;
        }

        // spec 09 §1: only unset or exactly empty means "default" for percentages and booleans.
        public double Percentage(string name, double fallback)
        {
            var text = environment(name);
            if (string.IsNullOrEmpty(text))
            {
                return fallback;
            }

            const NumberStyles decimalFraction = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
            if (double.TryParse(Trim(text), decimalFraction, CultureInfo.InvariantCulture, out var value)
                && value is >= 0 and <= 100)
            {
                return value == 0 ? 0 : value; // normalises "-0"
            }

            Fail($"{name} must be a number between 0 and 100");
            return fallback;
        }

        public bool Boolean(string name, bool fallback)
        {
            var text = environment(name);
            if (string.IsNullOrEmpty(text))
            {
                return fallback;
            }

            switch (Trim(text).ToLowerInvariant())
            {
                case "1" or "true" or "yes" or "on":
                    return true;
                case "0" or "false" or "no" or "off":
                    return false;
                default:
                    Fail($"{name} must be a boolean value");
                    return fallback;
            }
        }

        public SourceMappingMode MappingMode(string name, SourceMappingMode fallback)
        {
            switch (OptionalString(name)?.ToLowerInvariant())
            {
                case null:
                    return fallback;
                case "acp":
                    return SourceMappingMode.Acp;
                case "static":
                    return SourceMappingMode.Static;
                default:
                    Fail($"{name} must be one of: acp, static");
                    return fallback;
            }
        }

        // spec 09 note C2: an absolute http/https URL without query or fragment.
        public Uri? HttpUrl(string name, bool required)
        {
            var text = OptionalString(name);
            if (text is null)
            {
                if (required)
                {
                    Fail($"{name} is required");
                }

                return null;
            }

            if (Uri.TryCreate(text, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && uri.Query.Length == 0
                && uri.Fragment.Length == 0)
            {
                return uri;
            }

            Fail($"{name} must be a valid URL");
            return null;
        }

        public string IpAddress(string name, string fallback)
        {
            // IPv4 must be in dotted-quad form: IPAddress.TryParse also takes "1" or octal "010.0.0.1".
            var text = OptionalString(name) ?? fallback;
            if (IPAddress.TryParse(text, out var address)
                && (address.AddressFamily == AddressFamily.InterNetworkV6 || address.ToString() == text))
            {
                return text;
            }

            Fail($"{name} must be a valid IP address");
            return fallback;
        }

        public IReadOnlyList<SourceMapping> SourceMappings(string json)
        {
            var error = SourceMappingsJson.Read(json, out var mappings);
            if (error is not null)
            {
                Fail(error);
            }

            return mappings;
        }

        private void Fail(string message) => Error ??= message;
    }
}
