namespace Rezilient.Restore.Domain.Plans;

/// <summary>
/// ISO datetimes of spec 03 §5.12: exactly <c>YYYY-MM-DDTHH:mm:ssZ</c> or <c>YYYY-MM-DDTHH:mm:ss.sssZ</c>, a real
/// calendar instant (no Feb 30, hour 24 or second 60), years 0000–9999. Request values are kept as written; this
/// type only validates and reads them.
/// </summary>
public static class IsoTimestamp
{
    private const int SecondsFormLength = 20;
    private const int MillisecondsFormLength = 24;

    public static bool IsValid(string? value) => TryGetUnixMilliseconds(value, out _);

    /// <summary>The instant; year 0000 is valid but outside <see cref="DateTimeOffset"/>'s range and throws.</summary>
    public static DateTimeOffset ToInstant(string value)
    {
        if (!TryGetUnixMilliseconds(value, out var milliseconds))
        {
            throw new ArgumentException($"'{value}' is not an ISO datetime (UTC Z) with second or millisecond precision", nameof(value));
        }

        return CivilTime.TryToDateTimeOffset(milliseconds, out var instant)
            ? instant
            : throw new ArgumentOutOfRangeException(nameof(value), value, "the instant is outside the DateTimeOffset range");
    }

    /// <summary>The instant as Unix milliseconds (covers year 0000); <c>…:00Z</c> and <c>…:00.000Z</c> are equal.</summary>
    public static long ToUnixMilliseconds(string value) =>
        TryGetUnixMilliseconds(value, out var milliseconds)
            ? milliseconds
            : throw new ArgumentException($"'{value}' is not an ISO datetime (UTC Z) with second or millisecond precision", nameof(value));

    public static bool TryGetUnixMilliseconds(string? value, out long unixMilliseconds)
    {
        unixMilliseconds = 0;
        if (value is null || (value.Length != SecondsFormLength && value.Length != MillisecondsFormLength)
            || value[4] != '-' || value[7] != '-' || value[10] != 'T' || value[13] != ':' || value[16] != ':'
            || value[^1] != 'Z' || (value.Length == MillisecondsFormLength && value[19] != '.'))
        {
            return false;
        }

        var year = CivilTime.Digits(value, 0, 4);
        var month = CivilTime.Digits(value, 5, 2);
        var day = CivilTime.Digits(value, 8, 2);
        var hour = CivilTime.Digits(value, 11, 2);
        var minute = CivilTime.Digits(value, 14, 2);
        var second = CivilTime.Digits(value, 17, 2);
        var millisecond = value.Length == MillisecondsFormLength ? CivilTime.Digits(value, 20, 3) : 0;

        if (year < 0 || month is < 1 or > 12 || day < 1 || day > CivilTime.DaysInMonth(year, month)
            || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59 || millisecond < 0)
        {
            return false;
        }

        unixMilliseconds = CivilTime.ToUnixMilliseconds(year, month, day, hour, minute, second, millisecond);
        return true;
    }
}
