namespace Rezilient.Restore.Domain.Common;

/// <summary>
/// Trimming as the reference does it (ECMAScript <c>String.prototype.trim</c>), whose whitespace set differs from
/// <see cref="char.IsWhiteSpace(char)"/>: U+FEFF is whitespace, U+0085 is not.
/// </summary>
public static class EcmaScriptWhitespace
{
    private static readonly char[] Characters =
    [
        '\t', '\n', '\v', '\f', '\r', ' ', '\u00A0', '\u1680',
        '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A',
        '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF',
    ];

    public static string Trim(string text) => text.Trim(Characters);

    public static bool IsBlank(string text) => text.AsSpan().Trim(Characters).IsEmpty;
}
