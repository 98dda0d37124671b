namespace Rezilient.Restore.Domain.Plans;

/// <summary>ServiceNow datetimes <c>YYYY-MM-DD HH:mm:ss</c> (spec 03 §5.12, §12.1).</summary>
public static class ServiceNowTimestamp
{
    private const int Length = 19;

    /// <summary>
    /// The validation rule <c>^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$</c> with ASCII digits and no calendar check:
    /// <c>2026-02-30 12:00:00</c> and <c>2026-02-16 25:00:00</c> pass.
    /// </summary>
    public static bool IsWellFormed(string? value)
    {
        if (value is null || value.Length != Length)
        {
            return false;
        }

        for (var i = 0; i < Length; i++)
        {
            var ok = i switch
            {
                4 or 7 => value[i] == '-',
                10 => value[i] == ' ',
                13 or 16 => value[i] == ':',
                _ => char.IsAsciiDigit(value[i]),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The lenient UTC reading of spec 03 §12.1, when <see cref="DateTimeOffset"/> can hold the result.</summary>
    public static bool TryParseLenient(string? value, out DateTimeOffset instant)
    {
        instant = default;
        return TryParseLenientMilliseconds(value, out var milliseconds)
            && CivilTime.TryToDateTimeOffset(milliseconds, out instant);
    }

    /// <summary>
    /// The reference's lenient reading as Unix milliseconds: a day 29–31 beyond the month's end rolls into the next
    /// month, <c>24:00:00</c> is the next midnight; month 00/13, day 00/32, hour 24 with non-zero minutes or
    /// seconds, hour &gt; 24 and minute or second &gt; 59 fail. Covers year 0000, which DateTimeOffset cannot.
    /// </summary>
    public static bool TryParseLenientMilliseconds(string? value, out long unixMilliseconds)
    {
        unixMilliseconds = 0;
        if (!IsWellFormed(value))
        {
            return false;
        }

        var year = CivilTime.Digits(value!, 0, 4);
        var month = CivilTime.Digits(value!, 5, 2);
        var day = CivilTime.Digits(value!, 8, 2);
        var hour = CivilTime.Digits(value!, 11, 2);
        var minute = CivilTime.Digits(value!, 14, 2);
        var second = CivilTime.Digits(value!, 17, 2);

        if (month is < 1 or > 12 || day is < 1 or > 31 || minute > 59 || second > 59
            || hour > 24 || (hour == 24 && (minute != 0 || second != 0)))
        {
            return false;
        }

        unixMilliseconds = CivilTime.ToUnixMilliseconds(year, month, day, hour, minute, second, 0);
        return true;
    }
}
