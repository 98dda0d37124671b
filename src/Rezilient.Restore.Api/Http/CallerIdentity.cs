using Rezilient.Restore.Application.Auth;

namespace Rezilient.Restore.Api.Http;

/// <summary>Who the request gate let in: a bearer token's claims, the admin token, or nobody (anonymous routes).</summary>
public sealed record CallerIdentity(TokenClaims? Claims, bool IsAdmin)
{
    public static CallerIdentity Anonymous { get; } = new(null, false);

    public static CallerIdentity Admin { get; } = new(null, true);

    public string Actor => Claims?.Subject ?? (IsAdmin ? "admin" : "anonymous");
}
