using System.Text.Json.Serialization;
using Rezilient.Restore.Application.Common.Results;

namespace Rezilient.Restore.Api.Http;

/// <summary>
/// The error envelope of every non-2xx answer (spec 01 §8). Optional members are omitted when unset, never null.
/// </summary>
public sealed record ErrorEnvelope(
    string Error,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReasonCode = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Dependency = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message = null)
{
    public static ErrorEnvelope From(RestoreError error) =>
        new(error.Error, error.ReasonCode, error.Dependency, error.Message);
}
