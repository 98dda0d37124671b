namespace Rezilient.Restore.Domain.Common;

/// <summary>The reason codes this service emits on a 401 (spec 01 §4.3, §8.4).</summary>
public static class AuthReasonCodes
{
    public const string Malformed = "denied_token_malformed";
    public const string InvalidSignature = "denied_token_invalid_signature";
    public const string WrongServiceScope = "denied_token_wrong_service_scope";
    public const string Expired = "denied_token_expired";
}
