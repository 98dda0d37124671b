using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Rezilient.Restore.TestSupport;

/// <summary>What the fake ACP answers to the next requests.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Body">Body text; null sends no body.</param>
/// <param name="DelayBeforeHeaders">Wait before sending anything.</param>
/// <param name="DelayMidBody">Flush the first half of the body, then wait before the rest.</param>
/// <param name="Location">A <c>Location</c> header, for redirects.</param>
/// <param name="SendContentLength">Announce the body length instead of chunking.</param>
/// <param name="AbortMidBody">Flush the first half of the body, then drop the connection.</param>
public sealed record FakeAcpResponse(
    int Status,
    string? Body = null,
    TimeSpan DelayBeforeHeaders = default,
    TimeSpan DelayMidBody = default,
    string? Location = null,
    bool SendContentLength = false,
    bool AbortMidBody = false);

/// <summary>A real HTTP server on loopback standing in for ACP; each test scripts its answer and inspects the request.</summary>
public sealed class FakeAcpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private FakeAcpResponse _response = new(200, "{}");
    private int _requestCount;

    private FakeAcpServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public int RequestCount => Volatile.Read(ref _requestCount);

    public string? LastMethod { get; private set; }

    public string? LastPath { get; private set; }

    public string? LastBody { get; private set; }

    public IReadOnlyDictionary<string, string> LastHeaders { get; private set; } = new Dictionary<string, string>();

    public static async Task<FakeAcpServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeAcpServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>()
            .Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseUrl = new Uri(address);
        return server;
    }

    /// <summary>Scripts the answer and forgets the previous requests.</summary>
    public void Respond(FakeAcpResponse response)
    {
        lock (_gate)
        {
            _response = response;
            _requestCount = 0;
            LastMethod = LastPath = LastBody = null;
            LastHeaders = new Dictionary<string, string>();
        }
    }

    public void Respond(int status, string? body = null) => Respond(new FakeAcpResponse(status, body));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(aborted);
        FakeAcpResponse response;
        lock (_gate)
        {
            response = _response;
            Interlocked.Increment(ref _requestCount);
            LastMethod = context.Request.Method;
            LastPath = context.Request.PathBase + context.Request.Path;
            LastBody = body;
            LastHeaders = context.Request.Headers.ToDictionary(
                header => header.Key.ToLowerInvariant(), header => header.Value.ToString());
        }

        if (response.DelayBeforeHeaders > TimeSpan.Zero)
        {
            await Task.Delay(response.DelayBeforeHeaders, aborted);
        }

        context.Response.StatusCode = response.Status;
        if (response.Location is not null)
        {
            context.Response.Headers.Location = response.Location;
        }

        if (response.Body is null)
        {
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(response.Body);
        context.Response.ContentType = "application/json";
        if (response.SendContentLength)
        {
            context.Response.ContentLength = bytes.Length;
        }

        if (response.DelayMidBody > TimeSpan.Zero || response.AbortMidBody)
        {
            var half = bytes.Length / 2;
            await context.Response.Body.WriteAsync(bytes.AsMemory(0, half), aborted);
            await context.Response.Body.FlushAsync(aborted);
            if (response.AbortMidBody)
            {
                context.Abort();
                return;
            }

            await Task.Delay(response.DelayMidBody, aborted);
            await context.Response.Body.WriteAsync(bytes.AsMemory(half), aborted);
            return;
        }

        await context.Response.Body.WriteAsync(bytes, aborted);
    }
}
