namespace Rezilient.Restore.Domain.Common;

/// <summary>The <c>error</c> values of the envelopes (spec 01 §8).</summary>
public static class ErrorCodes
{
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string PayloadTooLarge = "payload_too_large";
    public const string BadRequest = "bad_request";
    public const string InvalidRequest = "invalid_request";
    public const string InternalError = "internal_error";
    public const string DependencyUnavailable = "dependency_unavailable";
    public const string ScopeBlocked = "scope_blocked";
}
