using System.Net;
using System.Text.Json;
using Marsad.Cli.Web;
using Marsad.Export;
using Marsad.Tests.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Marsad.Tests.Web;

public sealed class MarsadWebTests : IAsyncLifetime
{
    private WebApplication? app;
    private HttpClient? client;

    private HttpClient Client => client!;

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

    private async Task<JsonElement> Json(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task Events_in_timeline_order()
    {
        var body = await Json("/api/events");
        Assert.Equal(4, body.GetProperty("count").GetInt32());
        Assert.Equal("ev-2021-call", body.GetProperty("events")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Events_filtered_like_the_timeline()
    {
        var body = await Json("/api/events?pair=JOR-EGY&from=2022");
        Assert.Equal("ev-2022-visit", body.GetProperty("events").EnumerateArray().Single().GetProperty("id").GetString());
    }

    [Fact]
    public async Task Bad_filters_are_a_400() => await Json("/api/events?from=yesterday", HttpStatusCode.BadRequest);

    [Fact]
    public async Task One_event_with_its_sources()
    {
        var body = await Json("/api/events/ev-2021-call");
        Assert.Equal("041", body.GetProperty("event").GetProperty("cameo").GetString());
        Assert.Equal(["بترا", "الأهرام"], body.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("outlet").GetString()));
    }

    [Fact]
    public async Task Unknown_event_and_article_are_404()
    {
        await Json("/api/events/nope", HttpStatusCode.NotFound);
        await Json("/api/articles/nope", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Articles_and_one_article()
    {
        var list = await Json("/api/articles");
        Assert.Equal(3, list.GetProperty("count").GetInt32());
        var one = await Json("/api/articles/a3.txt");
        Assert.Equal(["ev-2023-planned", "ev-undated-accuse"], one.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Pairs_are_counted()
    {
        var body = await Json("/api/pairs");
        var first = body.GetProperty("pairs")[0];
        Assert.Equal("EGY-JOR", first.GetProperty("pair").GetString());
        Assert.Equal(2, first.GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("json", "application/json")]
    [InlineData("csv", "text/csv")]
    [InlineData("gdelt", "text/tab-separated-values")]
    public async Task Exports(string format, string mediaType)
    {
        using var response = await Client.GetAsync($"/api/export?format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(ExportCommandRender(format), text);
    }

    private static string ExportCommandRender(string format) =>
        ExportFormats.Render(SampleSnapshots.Small(), format, TimelineQuery.All);

    [Fact]
    public async Task Unknown_export_format_is_a_400() => await Json("/api/export?format=xml", HttpStatusCode.BadRequest);

    [Fact]
    public async Task The_page_is_the_report_wired_to_the_api()
    {
        using var response = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("dir=\"rtl\"", html);
        Assert.Contains("<body data-api=\"\"", html);
        Assert.Contains("<script src=\"/assets/marsad-report.js\"></script>", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<style>", html);
        var script = await Client.GetStringAsync("/assets/marsad-report.js");
        Assert.Contains("/api/events?", script);
        using var css = await Client.GetAsync("/assets/marsad-report.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_store_without_analysis_serves_empty_lists()
    {
        await using var empty = MarsadWeb.Build(new SnapshotStore(null), [], b => b.WebHost.UseTestServer());
        await empty.StartAsync();
        using var c = empty.GetTestClient();
        using var response = await c.GetAsync("/api/events");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"count\": 0", await response.Content.ReadAsStringAsync());
    }
}
