using Microsoft.AspNetCore.Http.Features;

namespace Rezilient.Restore.Api.Http;

/// <summary>
/// The request path as the contract matches it (spec 01 §1.6–1.8): the still-percent-encoded path without the query,
/// dot-segments resolved, compared case-sensitively. Computed once per request.
/// </summary>
public static class RequestPath
{
    private const string ItemKey = "rrs.raw_path";

    public static string Get(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var cached) && cached is string path)
        {
            return path;
        }

        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var raw = string.IsNullOrEmpty(rawTarget) || rawTarget[0] != '/'
            ? (context.Request.PathBase + context.Request.Path).ToUriComponent()
            : rawTarget;
        var end = raw.IndexOfAny(['?', '#']);
        var resolved = RemoveDotSegments(end >= 0 ? raw[..end] : raw);
        context.Items[ItemKey] = resolved;
        return resolved;
    }

    /// <summary>RFC 3986 §5.2.4 for an absolute path: "." segments vanish, ".." removes the previous segment.</summary>
    public static string RemoveDotSegments(string path)
    {
        if (!path.Contains("/.", StringComparison.Ordinal))
        {
            return path;
        }

        var output = new List<string>();
        var segments = path.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            if (segment == ".")
            {
                if (last)
                {
                    output.Add(string.Empty);
                }
            }
            else if (segment == "..")
            {
                if (output.Count > 0)
                {
                    output.RemoveAt(output.Count - 1);
                }

                if (last)
                {
                    output.Add(string.Empty);
                }
            }
            else
            {
                output.Add(segment);
            }
        }

        return "/" + string.Join('/', output);
    }

    /// <summary>
    /// Strict percent-decoding of one path segment into UTF-8 text (full decoding, <c>%2F</c> → <c>/</c>, <c>+</c>
    /// stays). A broken escape or invalid UTF-8 is not a path the service knows (decision P2 → 404).
    /// </summary>
    public static bool TryDecodeSegment(string segment, out string decoded)
    {
        decoded = string.Empty;
        if (!segment.Contains('%', StringComparison.Ordinal))
        {
            decoded = segment;
            return true;
        }

        var bytes = new List<byte>(segment.Length);
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            if (c != '%')
            {
                bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }

            if (i + 2 >= segment.Length || !Uri.IsHexDigit(segment[i + 1]) || !Uri.IsHexDigit(segment[i + 2]))
            {
                return false;
            }

            bytes.Add(Convert.ToByte(segment.Substring(i + 1, 2), 16));
            i += 2;
        }

        try
        {
            decoded = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());

            // No stored id can contain U+0000 (creation rejects it, PostgreSQL text cannot hold it): not a known path.
            return !decoded.Contains('\0', StringComparison.Ordinal);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return false;
        }
    }
}
