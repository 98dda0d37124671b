namespace Rezilient.Restore.Api.Http;

/// <summary>
/// Marks an action whose body is read by the use case itself, after the scoped lookup (spec 01 §2 consequence 3):
/// an out-of-scope or unknown job answers the scoped 404 even when the body is oversized or malformed.
/// <see cref="Schema"/> documents the body in the OpenAPI document.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadsJsonBodyLaterAttribute(Type schema) : Attribute
{
    public Type Schema { get; } = schema;
}
