using System.Text.Json;
using Marsad.Cli.Web;
using Marsad.Tests.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Marsad.Tests.Web;

/// <summary>What the page asks the API: every filter of the page, several countries at once, and the page itself in both name styles.</summary>
public sealed class PageApiTests : IAsyncLifetime
{
    private WebApplication? app;
    private HttpClient? client;

    public async Task InitializeAsync()
    {
        app = MarsadWeb.Build(new SnapshotStore(SampleSnapshots.Small()), [], b => b.WebHost.UseTestServer());
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
            await app.DisposeAsync();
    }

    private async Task<string[]> Ids(string query)
    {
        using var doc = JsonDocument.Parse(await client!.GetStringAsync("/api/events?" + query));
        return doc.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();
    }

    [Theory]
    [InlineData("country=EGY", "ev-2021-call ev-2022-visit")]
    [InlineData("country=%D8%A5%D9%8A%D8%B1%D8%A7%D9%86,TUR", "ev-2023-planned ev-undated-accuse")]   // إيران,TUR: any of them
    [InlineData("precision=day", "ev-2021-call ev-2023-planned")]
    [InlineData("from=2022-05-10&to=2022-12-31", "ev-2022-visit")]
    [InlineData("from=2022-05-10&to=2022-12-31&within=true", "")]
    [InlineData("mode=none", "ev-undated-accuse")]
    public async Task The_api_takes_every_filter_of_the_page(string query, string expected) =>
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), await Ids(query));

    [Fact]
    public async Task An_unknown_country_is_a_400_that_says_what_is_accepted()
    {
        using var response = await client!.GetAsync("/api/events?country=SYR,Atlantis");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Atlantis", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_page_names_roles_in_arabic_and_in_english_when_asked()
    {
        var arabic = await client!.GetStringAsync("/");
        Assert.Contains("وزير الخارجية", arabic);
        var english = await client.GetStringAsync("/?names=en");
        Assert.Contains("foreign minister", english);
        Assert.Contains("data-names=\"en\"", english);
    }

    [Fact]
    public async Task The_page_and_its_assets_carry_a_policy_without_inline_code()
    {
        using var page = await client!.GetAsync("/");
        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
    }
}
