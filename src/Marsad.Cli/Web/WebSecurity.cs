using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Marsad.Cli.Web;

/// <summary>
/// The headers every answer carries and the API-key check. The page runs only the server's own
/// script and style sheet (no inline code), cannot be framed, sends no referrer, and answers are
/// never sniffed into another content type.
/// </summary>
internal static class WebSecurity
{
    /// <summary>The Content-Security-Policy of every answer.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The header an API client sends its key in (or Authorization: Bearer KEY).</summary>
    public const string KeyHeader = "X-Api-Key";

    /// <summary>The query parameter a browser opens the page with once (?key=…): it sets <see cref="KeyCookie"/> and is removed.</summary>
    public const string KeyParameter = "key";

    /// <summary>The cookie that carries the key for the page's own requests.</summary>
    public const string KeyCookie = "marsad_key";

    /// <summary>What a client is told when its request failed on the server.</summary>
    public const string InternalError = "internal error: the request failed on the server (see the server's log)";

    /// <summary>The security headers, set as the answer starts: an error answer, whose headers are cleared first, carries them too.</summary>
    public static void UseSecurityHeaders(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            await next(context);
        });

    /// <summary>
    /// A request that fails is answered 500 with a fixed message, never the exception: no stack
    /// trace, type or message reaches the client, even where ASP.NET would show its developer page
    /// (the Development environment). The exception goes to the server's log.
    /// </summary>
    public static void UseErrorsWithoutDetails(this WebApplication app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return context.Response.WriteAsJsonAsync(new { error = InternalError });
            },
        });

    /// <summary>Every request must carry the key; a browser that opens the page with ?key= gets it as a cookie and is sent on without it.</summary>
    public static void UseApiKey(this WebApplication app, string key) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.Query.TryGetValue(KeyParameter, out var given) && Matches(given.ToString(), key))
            {
                context.Response.Cookies.Append(KeyCookie, key, new CookieOptions
                {
                    HttpOnly = true,
                    SameSite = SameSiteMode.Strict,
                    Secure = request.IsHttps,
                    Path = "/",
                });
                var rest = QueryString.Create(request.Query.Where(q => q.Key != KeyParameter));
                context.Response.Redirect(request.PathBase + request.Path + rest);
                return;
            }
            if (Matches(Presented(request), key))
            {
                await next(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await context.Response.WriteAsJsonAsync(new { error = $"this server needs its API key: header {KeyHeader}, Authorization: Bearer, or open /?{KeyParameter}=… once" });
        });

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(KeyHeader, out var header))
            return header.ToString();
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return authorization["Bearer ".Length..].Trim();
        return request.Cookies.TryGetValue(KeyCookie, out var cookie) ? cookie : null;
    }

    private static bool Matches(string? presented, string key) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(key));
}
