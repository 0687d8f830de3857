using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Json;

namespace Synapse.Output;

/// <summary>
/// Writes the plain data the JSON outputs build — dictionaries of string to object, lists, strings, numbers, booleans and
/// null — exactly as <see cref="JsonSerializer"/> writes it with the same options, without the serializer's type
/// lookup for every value typed <c>object</c> (most of the cost of a thousand content-API files). Any other value is
/// handed to the serializer.
/// </summary>
internal static class PlainJson
{
    public static string Serialize(object? value, JsonSerializerOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(options)))
            Write(writer, value, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        Encoder = options.Encoder,
        MaxDepth = options.MaxDepth,
    };

    private static void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case IEnumerable<KeyValuePair<string, object?>> properties: // Dictionary<string, object?> and the like
                writer.WriteStartObject();
                foreach (var (name, item) in properties)
                {
                    writer.WritePropertyName(name);
                    Write(writer, item, options);
                }
                writer.WriteEndObject();
                break;
            case IList list:
                writer.WriteStartArray();
                foreach (var item in list) Write(writer, item, options);
                writer.WriteEndArray();
                break;
            default: JsonSerializer.Serialize(writer, value, value.GetType(), options); break;
        }
    }
}
