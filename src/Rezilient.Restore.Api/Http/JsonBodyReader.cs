using System.Buffers;
using System.Text;
using System.Text.Json;
using Rezilient.Restore.Application.Common.Json;
using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Api.Http;

/// <summary>
/// Reads a request body per spec 01 §7: bytes are counted as they arrive and reading stops as soon as the total
/// exceeds the limit (413 E6; exactly the limit is fine); empty or whitespace-only is <c>{}</c>; text is UTF-8;
/// malformed JSON is 400 E7; <c>null</c>, numbers, strings and booleans are 400 (decision P1); objects and arrays
/// go on to the endpoint's validation. Content-Type and Content-Length are never consulted.
/// </summary>
public static class JsonBodyReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 512 };
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<Result<JsonBody>> ReadAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(16 * 1024);
                var read = await body.ReadAsync(memory, cancellationToken);
                if (read == 0)
                {
                    break;
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > limit)
                {
                    return HttpErrors.PayloadTooLarge(limit);
                }
            }
        }
        catch (Exception ex) when (ex is Microsoft.AspNetCore.Http.BadHttpRequestException or IOException)
        {
            // Broken framing (bad chunk sizes), a body that arrives too slowly, or a client that went away mid-upload:
            // the client's fault, never a 500.
            return HttpErrors.UnreadableBody;
        }

        return Parse(buffer.WrittenSpan);
    }

    public static Result<JsonBody> Parse(ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return HttpErrors.MalformedJson;
        }

        // spec 01 §7.3: whitespace in the reference's (ECMAScript) sense; a BOM is not whitespace here (spec 03 §3.5).
        if (text.Length == 0 || (text[0] != '\uFEFF' && EcmaScriptWhitespace.IsBlank(text)))
        {
            return Result<JsonBody>.Ok(JsonBody.Parse("{}"));
        }

        try
        {
            // A leading BOM is malformed JSON (spec 03 §3.5), as JsonDocument reports it.
            using var document = JsonDocument.Parse(text.AsMemory(), DocumentOptions);
            return document.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array
                ? Result<JsonBody>.Ok(JsonBody.From(document.RootElement))
                : HttpErrors.BodyNotAnObject;
        }
        catch (JsonException)
        {
            return HttpErrors.MalformedJson;
        }
    }
}
