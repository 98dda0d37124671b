using Rezilient.Restore.Domain.Common;
using System.Buffers;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Rezilient.Restore.Infrastructure.SourceMappings;

/// <summary>What came back from one POST to ACP: a status and body to classify, or an outage (T1/T2/M3).</summary>
/// <param name="Status">The HTTP status, when response headers arrived.</param>
/// <param name="Body">The parsed body; null when it was not JSON ("no body", spec 02 §5.5).</param>
/// <param name="OutageMessage">Set when the exchange itself failed.</param>
internal readonly record struct AcpReply(int? Status, JsonElement? Body, string? OutageMessage)
{
    public bool IsObject => Body is { ValueKind: JsonValueKind.Object };

    /// <summary>The body's <c>reason_code</c> when it is a JSON string.</summary>
    public string? ReasonCode =>
        Body is { ValueKind: JsonValueKind.Object } body
        && body.TryGetProperty("reason_code", out var reason) && reason.ValueKind == JsonValueKind.String
            ? reason.GetString()
            : null;
}

/// <summary>
/// One ACP exchange under spec 02 §5.1: POST with the internal token, a single deadline over connect, send, headers
/// and the whole body, a capped body read (M3), no retries. Never throws for anything ACP or the network does; the
/// caller's own cancellation propagates as <see cref="OperationCanceledException"/>.
/// </summary>
internal static class AcpExchange
{
    public const int MaxResponseBodyBytes = 1_048_576;

    public const string InternalTokenHeader = "x-rezilient-internal-token";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 512 };

    // Lenient decoding, like the reference's response.text(): invalid bytes become U+FFFD.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static async Task<AcpReply> PostAsync(
        HttpClient http, Uri uri, AcpClientOptions options, byte[] payload, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.TimeoutMs);
        int? status = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(payload) };
            request.Content.Headers.ContentType = JsonContentType;
            request.Headers.TryAddWithoutValidation(InternalTokenHeader, options.InternalToken);

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            status = (int)response.StatusCode;
            var body = await ReadCappedAsync(response.Content, deadline.Token);
            return body is null
                ? new AcpReply(status, null, $"ACP response body exceeded {MaxResponseBodyBytes} bytes")
                : new AcpReply(status, Parse(body), null);
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpRequestException or IOException
                                              or SocketException)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(exception.Message, exception, cancellationToken);
            }

            // Not the caller: our deadline (or an HttpClient.Timeout, should one be configured) expired (T1). A stream
            // may report the abort as an I/O error, so the deadline is checked before classifying as T2.
            if (exception is OperationCanceledException || deadline.IsCancellationRequested)
            {
                return new AcpReply(status, null, $"ACP request timed out after {options.TimeoutMs}ms");
            }

            return new AcpReply(status, null, string.IsNullOrWhiteSpace(exception.Message)
                ? "ACP request failed"
                : $"ACP request failed: {exception.Message}");
        }
    }

    /// <returns>The body bytes, or null when they exceed <see cref="MaxResponseBodyBytes"/>.</returns>
    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxResponseBodyBytes)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var read = await stream.ReadAsync(buffer.GetMemory(16 * 1024), cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > MaxResponseBodyBytes)
            {
                return null;
            }
        }
    }

    /// <summary>Spec 02 §5.5: empty or whitespace-only is <c>{}</c>; unparsable JSON is "no body" (null).</summary>
    private static JsonElement? Parse(byte[] body)
    {
        // Like a WHATWG UTF-8 decode, one leading byte-order mark is dropped.
        var text = Utf8.GetString(body);
        text = text.StartsWith('\uFEFF') ? text[1..] : text;
        if (EcmaScriptWhitespace.IsBlank(text))
        {
            text = "{}";
        }

        try
        {
            using var document = JsonDocument.Parse(text, DocumentOptions);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
