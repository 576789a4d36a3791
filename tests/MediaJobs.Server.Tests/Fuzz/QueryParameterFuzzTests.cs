using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Fuzz;

/// <summary>
/// The native routes' whole-number query parameters (the stats chart's <c>minutes</c>, the lists' paging) fed hostile
/// values: never a 5xx; a refusal is an RFC 9457 problem naming the parameter; an answer is a 200.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class QueryParameterFuzzTests(FuzzServer server) : IClassFixture<FuzzServer>
{
    private static readonly string[] Routes =
        ["/api/stats/finished-per-minute?minutes=", "/api/jobs?limit=", "/api/jobs?offset=", "/api/jobs/batches?limit="];

    private static readonly string[] Hostile =
        ["", "0", "-1", "+1", " 7", "7 ", "1.5", "1e3", "0x10", "NaN", "2147483648", "-2147483649", "99999999999999999999999",
         "%00", "%EF%BC%91", "%D9%A1", "1%2C2", "%27%3B--", "%F0%9F%98%80", new string('9', 4096)];

    [Fact]
    public async Task HostileWholeNumbers_AreA200OrAProblemNamingTheParameter_NeverA5xx()
    {
        var failures = new List<string>();
        foreach (var route in Routes)
        {
            var name = route[(route.LastIndexOf('?') + 1)..^1];
            foreach (var value in Hostile)
            {
                using var response = await server.Client.GetAsync(route + value);
                var what = $"{route}{(value.Length > 40 ? value[..40] + "…" : value)}: {(int)response.StatusCode}";
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    continue;
                }
                try
                {
                    var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
                    Assert.Equal(name, problem["field"]?.GetValue<string>());
                }
                catch (Xunit.Sdk.XunitException ex)
                {
                    failures.Add($"{what}: {ex.Message}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }
}
