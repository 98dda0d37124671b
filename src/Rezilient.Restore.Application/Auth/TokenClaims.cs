using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Application.Auth;

/// <summary>
/// The validated claims of a bearer token (spec 01 §4.2). Strings are kept exactly as sent (untrimmed);
/// <c>iat</c>/<c>exp</c> are Unix seconds and may carry fractions.
/// </summary>
public sealed record TokenClaims(
    string ServiceScope,
    string Issuer,
    string Subject,
    string Audience,
    string TokenId,
    double IssuedAt,
    double ExpiresAt,
    string TenantId,
    string InstanceId,
    string Source)
{
    /// <summary>The request scope the token grants (spec 01 §4.5).</summary>
    public RequestScope Scope => new(TenantId, InstanceId, Source);

    /// <summary>The claim names on the wire (spec 01 §4.2).</summary>
    public static class Names
    {
        public const string ServiceScope = "service_scope";
        public const string Issuer = "iss";
        public const string Subject = "sub";
        public const string Audience = "aud";
        public const string TokenId = "jti";
        public const string IssuedAt = "iat";
        public const string ExpiresAt = "exp";
        public const string TenantId = "tenant_id";
        public const string InstanceId = "instance_id";
        public const string Source = "source";
    }
}
