using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Infrastructure.Persistence.Configurations;

/// <summary>
/// Caller-supplied approval timestamps are echoed as given (<c>YYYY-MM-DDTHH:MM:SS.mmmZ</c>) but stored in the
/// TIMESTAMPTZ columns of spec 08 A7; that form round-trips exactly. Creation rejects values that are no real instant.
/// </summary>
internal static class TimestampText
{
    public static ValueConverter<string?, DateTimeOffset> Converter { get; } = new(
        text => DateTimeOffset.Parse(text!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        instant => instant.ToWireString());
}
