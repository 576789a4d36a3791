using MediaJobs.Core.Jobs;
using MediaJobs.Server.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.Errors;

/// <summary>A problem's detail never shows the data folder's absolute path, whatever message it was built from.</summary>
[Trait("Tier", "Fast")]
public sealed class ProblemWriterPathTests
{
    [Fact]
    public void Enrich_DetailWithTheDataFolder_ShowsItAsData()
    {
        var data = Path.Combine(Path.GetTempPath(), "mediajobs-data-" + Guid.NewGuid().ToString("N"));
        using var services = new ServiceCollection().AddSingleton(new DataLayout(data)).BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        var problem = ProblemWriter.Create(400, "Invalid request", $"File name too long : '{data}/uploads/x/.partial-y.pdf'");

        ProblemWriter.Enrich(context, problem);

        Assert.Equal("File name too long : '<data>/uploads/x/.partial-y.pdf'", problem.Detail);
    }
}
