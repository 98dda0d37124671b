using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Rezilient.Restore.Domain.Jobs;

/// <summary>
/// Legacy event ids: <c>evt_</c> + a lowercase hyphenated UUID version 7 (RFC 9562) that is strictly increasing
/// within the process, so the ordinal order of ids is their creation order (decisions J6, J11; spec 04 D-O1).
/// </summary>
/// <remarks>
/// Layout (RFC 9562 §6.2 method 1, a fixed-length dedicated counter): 48-bit unix_ts_ms, version 7, a 42-bit
/// counter spanning rand_a (12 bits) and the top 30 bits of rand_b, then 32 random bits. A new millisecond seeds the
/// counter randomly with its top bit clear (2^41 ids of headroom); ids within one millisecond, and ids whose
/// <c>now</c> is not later than the last one (a fixed or backward clock), reuse the last timestamp and increment
/// the counter. On counter overflow the timestamp advances by one millisecond.
/// </remarks>
public static class EventIds
{
    public const string Prefix = "evt_";

    private const long MaxTimestamp = (1L << 48) - 1;
    private const long MaxCounter = (1L << 42) - 1;
    private const long SeedMask = (1L << 41) - 1;

    private static readonly Lock Gate = new();
    private static long lastTimestamp = -1;
    private static long counter;

    public static string New(DateTimeOffset now)
    {
        var requested = now.ToUnixTimeMilliseconds();
        if (requested is < 0 or > MaxTimestamp)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, "outside the UUID v7 timestamp range");
        }

        long timestamp;
        long sequence;
        lock (Gate)
        {
            if (requested > lastTimestamp)
            {
                lastTimestamp = requested;
                counter = RandomSeed();
            }
            else if (counter < MaxCounter)
            {
                counter++;
            }
            else
            {
                if (lastTimestamp == MaxTimestamp)
                {
                    throw new InvalidOperationException("UUID v7 timestamp space exhausted.");
                }

                lastTimestamp++;
                counter = RandomSeed();
            }

            timestamp = lastTimestamp;
            sequence = counter;
        }

        return Prefix + Format(timestamp, sequence);
    }

    private static long RandomSeed()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return BinaryPrimitives.ReadInt64BigEndian(bytes) & SeedMask;
    }

    private static string Format(long timestamp, long sequence)
    {
        Span<byte> bytes = stackalloc byte[16];
        bytes[0] = (byte)(timestamp >> 40);
        bytes[1] = (byte)(timestamp >> 32);
        bytes[2] = (byte)(timestamp >> 24);
        bytes[3] = (byte)(timestamp >> 16);
        bytes[4] = (byte)(timestamp >> 8);
        bytes[5] = (byte)timestamp;
        bytes[6] = (byte)(0x70 | ((sequence >> 38) & 0x0F));
        bytes[7] = (byte)(sequence >> 30);
        bytes[8] = (byte)(0x80 | ((sequence >> 24) & 0x3F));
        bytes[9] = (byte)(sequence >> 16);
        bytes[10] = (byte)(sequence >> 8);
        bytes[11] = (byte)sequence;
        RandomNumberGenerator.Fill(bytes[12..]);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
