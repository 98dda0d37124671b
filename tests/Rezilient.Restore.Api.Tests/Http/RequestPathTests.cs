using Rezilient.Restore.Api.Http;

namespace Rezilient.Restore.Api.Tests.Http;

/// <summary>Spec 01 §1.8 path-parameter decoding and decision P2.</summary>
public sealed class RequestPathTests
{
    [TestCase("plan%2Dseq", "plan-seq")]
    [TestCase("a%2Fb", "a/b")]
    [TestCase("a+b", "a+b")]
    [TestCase("caf%C3%A9", "café")]
    public void Segments_are_fully_percent_decoded(string raw, string expected)
    {
        Assert.That(RequestPath.TryDecodeSegment(raw, out var decoded), Is.True);
        Assert.That(decoded, Is.EqualTo(expected));
    }

    [TestCase("%zz")]
    [TestCase("abc%")]
    [TestCase("%C3%28")]
    [TestCase("a%00b")]
    public void Broken_escapes_invalid_utf8_and_nul_are_not_a_known_path(string raw)
    {
        Assert.That(RequestPath.TryDecodeSegment(raw, out _), Is.False);
    }

    [TestCase("/v1/admin/ops/x/../staging-mode", "/v1/admin/ops/staging-mode")]
    [TestCase("/v1/./health", "/v1/health")]
    [TestCase("/v1/health", "/v1/health")]
    public void Dot_segments_are_resolved(string raw, string expected)
    {
        Assert.That(RequestPath.RemoveDotSegments(raw), Is.EqualTo(expected));
    }
}
