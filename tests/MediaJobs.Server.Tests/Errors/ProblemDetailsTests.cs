using System.Net;
using System.Reflection;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Storage.Sqlite;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.Errors;

[Trait("Tier", "Fast")]
public sealed class ProblemDetailsTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    [Theory]
    [InlineData("GET", "/api/nope")]
    [InlineData("GET", "/nothing/here")]
    [InlineData("POST", "/api/jobs/01234567-89ab-7def-8123-456789abcdef/nope")]
    public async Task UnknownRoute_Returns404Problem(string method, string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(url, problem["instance"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(problem["type"]?.GetValue<string>()));
    }

    [Theory]
    [InlineData("DELETE", "/api/jobs")]
    [InlineData("PUT", "/api/queue/pause")]
    [InlineData("GET", "/api/stats/reset-session")]
    [InlineData("PATCH", "/api/jobs/01234567-89ab-7def-8123-456789abcdef")]
    public async Task WrongMethod_Returns405Problem(string method, string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        await response.AssertProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task UnhandledException_Returns500ProblemWithoutInternals()
    {
        using var failing = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddSingleton<IJobStore>(sp => ThrowingListStore.Wrap(new SqliteJobStore(
                new SqliteStoreOptions { DatabasePath = Path.Combine(sp.GetRequiredService<DataLayout>().DataDirectory, "mediajobs.db") },
                sp.GetRequiredService<EventFeed>())))));
        using var client = failing.CreateClient();

        using var response = await client.GetAsync($"/api/jobs?type={ThrowingListStore.Trigger}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.InternalServerError);
        var text = problem.ToJsonString();
        Assert.DoesNotContain(ThrowingListStore.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("at MediaJobs", text, StringComparison.Ordinal);
    }

    /// <summary>A store whose ListAsync throws for one job type; everything else goes to the real store.</summary>
    public class ThrowingListStore : DispatchProxy
    {
        public const string Secret = "secret-internal-detail";
        public const string Trigger = "explode";
        private IJobStore _inner = null!;

        public static IJobStore Wrap(IJobStore inner)
        {
            var proxy = Create<IJobStore, ThrowingListStore>();
            ((ThrowingListStore)(object)proxy)._inner = inner;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == nameof(IJobStore.ListAsync) && args![0] is JobQuery { Type: Trigger })
            {
                throw new InvalidOperationException(Secret);
            }
            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                throw ex.InnerException;
            }
        }
    }
}
