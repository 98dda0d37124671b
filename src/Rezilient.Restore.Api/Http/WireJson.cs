using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Api.Http;

/// <summary>
/// JSON conventions of the wire contract (spec 01 §1): snake_case names, string enums, timestamps as
/// <c>YYYY-MM-DDTHH:MM:SS.mmmZ</c>, and no global "ignore nulls" (explicit nulls are part of some records).
/// </summary>
public static class WireJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new WireTimestampConverter());
        return options;
    }

    private sealed class WireTimestampConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToWireString());
    }
}
