using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaJobs.Server.Api;

/// <summary>
/// Times on the native API in seed 000's form: UTC with a <c>Z</c> (<c>2025-10-18T20:50:00Z</c>), milliseconds only when
/// there are any (<c>…:00.123Z</c>) — not .NET's default <c>+00:00</c> with seven fractional digits. Reads any ISO 8601.
/// </summary>
internal sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFF'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString() ?? throw new JsonException("A time must be a string."), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
    }
}
