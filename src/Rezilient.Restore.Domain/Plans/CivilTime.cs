namespace Rezilient.Restore.Domain.Plans;

/// <summary>
/// Proleptic Gregorian arithmetic on Unix milliseconds, as JavaScript's time values work. Unlike
/// <see cref="DateTime"/> it covers year 0000 and the day after 9999-12-31, both of which the reference accepts.
/// </summary>
internal static class CivilTime
{
    public const long MillisecondsPerDay = 86_400_000;

    public static bool IsLeapYear(int year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(int year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>Days from 1970-01-01 to the given date (H. Hinnant's days_from_civil); the day may overflow.</summary>
    public static long DaysFromCivil(int year, int month, int day)
    {
        long y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra - 719_468;
    }

    public static long ToUnixMilliseconds(int year, int month, int day, int hour, int minute, int second, int millisecond) =>
        (DaysFromCivil(year, month, day) * MillisecondsPerDay)
        + (hour * 3_600_000L) + (minute * 60_000L) + (second * 1_000L) + millisecond;

    /// <summary>The instant as a <see cref="DateTimeOffset"/>, when that type can represent it.</summary>
    public static bool TryToDateTimeOffset(long unixMilliseconds, out DateTimeOffset instant)
    {
        if (unixMilliseconds < DateTimeOffset.MinValue.ToUnixTimeMilliseconds()
            || unixMilliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            instant = default;
            return false;
        }

        instant = DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds);
        return true;
    }

    /// <summary>Reads <paramref name="length"/> ASCII digits at <paramref name="start"/>; -1 when any is not one.</summary>
    public static int Digits(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return -1;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}
