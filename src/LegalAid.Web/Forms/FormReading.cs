using System.Text;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LegalAid.Web.Forms;

/// <summary>
/// Reads a page's form before the page does: after the page's own form limits apply, before the antiforgery check and
/// the choice of handler. A form that cannot be read (too large, too many fields, a field too long) shows the page
/// again, by its GET handler with nothing saved, saying why; a field whose bytes are not UTF-8 is named, so the page
/// refuses it beside the field (see <see cref="FormInputFilter"/>).
/// </summary>
internal sealed class FormReading : IAsyncAuthorizationFilter
{
    /// <summary>
    /// After [RequestFormLimits] and [RequestSizeLimit] (900), before antiforgery validation (1000). A global filter
    /// registered by type runs in the order given at registration, not in the order it says itself.
    /// </summary>
    public const int Order = 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (IsPageForm(context.HttpContext.Request))
        {
            context.HttpContext.Features.Set(await ReadAsync(context.HttpContext));
        }
    }

    private static bool IsPageForm(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.HasFormContentType && !request.Path.StartsWithSegments("/api");

    private static async Task<FormInput> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        var urlEncoded = !request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase);
        if (urlEncoded)
        {
            request.EnableBuffering();
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            if (urlEncoded && !IsOverALimit(e))
            {
                // Characters the form reader will not decode (a NUL): read it leniently, so the validators refuse them by field.
                request.Body.Position = 0;
                var lenient = await LenientFormAsync(request.Body, context.RequestAborted);
                context.Features.Set<IFormFeature>(new FormFeature(lenient.Form));
                return new FormInput(null, lenient.NotUtf8);
            }

            var reason = Reason(e, context.RequestServices);
            ShowPageAgain(context);
            return new FormInput(reason, []);
        }

        if (urlEncoded)
        {
            request.Body.Position = 0;
            return new FormInput(null, (await LenientFormAsync(request.Body, context.RequestAborted)).NotUtf8);
        }

        var unreadable = form.Where(field => field.Value.Any(value => value?.Contains('\uFFFD', StringComparison.Ordinal) == true)).Select(field => field.Key)
            .Concat(form.Files.Where(file => file.FileName.Contains('\uFFFD', StringComparison.Ordinal)).Select(file => file.Name));
        return new FormInput(null, [.. unreadable]);
    }

    /// <summary>Runs the page's GET handler instead: the form comes back, with the reason above it.</summary>
    private static void ShowPageAgain(HttpContext context)
    {
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Request.Method = HttpMethods.Get;
        context.Request.QueryString = QueryString.Create(context.Request.Query
            .Where(q => !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))));
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    private static bool IsOverALimit(Exception exception) =>
        exception is BadHttpRequestException || exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);

    private static string Reason(Exception exception, IServiceProvider services)
    {
        var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var limits = services.GetRequiredService<IOptions<FormOptions>>().Value;
        var message = exception.Message;
        return exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => text["Form.TooLarge"],
            _ when message.Contains("Multipart body length", StringComparison.Ordinal) => text["Form.TooLarge"],
            _ when message.Contains("count limit", StringComparison.Ordinal) => text["Form.TooManyFields", limits.ValueCountLimit],
            _ when message.Contains("length limit", StringComparison.Ordinal) => text["Form.FieldTooLong", limits.ValueLengthLimit / 1024],
            _ => text["Form.Unreadable"],
        };
    }

    /// <summary>
    /// The form decoded by hand, every value kept (bytes that are not UTF-8 become U+FFFD), and the fields whose value,
    /// once its %XX escapes are decoded, is not UTF-8 (the framework's reader would keep "%FF" as text).
    /// </summary>
    private static async Task<(FormCollection Form, IReadOnlyList<string> NotUtf8)> LenientFormAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, cancellationToken);
        body.Position = 0;
        var values = new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>(StringComparer.OrdinalIgnoreCase);
        var fields = new List<string>();
        var rest = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)'&');
            var pair = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            var equals = pair.IndexOf((byte)'=');
            var key = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? [] : Decode(pair[(equals + 1)..]);
            var name = Encoding.UTF8.GetString(key);
            values[name] = Microsoft.Extensions.Primitives.StringValues.Concat(values.GetValueOrDefault(name), Encoding.UTF8.GetString(value));
            if (!Utf8.IsValid(key) || !Utf8.IsValid(value))
            {
                fields.Add(name);
            }
        }

        return (new FormCollection(values), fields);
    }

    private static byte[] Decode(ReadOnlySpan<byte> encoded)
    {
        var decoded = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%' && i + 2 < encoded.Length && IsHex(encoded[i + 1]) && IsHex(encoded[i + 2]))
            {
                decoded.Add((byte)((HexValue(encoded[i + 1]) << 4) | HexValue(encoded[i + 2])));
                i += 2;
            }
            else
            {
                decoded.Add(encoded[i] == '+' ? (byte)' ' : encoded[i]);
            }
        }

        return [.. decoded];
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => Convert.ToInt32(((char)b).ToString(), 16);
}

/// <summary>What reading a page's form found: why it could not be read, or which fields are not UTF-8.</summary>
internal sealed record FormInput(string? Unreadable, IReadOnlyList<string> FieldsNotUtf8);
