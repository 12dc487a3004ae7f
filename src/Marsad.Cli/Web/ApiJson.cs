using System.Text;
using System.Text.Json;
using Marsad.Export;
using Microsoft.AspNetCore.Http;

namespace Marsad.Cli.Web;

/// <summary>The API's JSON answers: the exchange format's serializer options, UTF-8, errors as {"error": …}.</summary>
internal static class ApiJson
{
    public const string MediaType = "application/json; charset=utf-8";

    public static string Serialize(object value) => JsonSerializer.Serialize(value, ExchangeJson.Options);

    public static IResult Problem(int status, string message) =>
        Results.Text(Serialize(new { error = message }), MediaType, Encoding.UTF8, status);
}
