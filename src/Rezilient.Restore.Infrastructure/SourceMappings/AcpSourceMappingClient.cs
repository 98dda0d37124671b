using Rezilient.Restore.Domain.Common;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rezilient.Restore.Application.SourceMappings;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Infrastructure.SourceMappings;

/// <summary>
/// ACP mode's mapping source (spec 02 §5): resolve and list through ACP's internal API. Every ACP answer and every
/// transport failure becomes a value (found / not_found / outage with the §5.5 message); nothing is retried or cached
/// here (the cache layer wraps resolve). Register as a typed <see cref="HttpClient"/> on <see cref="CreateHandler"/>.
/// </summary>
public sealed class AcpSourceMappingClient(HttpClient http, AcpClientOptions options) : ISourceMappingSource
{
    public const string ResolvePath = "/v1/internal/source-mapping/resolve";
    public const string ListPath = "/v1/internal/source-mappings/list";

    private const string MappingNotFoundReason = "tenant_instance_mapping_not_found";
    private const string InternalAuthRequiredReason = "internal_auth_required";

    // Compact, and non-ASCII ids are written as UTF-8 rather than \u escapes, as the reference's JSON.stringify does.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HttpClient _http = http ?? throw new ArgumentNullException(nameof(http));
    private readonly AcpClientOptions _options = Validated(options);
    private readonly Uri _resolveUri = Endpoint(options, ResolvePath);
    private readonly Uri _listUri = Endpoint(options, ListPath);

    /// <summary>
    /// The primary handler (spec 02 M4): redirects are not followed (a 3xx is an outage) and no ambient proxy is used.
    /// There is no handler-level timeout: the client's own deadline covers the whole exchange.
    /// </summary>
    public static SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
    };

    public async ValueTask<MappingResolution> ResolveAsync(
        string tenantId, string instanceId, string serviceScope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        ArgumentNullException.ThrowIfNull(instanceId);
        var scope = serviceScope ?? _options.DefaultServiceScope;

        // spec 02 §5.2 / M5: ids are sent trimmed; the caller compares (and the cache keys) untrimmed values.
        var payload = Serialize(writer =>
        {
            writer.WriteString("tenant_id", EcmaScriptWhitespace.Trim(tenantId));
            writer.WriteString("instance_id", EcmaScriptWhitespace.Trim(instanceId));
            writer.WriteString("service_scope", scope);
        });

        var reply = await AcpExchange.PostAsync(_http, _resolveUri, _options, payload, cancellationToken);
        if (reply.OutageMessage is not null)
        {
            return MappingResolution.Outage(reply.OutageMessage, reply.Status);
        }

        var status = reply.Status!.Value;
        if (status == (int)HttpStatusCode.NotFound && reply.ReasonCode == MappingNotFoundReason)
        {
            return MappingResolution.NotFound; // R2
        }

        if (status != (int)HttpStatusCode.OK)
        {
            return MappingResolution.Outage(HttpFailureMessage(ResolvePath, status, reply.ReasonCode), status); // R3
        }

        if (!reply.IsObject)
        {
            return MappingResolution.Outage("ACP resolve response body is invalid JSON", status); // R4
        }

        var body = reply.Body!.Value;
        if (!AcpMappingRecord.TryParse(body, out var mapping))
        {
            return MappingResolution.Outage("ACP resolve response missing mapping fields", status); // R5
        }

        // R6: ACP's own view of the scope wins when it is well-formed; otherwise RRS derives it from what it sent.
        var requestedScope = body.TryGetProperty("requested_service_scope", out var requested)
            && requested.ValueKind == JsonValueKind.String && ServiceScopes.IsKnown(requested.GetString())
                ? requested.GetString()!
                : scope;
        var serviceAllowed = body.TryGetProperty("service_allowed", out var allowed)
            && allowed.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? allowed.GetBoolean()
                : mapping.AllowedServices.Contains(requestedScope, StringComparer.Ordinal);

        return MappingResolution.Found(mapping with { RequestedServiceScope = requestedScope, ServiceAllowed = serviceAllowed });
    }

    public async ValueTask<MappingListResult> ListAsync(MappingListFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);

        // spec 02 §5.3: unset filters are omitted, never sent as null (ACP answers null with 400).
        var payload = Serialize(writer =>
        {
            WriteIfSet(writer, "tenant_id", filter.TenantId);
            WriteIfSet(writer, "instance_id", filter.InstanceId);
            WriteIfSet(writer, "service_scope", filter.ServiceScope);
            WriteIfSet(writer, "tenant_state", filter.TenantState);
            WriteIfSet(writer, "entitlement_state", filter.EntitlementState);
            WriteIfSet(writer, "instance_state", filter.InstanceState);
        });

        var reply = await AcpExchange.PostAsync(_http, _listUri, _options, payload, cancellationToken);
        if (reply.OutageMessage is not null)
        {
            return MappingListResult.Outage(reply.OutageMessage, reply.Status); // LS1
        }

        var status = reply.Status!.Value;
        if (status != (int)HttpStatusCode.OK)
        {
            return MappingListResult.Outage(HttpFailureMessage(ListPath, status, reply.ReasonCode), status); // LS2
        }

        if (!reply.IsObject)
        {
            return MappingListResult.Outage("ACP list response body is invalid JSON", status); // LS3
        }

        if (!reply.Body!.Value.TryGetProperty("source_mappings", out var records) || records.ValueKind != JsonValueKind.Array)
        {
            return MappingListResult.Outage("ACP list response missing source_mappings array", status); // LS4
        }

        var mappings = new List<CanonicalMapping>(records.GetArrayLength());
        foreach (var record in records.EnumerateArray())
        {
            if (!AcpMappingRecord.TryParse(record, out var mapping))
            {
                return MappingListResult.Outage("ACP list response contains invalid mapping record", status); // LS5
            }

            mappings.Add(mapping);
        }

        return MappingListResult.Ok(mappings); // LS6
    }

    /// <summary>Spec 02 §5.5 H1/H2.</summary>
    private static string HttpFailureMessage(string path, int status, string? reasonCode)
    {
        if (status == (int)HttpStatusCode.Forbidden && reasonCode == InternalAuthRequiredReason)
        {
            return "ACP internal authentication failed";
        }

        var message = $"ACP request to {path} failed with status {status}";
        return reasonCode is null ? message : $"{message} ({reasonCode})";
    }

    private static AcpClientOptions Validated(AcpClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return options;
    }

    /// <summary>Spec 02 §5.1: the base URL re-serialised, every trailing <c>/</c> removed, then the path appended.</summary>
    private static Uri Endpoint(AcpClientOptions options, string path) =>
        new(options.BaseUrl.AbsoluteUri.TrimEnd('/') + path);

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static byte[] Serialize(Action<Utf8JsonWriter> writeProperties)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
