using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Application.Common.Abstractions;

/// <summary>Who is calling, in which scope (implemented by the Api from the authenticated HTTP request).</summary>
public interface IRequestContext
{
    /// <summary>The bearer token's tenant/instance/source; null on admin and anonymous routes.</summary>
    RequestScope? Scope { get; }

    /// <summary>The authenticated caller: the token's <c>sub</c>, or <c>admin</c> for the admin token. Never a secret.</summary>
    string Actor { get; }

    /// <summary>Correlates log lines and audit rows of one request.</summary>
    string CorrelationId { get; }
}
