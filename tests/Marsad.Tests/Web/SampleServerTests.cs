using Marsad.Cli.Web;
using Marsad.Tests.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Marsad.Tests.Web;

/// <summary>Tests against the server on the small sample snapshot, in memory: one server per test class instance.</summary>
public abstract class SampleServerTests : IAsyncLifetime
{
    private WebApplication? app;
    private HttpClient? client;

    /// <summary>A client of the running server.</summary>
    protected HttpClient Client => client ?? throw new InvalidOperationException("the server is not started");

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
}
