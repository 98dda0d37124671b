using Rezilient.Restore.Application.Common.Configuration;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Infrastructure.SourceMappings;

/// <summary>
/// Settings of the ACP source-mapping client (spec 02 §5.1, spec 09 rows 25–27): where ACP is, the internal token it
/// expects, the one deadline that covers a whole exchange, and the scope a resolve asks for when none is given.
/// </summary>
public sealed record AcpClientOptions(Uri BaseUrl, string InternalToken, int TimeoutMs, string DefaultServiceScope = ServiceScopes.Restore)
{
    /// <summary>Never prints the internal token.</summary>
    public override string ToString() =>
        $"{nameof(AcpClientOptions)} {{ BaseUrl = {BaseUrl}, TimeoutMs = {TimeoutMs}, DefaultServiceScope = {DefaultServiceScope}, InternalToken = (redacted) }}";

    /// <summary>Spec 02 §5.6: the client's construction checks. Environment validation (09) normally catches these first.</summary>
    /// <exception cref="StartupConfigurationException">A setting is missing or invalid.</exception>
    public void Validate()
    {
        if (BaseUrl is null || string.IsNullOrWhiteSpace(BaseUrl.OriginalString))
        {
            throw new StartupConfigurationException("baseUrl is required");
        }

        // HttpClient speaks only http(s); any other absolute URL (e.g. "/acp", which is a file URI on Unix) would fail
        // every request, so it is rejected at startup instead.
        if (!BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttp && BaseUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new StartupConfigurationException("baseUrl must be a valid URL");
        }

        if (string.IsNullOrWhiteSpace(InternalToken))
        {
            throw new StartupConfigurationException("internalToken is required");
        }

        if (TimeoutMs <= 0)
        {
            throw new StartupConfigurationException("timeoutMs must be a positive integer");
        }

        if (!ServiceScopes.IsKnown(DefaultServiceScope))
        {
            throw new StartupConfigurationException("defaultServiceScope must be one of: reg, rrs");
        }
    }
}
