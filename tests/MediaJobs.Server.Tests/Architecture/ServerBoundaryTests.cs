using NetArchTest.Rules;

namespace MediaJobs.Server.Tests.Architecture;

/// <summary>
/// The Server's generic parts name no job type and no compat surface: what a job type adds to a generic view
/// (counters, stages, node capabilities, browsing, completion data) is declared by its pipeline on
/// <see cref="Core.Pipelines.IJobPipeline"/>, and a surface's own shapes stay in its <c>Compat/&lt;System&gt;/</c> folder.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class ServerBoundaryTests
{
    public static TheoryData<string> GenericNamespaces { get; } =
    [
        "MediaJobs.Server.Api",
        "MediaJobs.Server.Nodes",
        "MediaJobs.Server.Browse",
        "MediaJobs.Server.Webhooks",
        "MediaJobs.Server.Auth",
    ];

    private static readonly string[] JobTypesAndSurfaces =
    [
        "MediaJobs.Pipelines.Video",
        "MediaJobs.Pipelines.Transcode",
        "MediaJobs.Pipelines.Documents",
        "MediaJobs.Server.Compat",
    ];

    [Theory]
    [MemberData(nameof(GenericNamespaces))]
    public void GenericNamespace_ReferencesNoJobTypeOrCompatSurface(string generic)
    {
        var types = Types.InAssembly(typeof(Program).Assembly).That().ResideInNamespace(generic);

        var result = types.ShouldNot().HaveDependencyOnAny(JobTypesAndSurfaces).GetResult();

        Assert.NotEmpty(types.GetTypes());
        Assert.True(result.IsSuccessful, $"{generic} names a job type or compat surface: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
