using System.Text.Json.Nodes;

namespace MediaJobs.Server.Compat;

/// <summary>A surface's request contract record that reads itself from a JSON body in the surface's own words.</summary>
/// <typeparam name="TSelf">The record.</typeparam>
internal interface ICompatRequest<TSelf>
    where TSelf : class, ICompatRequest<TSelf>
{
    /// <summary>The request, or a <see cref="Errors.RequestProblemException"/> with the surface's message (and field).</summary>
    static abstract TSelf Read(JsonObject body);
}
