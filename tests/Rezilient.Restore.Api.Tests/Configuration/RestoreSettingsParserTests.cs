using Rezilient.Restore.Api.Configuration;
using Rezilient.Restore.Application.Common.Configuration;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Api.Tests.Configuration;

public sealed class RestoreSettingsParserTests
{
    private const string ValidMappings =
        """[{"tenant_id":"tenant-acme","instance_id":"sn-dev-01","source":"sn://acme-dev.service-now.com"}]""";

    private static Dictionary<string, string?> MinimalEnvironment() => new(StringComparer.Ordinal)
    {
        ["RRS_ADMIN_TOKEN"] = "admin-token",
        ["RRS_AUTH_SIGNING_KEY"] = "signing-key",
        ["REZ_RESTORE_PG_URL"] = "Host=localhost;Database=rez_restore",
        ["RRS_EVIDENCE_SIGNING_PRIVATE_KEY_PEM"] = "private-pem",
        ["RRS_EVIDENCE_SIGNING_PUBLIC_KEY_PEM"] = "public-pem",
        ["RRS_ACP_BASE_URL"] = "http://127.0.0.1:3010",
        ["RRS_ACP_INTERNAL_TOKEN"] = "internal-token",
    };

    private static SettingsParseResult Parse(IReadOnlyDictionary<string, string?> environment) =>
        RestoreSettingsParser.Parse(name => environment.GetValueOrDefault(name));

    private static SettingsParseResult ParseWith(string name, string? value)
    {
        var environment = MinimalEnvironment();
        environment[name] = value;
        return Parse(environment);
    }

    private static RestoreServiceSettings ParsedSettings(SettingsParseResult result)
    {
        Assert.That(result.Error, Is.Null);
        Assert.That(result.Settings, Is.Not.Null);
        return result.Settings!;
    }

    private static void AssertFails(SettingsParseResult result, string message)
    {
        Assert.That(result.Error, Is.EqualTo(message));
        Assert.That(result.Settings, Is.Null);
        Assert.That(result.IsSuccess, Is.False);
    }

    [Test]
    public void A_minimal_environment_parses_with_every_default()
    {
        var result = Parse(MinimalEnvironment());

        var settings = ParsedSettings(result);
        Assert.That(result.Warnings, Is.Empty);
        Assert.That(settings.AuthExpectedIssuer, Is.Null);
        Assert.That(settings.Port, Is.EqualTo(3100));
        Assert.That(settings.AdminToken, Is.EqualTo("admin-token"));
        Assert.That(settings.AuthSigningKey, Is.EqualTo("signing-key"));
        Assert.That(settings.AuthTokenClockSkewSeconds, Is.EqualTo(30));
        Assert.That(settings.MaxJsonBodyBytes, Is.EqualTo(1_048_576));
        Assert.That(settings.RestorePgUrl, Is.EqualTo("Host=localhost;Database=rez_restore"));
        Assert.That(settings.RestoreIndexStaleAfterSeconds, Is.EqualTo(120));
        Assert.That(settings.ExecuteDefaultChunkSize, Is.EqualTo(100));
        Assert.That(settings.ExecuteMaxRows, Is.EqualTo(10_000));
        Assert.That(settings.ExecuteElevatedSkipRatioPercent, Is.EqualTo(20));
        Assert.That(settings.ExecuteMaxChunksPerAttempt, Is.Zero);
        Assert.That(settings.MediaChunkSize, Is.EqualTo(25));
        Assert.That(settings.MediaMaxItems, Is.EqualTo(1000));
        Assert.That(settings.MediaMaxBytes, Is.EqualTo(104_857_600));
        Assert.That(settings.MediaMaxRetryAttempts, Is.EqualTo(3));
        Assert.That(settings.EvidenceSignerKeyId, Is.EqualTo("rrs-dev-ed25519-v1"));
        Assert.That(settings.EvidenceSigningPrivateKeyPem, Is.EqualTo("private-pem"));
        Assert.That(settings.EvidenceSigningPublicKeyPem, Is.EqualTo("public-pem"));
        Assert.That(settings.EvidenceImmutableWormEnabled, Is.False);
        Assert.That(settings.EvidenceImmutableRetentionClass, Is.EqualTo("standard-30d"));
        Assert.That(settings.StagingModeEnabled, Is.False);
        Assert.That(settings.GaRunbooksSignedOff, Is.False);
        Assert.That(settings.SourceMappingMode, Is.EqualTo(SourceMappingMode.Acp));
        Assert.That(settings.AcpBaseUrl, Is.EqualTo(new Uri("http://127.0.0.1:3010")));
        Assert.That(settings.AcpInternalToken, Is.EqualTo("internal-token"));
        Assert.That(settings.AcpRequestTimeoutMs, Is.EqualTo(2000));
        Assert.That(settings.AcpPositiveCacheTtlSeconds, Is.EqualTo(30));
        Assert.That(settings.AcpNegativeCacheTtlSeconds, Is.EqualTo(5));
        Assert.That(settings.StaticSourceMappings, Is.Empty);
        Assert.That(settings.StaticMappingsIgnored, Is.False);
        Assert.That(settings.BindAddress, Is.EqualTo("0.0.0.0"));
        Assert.That(settings.AutoMigrate, Is.False);
    }

    [Test]
    public void Every_variable_is_read_as_given_and_string_values_are_trimmed()
    {
        var environment = MinimalEnvironment();
        environment["RRS_AUTH_EXPECTED_ISSUER"] = "  rezilient-auth-control-plane  ";
        environment["PORT"] = "8080";
        environment["RRS_ADMIN_TOKEN"] = "\t admin \n";
        environment["RRS_AUTH_TOKEN_CLOCK_SKEW_SECONDS"] = "0";
        environment["RRS_MAX_JSON_BODY_BYTES"] = "4294967296";
        environment["RRS_RESTORE_INDEX_STALE_AFTER_SECONDS"] = "60";
        environment["RRS_EXECUTE_DEFAULT_CHUNK_SIZE"] = "10";
        environment["RRS_EXECUTE_MAX_ROWS"] = "500";
        environment["RRS_EXECUTE_ELEVATED_SKIP_RATIO_PERCENT"] = "12.5";
        environment["RRS_EXECUTE_MAX_CHUNKS_PER_ATTEMPT"] = "2";
        environment["RRS_MEDIA_CHUNK_SIZE"] = "5";
        environment["RRS_MEDIA_MAX_ITEMS"] = "50";
        environment["RRS_MEDIA_MAX_BYTES"] = "1024";
        environment["RRS_MEDIA_MAX_RETRY_ATTEMPTS"] = "7";
        environment["RRS_EVIDENCE_SIGNER_KEY_ID"] = " rrs-ed25519-v1 ";
        environment["RRS_EVIDENCE_IMMUTABLE_WORM_ENABLED"] = "true";
        environment["RRS_EVIDENCE_IMMUTABLE_RETENTION_CLASS"] = "legal-7y";
        environment["RRS_STAGING_MODE_ENABLED"] = "yes";
        environment["RRS_GA_RUNBOOKS_SIGNED_OFF"] = "on";
        environment["RRS_ACP_REQUEST_TIMEOUT_MS"] = "1500";
        environment["RRS_ACP_POSITIVE_CACHE_TTL_SECONDS"] = "0";
        environment["RRS_ACP_NEGATIVE_CACHE_TTL_SECONDS"] = "9";
        environment["RRS_BIND_ADDRESS"] = "127.0.0.1";
        environment["RRS_AUTO_MIGRATE"] = "1";

        var settings = ParsedSettings(Parse(environment));

        Assert.That(settings.AuthExpectedIssuer, Is.EqualTo("rezilient-auth-control-plane"));
        Assert.That(settings.Port, Is.EqualTo(8080));
        Assert.That(settings.AdminToken, Is.EqualTo("admin"));
        Assert.That(settings.AuthTokenClockSkewSeconds, Is.Zero);
        Assert.That(settings.MaxJsonBodyBytes, Is.EqualTo(4_294_967_296L));
        Assert.That(settings.RestoreIndexStaleAfterSeconds, Is.EqualTo(60));
        Assert.That(settings.ExecuteDefaultChunkSize, Is.EqualTo(10));
        Assert.That(settings.ExecuteMaxRows, Is.EqualTo(500));
        Assert.That(settings.ExecuteElevatedSkipRatioPercent, Is.EqualTo(12.5));
        Assert.That(settings.ExecuteMaxChunksPerAttempt, Is.EqualTo(2));
        Assert.That(settings.MediaChunkSize, Is.EqualTo(5));
        Assert.That(settings.MediaMaxItems, Is.EqualTo(50));
        Assert.That(settings.MediaMaxBytes, Is.EqualTo(1024));
        Assert.That(settings.MediaMaxRetryAttempts, Is.EqualTo(7));
        Assert.That(settings.EvidenceSignerKeyId, Is.EqualTo("rrs-ed25519-v1"));
        Assert.That(settings.EvidenceImmutableWormEnabled, Is.True);
        Assert.That(settings.EvidenceImmutableRetentionClass, Is.EqualTo("legal-7y"));
        Assert.That(settings.StagingModeEnabled, Is.True);
        Assert.That(settings.GaRunbooksSignedOff, Is.True);
        Assert.That(settings.AcpRequestTimeoutMs, Is.EqualTo(1500));
        Assert.That(settings.AcpPositiveCacheTtlSeconds, Is.Zero);
        Assert.That(settings.AcpNegativeCacheTtlSeconds, Is.EqualTo(9));
        Assert.That(settings.BindAddress, Is.EqualTo("127.0.0.1"));
        Assert.That(settings.AutoMigrate, Is.True);
    }

    [TestCase("RRS_AUTH_EXPECTED_ISSUER")]
    [TestCase("RRS_EVIDENCE_SIGNER_KEY_ID")]
    [TestCase("RRS_EVIDENCE_IMMUTABLE_RETENTION_CLASS")]
    [TestCase("RRS_BIND_ADDRESS")]
    public void A_blank_optional_string_counts_as_not_set(string name)
    {
        var defaults = ParsedSettings(Parse(MinimalEnvironment()));

        var settings = ParsedSettings(ParseWith(name, " \t "));

        Assert.That(settings, Is.EqualTo(defaults));
    }

    [TestCase("RRS_ADMIN_TOKEN")]
    [TestCase("RRS_AUTH_SIGNING_KEY")]
    [TestCase("REZ_RESTORE_PG_URL")]
    [TestCase("RRS_EVIDENCE_SIGNING_PRIVATE_KEY_PEM")]
    [TestCase("RRS_EVIDENCE_SIGNING_PUBLIC_KEY_PEM")]
    [TestCase("RRS_ACP_BASE_URL")]
    [TestCase("RRS_ACP_INTERNAL_TOKEN")]
    public void A_missing_required_variable_is_reported_as_required(string name)
    {
        foreach (var missing in new string?[] { null, "", "   ", "\uFEFF\u00A0" })
        {
            AssertFails(ParseWith(name, missing), $"{name} is required");
        }
    }

    [TestCase("PORT", "-1", "PORT must be a non-negative integer")]
    [TestCase("RRS_AUTH_TOKEN_CLOCK_SKEW_SECONDS", "abc", "RRS_AUTH_TOKEN_CLOCK_SKEW_SECONDS must be a non-negative integer")]
    [TestCase("RRS_MAX_JSON_BODY_BYTES", "1.5", "RRS_MAX_JSON_BODY_BYTES must be a non-negative integer")]
    [TestCase("RRS_MAX_JSON_BODY_BYTES", "0", "RRS_MAX_JSON_BODY_BYTES must be greater than zero")]
    [TestCase("RRS_RESTORE_INDEX_STALE_AFTER_SECONDS", "-5", "RRS_RESTORE_INDEX_STALE_AFTER_SECONDS must be a non-negative integer")]
    [TestCase("RRS_RESTORE_INDEX_STALE_AFTER_SECONDS", "0", "RRS_RESTORE_INDEX_STALE_AFTER_SECONDS must be greater than zero")]
    [TestCase("RRS_EXECUTE_DEFAULT_CHUNK_SIZE", "x", "RRS_EXECUTE_DEFAULT_CHUNK_SIZE must be a non-negative integer")]
    [TestCase("RRS_EXECUTE_DEFAULT_CHUNK_SIZE", "0", "RRS_EXECUTE_DEFAULT_CHUNK_SIZE must be greater than zero")]
    [TestCase("RRS_EXECUTE_MAX_ROWS", "1.5", "RRS_EXECUTE_MAX_ROWS must be a non-negative integer")]
    [TestCase("RRS_EXECUTE_MAX_ROWS", "0", "RRS_EXECUTE_MAX_ROWS must be greater than zero")]
    [TestCase("RRS_EXECUTE_ELEVATED_SKIP_RATIO_PERCENT", "101", "RRS_EXECUTE_ELEVATED_SKIP_RATIO_PERCENT must be a number between 0 and 100")]
    [TestCase("RRS_EXECUTE_MAX_CHUNKS_PER_ATTEMPT", "-1", "RRS_EXECUTE_MAX_CHUNKS_PER_ATTEMPT must be a non-negative integer")]
    [TestCase("RRS_MEDIA_CHUNK_SIZE", "-1", "RRS_MEDIA_CHUNK_SIZE must be a non-negative integer")]
    [TestCase("RRS_MEDIA_CHUNK_SIZE", "0", "RRS_MEDIA_CHUNK_SIZE must be greater than zero")]
    [TestCase("RRS_MEDIA_MAX_ITEMS", "ten", "RRS_MEDIA_MAX_ITEMS must be a non-negative integer")]
    [TestCase("RRS_MEDIA_MAX_ITEMS", "0", "RRS_MEDIA_MAX_ITEMS must be greater than zero")]
    [TestCase("RRS_MEDIA_MAX_BYTES", "1e3", "RRS_MEDIA_MAX_BYTES must be a non-negative integer")]
    [TestCase("RRS_MEDIA_MAX_BYTES", "0", "RRS_MEDIA_MAX_BYTES must be greater than zero")]
    [TestCase("RRS_MEDIA_MAX_RETRY_ATTEMPTS", "0x10", "RRS_MEDIA_MAX_RETRY_ATTEMPTS must be a non-negative integer")]
    [TestCase("RRS_MEDIA_MAX_RETRY_ATTEMPTS", "0", "RRS_MEDIA_MAX_RETRY_ATTEMPTS must be greater than zero")]
    [TestCase("RRS_EVIDENCE_IMMUTABLE_WORM_ENABLED", "maybe", "RRS_EVIDENCE_IMMUTABLE_WORM_ENABLED must be a boolean value")]
    [TestCase("RRS_STAGING_MODE_ENABLED", "2", "RRS_STAGING_MODE_ENABLED must be a boolean value")]
    [TestCase("RRS_GA_RUNBOOKS_SIGNED_OFF", "y", "RRS_GA_RUNBOOKS_SIGNED_OFF must be a boolean value")]
    [TestCase("RRS_SOURCE_MAPPING_MODE", "dynamic", "RRS_SOURCE_MAPPING_MODE must be one of: acp, static")]
    [TestCase("RRS_ACP_BASE_URL", "not a url", "RRS_ACP_BASE_URL must be a valid URL")]
    [TestCase("RRS_ACP_REQUEST_TIMEOUT_MS", "-1", "RRS_ACP_REQUEST_TIMEOUT_MS must be a non-negative integer")]
    [TestCase("RRS_ACP_REQUEST_TIMEOUT_MS", "0", "RRS_ACP_REQUEST_TIMEOUT_MS must be greater than zero")]
    [TestCase("RRS_ACP_POSITIVE_CACHE_TTL_SECONDS", "-1", "RRS_ACP_POSITIVE_CACHE_TTL_SECONDS must be a non-negative integer")]
    [TestCase("RRS_ACP_NEGATIVE_CACHE_TTL_SECONDS", "2.5", "RRS_ACP_NEGATIVE_CACHE_TTL_SECONDS must be a non-negative integer")]
    [TestCase("RRS_SOURCE_MAPPINGS_JSON", "{", "RRS_SOURCE_MAPPINGS_JSON must be valid JSON")]
    [TestCase("RRS_BIND_ADDRESS", "localhost", "RRS_BIND_ADDRESS must be a valid IP address")]
    [TestCase("RRS_AUTO_MIGRATE", "sometimes", "RRS_AUTO_MIGRATE must be a boolean value")]
    public void An_invalid_value_is_reported_with_the_message_of_its_variable(string name, string value, string message)
    {
        AssertFails(ParseWith(name, value), message);
    }

    [TestCase("PORT", "RRS_ADMIN_TOKEN", "PORT must be a non-negative integer")]
    [TestCase("RRS_ADMIN_TOKEN", "RRS_AUTH_SIGNING_KEY", "RRS_ADMIN_TOKEN is required")]
    [TestCase("RRS_MAX_JSON_BODY_BYTES", "REZ_RESTORE_PG_URL", "RRS_MAX_JSON_BODY_BYTES must be a non-negative integer")]
    [TestCase("RRS_EXECUTE_ELEVATED_SKIP_RATIO_PERCENT", "RRS_EXECUTE_MAX_CHUNKS_PER_ATTEMPT", "RRS_EXECUTE_ELEVATED_SKIP_RATIO_PERCENT must be a number between 0 and 100")]
    [TestCase("RRS_EVIDENCE_SIGNING_PUBLIC_KEY_PEM", "RRS_EVIDENCE_IMMUTABLE_WORM_ENABLED", "RRS_EVIDENCE_SIGNING_PUBLIC_KEY_PEM is required")]
    [TestCase("RRS_GA_RUNBOOKS_SIGNED_OFF", "RRS_SOURCE_MAPPING_MODE", "RRS_GA_RUNBOOKS_SIGNED_OFF must be a boolean value")]
    [TestCase("RRS_ACP_BASE_URL", "RRS_ACP_INTERNAL_TOKEN", "RRS_ACP_BASE_URL is required")]
    [TestCase("RRS_ACP_NEGATIVE_CACHE_TTL_SECONDS", "RRS_SOURCE_MAPPINGS_JSON", "RRS_ACP_NEGATIVE_CACHE_TTL_SECONDS must be a non-negative integer")]
    [TestCase("RRS_SOURCE_MAPPINGS_JSON", "RRS_BIND_ADDRESS", "RRS_SOURCE_MAPPINGS_JSON must be valid JSON")]
    [TestCase("RRS_BIND_ADDRESS", "RRS_AUTO_MIGRATE", "RRS_BIND_ADDRESS must be a valid IP address")]
    public void When_two_variables_are_invalid_the_one_with_the_lower_order_is_reported(
        string earlier, string later, string message)
    {
        var environment = MinimalEnvironment();
        environment[earlier] = BadValue(earlier);
        environment[later] = BadValue(later);

        AssertFails(Parse(environment), message);
    }

    private static string BadValue(string name) => name switch
    {
        "RRS_ADMIN_TOKEN" or "RRS_AUTH_SIGNING_KEY" or "REZ_RESTORE_PG_URL" or "RRS_EVIDENCE_SIGNING_PUBLIC_KEY_PEM"
            or "RRS_ACP_BASE_URL" or "RRS_ACP_INTERNAL_TOKEN" => "",
        "RRS_EXECUTE_ELEVATED_SKIP_RATIO_PERCENT" => "150",
        "RRS_EVIDENCE_IMMUTABLE_WORM_ENABLED" or "RRS_GA_RUNBOOKS_SIGNED_OFF" or "RRS_AUTO_MIGRATE" => "maybe",
        "RRS_SOURCE_MAPPING_MODE" => "dynamic",
        "RRS_SOURCE_MAPPINGS_JSON" => "not json",
        "RRS_BIND_ADDRESS" => "not-an-ip",
        _ => "-1",
    };

    [Test]
    public void The_restore_pg_url_falls_back_to_the_rrs_name_when_unset_or_empty()
    {
        var unset = MinimalEnvironment();
        unset.Remove("REZ_RESTORE_PG_URL");
        unset["RRS_RESTORE_PG_URL"] = " Host=fallback ";
        var empty = MinimalEnvironment();
        empty["REZ_RESTORE_PG_URL"] = "";
        empty["RRS_RESTORE_PG_URL"] = "Host=fallback";

        Assert.That(ParsedSettings(Parse(unset)).RestorePgUrl, Is.EqualTo("Host=fallback"));
        Assert.That(ParsedSettings(Parse(empty)).RestorePgUrl, Is.EqualTo("Host=fallback"));
    }

    [Test]
    public void The_restore_pg_url_prefers_the_rez_name_when_both_are_set()
    {
        var environment = MinimalEnvironment();
        environment["RRS_RESTORE_PG_URL"] = "Host=fallback";

        Assert.That(ParsedSettings(Parse(environment)).RestorePgUrl, Is.EqualTo("Host=localhost;Database=rez_restore"));
    }

    [Test]
    public void A_whitespace_only_rez_restore_pg_url_does_not_fall_back_and_fails()
    {
        var environment = MinimalEnvironment();
        environment["REZ_RESTORE_PG_URL"] = "   ";
        environment["RRS_RESTORE_PG_URL"] = "Host=fallback";

        AssertFails(Parse(environment), "REZ_RESTORE_PG_URL is required");
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void A_blank_fallback_is_reported_under_the_rez_name(string? fallback)
    {
        var environment = MinimalEnvironment();
        environment.Remove("REZ_RESTORE_PG_URL");
        environment["RRS_RESTORE_PG_URL"] = fallback;

        AssertFails(Parse(environment), "REZ_RESTORE_PG_URL is required");
    }

    [TestCase("5", 5)]
    [TestCase("+5", 5)]
    [TestCase(" 7 ", 7)]
    [TestCase("\t+7\n", 7)]
    [TestCase("007", 7)]
    [TestCase("0", 0)]
    [TestCase("2147483647", int.MaxValue)]
    [TestCase("", 3100)]
    [TestCase("   ", 3100)]
    public void A_non_negative_integer_accepts_plain_decimal_forms(string value, int expected)
    {
        Assert.That(ParsedSettings(ParseWith("PORT", value)).Port, Is.EqualTo(expected));
    }

    [TestCase("1.5")]
    [TestCase("5.0")]
    [TestCase("-1")]
    [TestCase("-0")]
    [TestCase("0x10")]
    [TestCase("1e3")]
    [TestCase("99999999999")]
    [TestCase("2147483648")]
    [TestCase("99999999999999999999999999")]
    [TestCase("abc")]
    [TestCase("1 000")]
    [TestCase("1,000")]
    [TestCase("++1")]
    [TestCase("+")]
    [TestCase("\u0661")]
    [TestCase("Infinity")]
    public void A_non_negative_integer_rejects_other_forms(string value)
    {
        AssertFails(ParseWith("PORT", value), "PORT must be a non-negative integer");
    }

    [TestCase("0")]
    [TestCase("+0")]
    [TestCase(" 00 ")]
    public void A_positive_integer_rejects_zero_with_the_greater_than_zero_message(string value)
    {
        AssertFails(ParseWith("RRS_EXECUTE_MAX_ROWS", value), "RRS_EXECUTE_MAX_ROWS must be greater than zero");
    }

    [TestCase("1.5")]
    [TestCase("-1")]
    [TestCase("0x10")]
    [TestCase("1e3")]
    [TestCase("99999999999")]
    public void A_positive_integer_rejects_other_forms_with_the_non_negative_message(string value)
    {
        AssertFails(ParseWith("RRS_EXECUTE_MAX_ROWS", value), "RRS_EXECUTE_MAX_ROWS must be a non-negative integer");
    }

    [TestCase("99999999999", 99_999_999_999L)]
    [TestCase("+9223372036854775807", long.MaxValue)]
    public void A_byte_size_accepts_values_beyond_the_int_range(string value, long expected)
    {
        Assert.That(ParsedSettings(ParseWith("RRS_MEDIA_MAX_BYTES", value)).MediaMaxBytes, Is.EqualTo(expected));
    }

    [Test]
    public void A_byte_size_beyond_the_long_range_is_rejected()
    {
        AssertFails(ParseWith("RRS_MEDIA_MAX_BYTES", "9223372036854775808"), "RRS_MEDIA_MAX_BYTES must be a non-negative integer");
    }

    [TestCase("12.5", 12.5)]
    [TestCase("0", 0.0)]
    [TestCase("100", 100.0)]
    [TestCase(" 33.3 ", 33.3)]
    [TestCase("+7", 7.0)]
    [TestCase(".5", 0.5)]
    [TestCase("-0", 0.0)]
    [TestCase("", 20.0)]
    public void A_percentage_accepts_decimal_fractions_between_0_and_100(string value, double expected)
    {
        var settings = ParsedSettings(ParseWith("RRS_EXECUTE_ELEVATED_SKIP_RATIO_PERCENT", value));

        Assert.That(settings.ExecuteElevatedSkipRatioPercent, Is.EqualTo(expected));
    }

    [TestCase("101")]
    [TestCase("100.01")]
    [TestCase("-1")]
    [TestCase("-0.5")]
    [TestCase("abc")]
    [TestCase("1e1")]
    [TestCase("0x10")]
    [TestCase("12,5")]
    [TestCase("NaN")]
    [TestCase("Infinity")]
    [TestCase("   ")]
    public void A_percentage_rejects_other_values(string value)
    {
        AssertFails(
            ParseWith("RRS_EXECUTE_ELEVATED_SKIP_RATIO_PERCENT", value),
            "RRS_EXECUTE_ELEVATED_SKIP_RATIO_PERCENT must be a number between 0 and 100");
    }

    [TestCase("1", true)]
    [TestCase("true", true)]
    [TestCase(" TRUE ", true)]
    [TestCase("Yes", true)]
    [TestCase("on", true)]
    [TestCase("0", false)]
    [TestCase("false", false)]
    [TestCase("No", false)]
    [TestCase("\tOFF\n", false)]
    public void A_boolean_accepts_the_listed_words_in_any_case(string value, bool expected)
    {
        Assert.That(ParsedSettings(ParseWith("RRS_STAGING_MODE_ENABLED", value)).StagingModeEnabled, Is.EqualTo(expected));
    }

    [TestCase("2")]
    [TestCase("y")]
    [TestCase("enabled")]
    [TestCase("   ")]
    [TestCase("yeſ")]
    public void A_boolean_rejects_other_words(string value)
    {
        AssertFails(ParseWith("RRS_STAGING_MODE_ENABLED", value), "RRS_STAGING_MODE_ENABLED must be a boolean value");
    }

    [Test]
    public void Literal_backslash_n_sequences_in_the_pem_variables_become_newlines()
    {
        var environment = MinimalEnvironment();
        environment["RRS_EVIDENCE_SIGNING_PRIVATE_KEY_PEM"] = @"  -----BEGIN PRIVATE KEY-----\nAAA\n-----END PRIVATE KEY-----  ";
        environment["RRS_EVIDENCE_SIGNING_PUBLIC_KEY_PEM"] = @"-----BEGIN PUBLIC KEY-----\nBBB\n-----END PUBLIC KEY-----\n";

        var settings = ParsedSettings(Parse(environment));

        Assert.That(settings.EvidenceSigningPrivateKeyPem, Is.EqualTo("-----BEGIN PRIVATE KEY-----\nAAA\n-----END PRIVATE KEY-----"));
        Assert.That(settings.EvidenceSigningPublicKeyPem, Is.EqualTo("-----BEGIN PUBLIC KEY-----\nBBB\n-----END PUBLIC KEY-----\n"));
    }

    [Test]
    public void Real_newlines_in_the_pem_variables_are_kept()
    {
        var settings = ParsedSettings(ParseWith("RRS_EVIDENCE_SIGNING_PUBLIC_KEY_PEM", "line1\nline2"));

        Assert.That(settings.EvidenceSigningPublicKeyPem, Is.EqualTo("line1\nline2"));
    }

    [TestCase("acp", SourceMappingMode.Acp)]
    [TestCase(" ACP ", SourceMappingMode.Acp)]
    [TestCase("", SourceMappingMode.Acp)]
    [TestCase("  ", SourceMappingMode.Acp)]
    [TestCase("static", SourceMappingMode.Static)]
    [TestCase("\tStatic ", SourceMappingMode.Static)]
    public void The_mapping_mode_is_trimmed_and_case_insensitive(string value, SourceMappingMode expected)
    {
        Assert.That(ParsedSettings(ParseWith("RRS_SOURCE_MAPPING_MODE", value)).SourceMappingMode, Is.EqualTo(expected));
    }

    [TestCase("http://acp:3010", "http://acp:3010/")]
    [TestCase(" https://acp.example.com/base/ ", "https://acp.example.com/base/")]
    [TestCase("http://[::1]:3010", "http://[::1]:3010/")]
    public void The_acp_base_url_accepts_absolute_http_urls(string value, string expected)
    {
        Assert.That(ParsedSettings(ParseWith("RRS_ACP_BASE_URL", value)).AcpBaseUrl, Is.EqualTo(new Uri(expected)));
    }

    [TestCase("foo:bar")]
    [TestCase("ftp://acp:3010")]
    [TestCase("file:///etc/passwd")]
    [TestCase("/relative/path")]
    [TestCase("acp:3010")]
    [TestCase("http://acp:3010/?x=1")]
    [TestCase("http://acp:3010/?")]
    [TestCase("http://acp:3010/#top")]
    [TestCase("http://")]
    [TestCase("http://acp:99999")]
    public void The_acp_base_url_rejects_anything_but_an_absolute_http_url_without_query_or_fragment(string value)
    {
        AssertFails(ParseWith("RRS_ACP_BASE_URL", value), "RRS_ACP_BASE_URL must be a valid URL");
    }

    [Test]
    public void Static_mode_needs_no_acp_variables()
    {
        var environment = MinimalEnvironment();
        environment.Remove("RRS_ACP_BASE_URL");
        environment.Remove("RRS_ACP_INTERNAL_TOKEN");
        environment["RRS_SOURCE_MAPPING_MODE"] = "static";

        var settings = ParsedSettings(Parse(environment));

        Assert.That(settings.SourceMappingMode, Is.EqualTo(SourceMappingMode.Static));
        Assert.That(settings.AcpBaseUrl, Is.Null);
        Assert.That(settings.AcpInternalToken, Is.Null);
        Assert.That(settings.StaticSourceMappings, Is.Empty);
    }

    [Test]
    public void Static_mode_still_validates_the_acp_base_url_when_it_is_set()
    {
        var environment = MinimalEnvironment();
        environment["RRS_SOURCE_MAPPING_MODE"] = "static";
        environment["RRS_ACP_BASE_URL"] = "foo:bar";
        environment.Remove("RRS_ACP_INTERNAL_TOKEN");

        AssertFails(Parse(environment), "RRS_ACP_BASE_URL must be a valid URL");
    }

    [Test]
    public void Static_mode_keeps_optional_acp_values_and_validates_the_numeric_acp_settings()
    {
        var environment = MinimalEnvironment();
        environment["RRS_SOURCE_MAPPING_MODE"] = "static";
        environment["RRS_ACP_INTERNAL_TOKEN"] = " token ";

        Assert.That(ParsedSettings(Parse(environment)).AcpInternalToken, Is.EqualTo("token"));

        environment["RRS_ACP_REQUEST_TIMEOUT_MS"] = "0";
        AssertFails(Parse(environment), "RRS_ACP_REQUEST_TIMEOUT_MS must be greater than zero");
    }

    [Test]
    public void Static_mode_uses_the_mappings_with_their_values_untrimmed()
    {
        var environment = MinimalEnvironment();
        environment["RRS_SOURCE_MAPPING_MODE"] = "static";
        environment["RRS_SOURCE_MAPPINGS_JSON"] =
            """[{"tenant_id":" tenant-acme ","instance_id":"sn-dev-01","source":"sn://acme-dev.service-now.com\t","extra":1},""" +
            """{"tenant_id":"t2","instance_id":"i2","source":"s2"}]""";

        var result = Parse(environment);

        var settings = ParsedSettings(result);
        Assert.That(result.Warnings, Is.Empty);
        Assert.That(settings.StaticMappingsIgnored, Is.False);
        Assert.That(settings.StaticSourceMappings, Is.EqualTo(new[]
        {
            new SourceMapping(" tenant-acme ", "sn-dev-01", "sn://acme-dev.service-now.com\t"),
            new SourceMapping("t2", "i2", "s2"),
        }));
    }

    [Test]
    public void Acp_mode_ignores_valid_mappings_with_a_warning()
    {
        var result = ParseWith("RRS_SOURCE_MAPPINGS_JSON", ValidMappings);

        var settings = ParsedSettings(result);
        Assert.That(settings.StaticSourceMappings, Is.Empty);
        Assert.That(settings.StaticMappingsIgnored, Is.True);
        Assert.That(result.Warnings, Is.EqualTo(new[] { "RRS_SOURCE_MAPPINGS_JSON is set but ignored in acp mode" }));
    }

    [Test]
    public void Acp_mode_still_rejects_invalid_mappings()
    {
        AssertFails(
            ParseWith("RRS_SOURCE_MAPPINGS_JSON", """[{"tenant_id":"t"}]"""),
            "RRS_SOURCE_MAPPINGS_JSON[0].instance_id must be non-empty");
    }

    [TestCase("")]
    [TestCase("  ")]
    [TestCase(null)]
    public void Blank_mappings_are_neither_validated_nor_warned_about(string? value)
    {
        var result = ParseWith("RRS_SOURCE_MAPPINGS_JSON", value);

        Assert.That(ParsedSettings(result).StaticMappingsIgnored, Is.False);
        Assert.That(result.Warnings, Is.Empty);
    }

    [Test]
    public void An_empty_mapping_array_is_valid()
    {
        var environment = MinimalEnvironment();
        environment["RRS_SOURCE_MAPPING_MODE"] = "static";
        environment["RRS_SOURCE_MAPPINGS_JSON"] = "[]";

        Assert.That(ParsedSettings(Parse(environment)).StaticSourceMappings, Is.Empty);
    }

    [TestCase("not json", "RRS_SOURCE_MAPPINGS_JSON must be valid JSON")]
    [TestCase("[{\"tenant_id\":\"t\",}]", "RRS_SOURCE_MAPPINGS_JSON must be valid JSON")]
    [TestCase("[1] // comment", "RRS_SOURCE_MAPPINGS_JSON must be valid JSON")]
    [TestCase("[\"\\ud800\"]", "RRS_SOURCE_MAPPINGS_JSON must be valid JSON")]
    [TestCase("[{\"\\udc00\":1}]", "RRS_SOURCE_MAPPINGS_JSON must be valid JSON")]
    [TestCase("{\"tenant_id\":\"t\"}", "RRS_SOURCE_MAPPINGS_JSON must be a JSON array")]
    [TestCase("null", "RRS_SOURCE_MAPPINGS_JSON must be a JSON array")]
    [TestCase("\"[]\"", "RRS_SOURCE_MAPPINGS_JSON must be a JSON array")]
    [TestCase("[null]", "RRS_SOURCE_MAPPINGS_JSON[0] must be an object")]
    [TestCase("[\"x\"]", "RRS_SOURCE_MAPPINGS_JSON[0] must be an object")]
    [TestCase("[1]", "RRS_SOURCE_MAPPINGS_JSON[0] must be an object")]
    [TestCase("[true]", "RRS_SOURCE_MAPPINGS_JSON[0] must be an object")]
    [TestCase("[[]]", "RRS_SOURCE_MAPPINGS_JSON[0].tenant_id must be non-empty")]
    [TestCase("[{}]", "RRS_SOURCE_MAPPINGS_JSON[0].tenant_id must be non-empty")]
    [TestCase("[{\"tenant_id\":\"  \",\"instance_id\":\"\"}]", "RRS_SOURCE_MAPPINGS_JSON[0].tenant_id must be non-empty")]
    [TestCase("[{\"tenant_id\":1,\"instance_id\":\"i\",\"source\":\"s\"}]", "RRS_SOURCE_MAPPINGS_JSON[0].tenant_id must be non-empty")]
    [TestCase("[{\"tenant_id\":\"t\",\"instance_id\":null,\"source\":\"\"}]", "RRS_SOURCE_MAPPINGS_JSON[0].instance_id must be non-empty")]
    [TestCase("[{\"tenant_id\":\"t\",\"instance_id\":\"i\",\"source\":\"\\t\"}]", "RRS_SOURCE_MAPPINGS_JSON[0].source must be non-empty")]
    [TestCase("[{\"tenant_id\":\"t\",\"instance_id\":\"i\",\"source\":\"s\"},null]", "RRS_SOURCE_MAPPINGS_JSON[1] must be an object")]
    [TestCase("[{\"tenant_id\":\"t\",\"instance_id\":\"i\"},{}]", "RRS_SOURCE_MAPPINGS_JSON[0].source must be non-empty")]
    [TestCase("[{\"tenant_id\":\"t\",\"instance_id\":\"i\",\"source\":\"s\",\"source\":\"\"}]", "RRS_SOURCE_MAPPINGS_JSON[0].source must be non-empty")]
    public void The_mapping_json_checks_run_in_the_spec_order(string json, string message)
    {
        AssertFails(ParseWith("RRS_SOURCE_MAPPINGS_JSON", json), message);
    }

    [Test]
    public void Mapping_json_with_an_unpaired_surrogate_character_is_invalid_json()
    {
        AssertFails(ParseWith("RRS_SOURCE_MAPPINGS_JSON", "[\"\ud800\"]"), "RRS_SOURCE_MAPPINGS_JSON must be valid JSON");
    }

    [TestCase("::")]
    [TestCase("::1")]
    [TestCase("0.0.0.0")]
    [TestCase(" 192.168.1.10 ")]
    public void The_bind_address_accepts_ip_addresses(string value)
    {
        Assert.That(ParsedSettings(ParseWith("RRS_BIND_ADDRESS", value)).BindAddress, Is.EqualTo(value.Trim()));
    }

    [TestCase("localhost")]
    [TestCase("1")]
    [TestCase("127.1")]
    [TestCase("010.0.0.1")]
    [TestCase("256.0.0.1")]
    [TestCase("*")]
    public void The_bind_address_rejects_anything_but_an_ip_address(string value)
    {
        AssertFails(ParseWith("RRS_BIND_ADDRESS", value), "RRS_BIND_ADDRESS must be a valid IP address");
    }

    [Test]
    public void The_parser_never_throws_on_arbitrary_values()
    {
        var names = MinimalEnvironment().Keys.Concat(
        [
            "RRS_AUTH_EXPECTED_ISSUER", "PORT", "RRS_AUTH_TOKEN_CLOCK_SKEW_SECONDS", "RRS_MAX_JSON_BODY_BYTES",
            "RRS_RESTORE_PG_URL", "RRS_RESTORE_INDEX_STALE_AFTER_SECONDS", "RRS_EXECUTE_DEFAULT_CHUNK_SIZE",
            "RRS_EXECUTE_MAX_ROWS", "RRS_EXECUTE_ELEVATED_SKIP_RATIO_PERCENT", "RRS_EXECUTE_MAX_CHUNKS_PER_ATTEMPT",
            "RRS_MEDIA_CHUNK_SIZE", "RRS_MEDIA_MAX_ITEMS", "RRS_MEDIA_MAX_BYTES", "RRS_MEDIA_MAX_RETRY_ATTEMPTS",
            "RRS_EVIDENCE_SIGNER_KEY_ID", "RRS_EVIDENCE_IMMUTABLE_WORM_ENABLED", "RRS_EVIDENCE_IMMUTABLE_RETENTION_CLASS",
            "RRS_STAGING_MODE_ENABLED", "RRS_GA_RUNBOOKS_SIGNED_OFF", "RRS_SOURCE_MAPPING_MODE",
            "RRS_ACP_REQUEST_TIMEOUT_MS", "RRS_ACP_POSITIVE_CACHE_TTL_SECONDS", "RRS_ACP_NEGATIVE_CACHE_TTL_SECONDS",
            "RRS_SOURCE_MAPPINGS_JSON", "RRS_BIND_ADDRESS", "RRS_AUTO_MIGRATE",
        ]).ToArray();
        string[] fragments =
        [
            "", " ", "0", "1", "-", "+", ".", "e", "x", "[", "]", "{", "}", "\"", ":", ",", "\\", "\\n", "\n",
            "\ud800", "\udfff", "\0", "\uFEFF", "null", "tenant_id", "http://", "?", "#", "%", "9999999999999999999",
        ];
        var random = new Random(20240611);

        for (var round = 0; round < 2000; round++)
        {
            var environment = MinimalEnvironment();
            var name = names[random.Next(names.Length)];
            environment[name] = string.Concat(Enumerable.Range(0, random.Next(8)).Select(_ => fragments[random.Next(fragments.Length)]));

            Assert.DoesNotThrow(() => Parse(environment), $"{name}={environment[name]}");
        }
    }

    [Test]
    public void Formatting_the_settings_never_prints_a_secret()
    {
        var env = new Dictionary<string, string?>
        {
            ["RRS_ADMIN_TOKEN"] = "admin-secret-value",
            ["RRS_AUTH_SIGNING_KEY"] = "signing-secret-value",
            ["REZ_RESTORE_PG_URL"] = "postgres://svc:db-secret-value@db/rez",
            ["RRS_EVIDENCE_SIGNING_PRIVATE_KEY_PEM"] = "private-pem-secret",
            ["RRS_EVIDENCE_SIGNING_PUBLIC_KEY_PEM"] = "public-pem",
            ["RRS_ACP_BASE_URL"] = "http://acp:3010",
            ["RRS_ACP_INTERNAL_TOKEN"] = "acp-secret-value",
        };

        var text = RestoreSettingsParser.Parse(name => env.GetValueOrDefault(name)).Settings!.ToString();

        Assert.That(new[] { "admin-secret-value", "signing-secret-value", "db-secret-value", "private-pem-secret", "acp-secret-value" }
            .Where(secret => text.Contains(secret, StringComparison.Ordinal)), Is.Empty, text);
    }
}
