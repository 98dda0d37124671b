using System.Globalization;
using System.Text;

namespace Rezilient.Restore.Domain.Plans;

/// <summary>
/// Decodes a JSON string literal as <c>JSON.parse</c> does, keeping escaped unpaired surrogates
/// (<c>"\ud800"</c>), which System.Text.Json refuses to unescape (spec 03 §17-15).
/// </summary>
internal static class JsonStringLiteral
{
    /// <param name="literal">Raw JSON text of a string token, quotes included, already validated by a parser.</param>
    public static string Decode(string literal)
    {
        if (literal.Length < 2 || literal[0] != '"' || literal[^1] != '"')
        {
            throw new FormatException("not a JSON string literal");
        }

        var body = literal.AsSpan(1, literal.Length - 2);
        if (!body.Contains('\\'))
        {
            return body.ToString();
        }

        var text = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\')
            {
                text.Append(body[i]);
                continue;
            }

            var escape = body[++i];
            switch (escape)
            {
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u':
                    text.Append((char)int.Parse(body.Slice(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: text.Append(escape); break; // " \ /
            }
        }

        return text.ToString();
    }
}
