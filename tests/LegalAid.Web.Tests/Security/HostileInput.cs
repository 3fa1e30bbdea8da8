using System.Net.Http.Headers;
using System.Text;

namespace LegalAid.Web.Tests.Security;

/// <summary>The kinds of hostile value the suite sends; each case names one.</summary>
internal static class ValueClass
{
    public const string OversizedValue = "oversized value";
    public const string OversizedBody = "oversized body";
    public const string ManyFields = "many fields";
    public const string ControlCharacters = "control characters";
    public const string Bidi = "bidirectional controls";
    public const string InvalidUtf8 = "invalid UTF-8";
    public const string WrongJsonType = "wrong JSON types";
    public const string DeepNesting = "deep nesting";
    public const string DateOutOfRange = "out-of-range dates";
    public const string HugeArray = "huge arrays";
    public const string Script = "script payloads";
    public const string BadNumber = "negative and huge numbers";
    public const string ActiveContent = "macro-bearing and bomb archives";

    public const string Payload = "<script>alert(1)</script>";
    public const string Controls = "Ali\u0000ev\u001b[31m";
    public const string Reversed = "doc\u202Efdp.exe";
}

/// <summary>What a refusal must look like: which field it names, or that the form as a whole was refused.</summary>
internal sealed record Expectation(string? Field, int? Status = null);

/// <summary>One hostile request: its value class, the field it targets, and how to build it.</summary>
internal sealed record HostileCase(string Class, string Target, Func<HttpRequestMessage> Request, Expectation Expect)
{
    public override string ToString() => $"{Class} in {Target}";
}

/// <summary>Bodies a browser or a script could send, including the ones no well-behaved client would.</summary>
internal static class HostileBodies
{
    /// <summary>Marks a byte 0xFF in a form body: a raw byte that is not UTF-8.</summary>
    public const string RawFF = "\uE000";

    /// <summary>
    /// A form body as the browser would encode it; values are escaped except those given in <paramref name="raw"/>,
    /// which go in as they are (say "%FF%FE", which decodes to bytes that are not UTF-8).
    /// </summary>
    public static HttpContent Form(IEnumerable<KeyValuePair<string, string>> fields, ISet<string>? raw = null)
    {
        var body = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + (raw?.Contains(f.Key) == true ? f.Value : Escape(f.Value))));
        return Bytes(WithRawFF(body.Replace(Uri.EscapeDataString(RawFF), RawFF, StringComparison.Ordinal)), "application/x-www-form-urlencoded");
    }

    /// <summary>The text as UTF-8, each <see cref="RawFF"/> a byte 0xFF.</summary>
    public static byte[] WithRawFF(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text).AsSpan();
        var marker = Encoding.UTF8.GetBytes(RawFF);
        var output = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i..].StartsWith(marker))
            {
                output.Add(0xFF);
                i += marker.Length - 1;
            }
            else
            {
                output.Add(bytes[i]);
            }
        }

        return [.. output];
    }

    public static HttpContent JsonBody(string json) => Bytes(Encoding.UTF8.GetBytes(json), "application/json");

    public static HttpContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    /// <summary>A JSON value nested <paramref name="depth"/> arrays deep.</summary>
    public static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    public static string ManyIds(int count) => "[" + string.Join(',', Enumerable.Range(1, count)) + "]";

    /// <summary>A multipart upload of <paramref name="content"/> under <paramref name="fileName"/> (its header written raw, so it may hold any bytes).</summary>
    public static HttpContent Upload(byte[] content, string fileName, IEnumerable<KeyValuePair<string, string>>? fields = null, byte[]? rawFileName = null)
    {
        const string boundary = "hostile-boundary";
        using var body = new MemoryStream();
        void Write(string text) => body.Write(Encoding.UTF8.GetBytes(text));
        foreach (var (key, value) in fields ?? [])
        {
            Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"{key}\"\r\n\r\n{value}\r\n");
        }

        Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"");
        body.Write(rawFileName ?? Encoding.UTF8.GetBytes(fileName));
        Write("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.Write(content);
        Write($"\r\n--{boundary}--\r\n");
        var multipart = new ByteArrayContent(body.ToArray());
        multipart.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return multipart;
    }

    private static string Escape(string value) =>
        value.Length < 30_000 ? Uri.EscapeDataString(value) : string.Concat(value.Chunk(30_000).Select(chunk => Uri.EscapeDataString(new string(chunk))));
}
