using Microsoft.AspNetCore.Mvc;

namespace MediaJobs.Server.OpenApi;

/// <summary>Declarative OpenAPI metadata for what a handler does by hand.</summary>
public static class OpenApiConventions
{
    public const string EventStream = "text/event-stream";

    public static TBuilder WithParameters<TBuilder>(this TBuilder builder, params ParameterDoc[] parameters)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata([.. parameters]);

    /// <summary>A JSON body the handler reads (and refuses) itself: documented, but not a routing constraint.</summary>
    public static RouteHandlerBuilder DocumentsJsonBody<TBody>(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new RequestBodyDoc(typeof(TBody)));

    /// <summary>A Server-Sent Events response (200).</summary>
    public static TBuilder ProducesEventStream<TBuilder>(this TBuilder builder, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ResponseContentDoc(StatusCodes.Status200OK, EventStream, description));

    /// <summary>A file download: the same body under each content type given.</summary>
    public static TBuilder ProducesFile<TBuilder>(this TBuilder builder, int statusCode, string description, params string[] contentTypes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata([.. contentTypes.Select(type => new ResponseContentDoc(statusCode, type, description))]);

    /// <summary>
    /// A JSON error body on every endpoint of a group (e.g. the 401 of a missing API key, written
    /// by middleware in the surface's own shape).
    /// </summary>
    public static TBuilder ProducesErrorBody<TBuilder>(this TBuilder builder, int statusCode, Type body, string contentType = "application/json")
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProducesResponseTypeMetadata(statusCode, body, [contentType]));

    /// <summary>The native 401 problem (only with API keys configured).</summary>
    public static TBuilder ProducesUnauthorizedProblem<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesErrorBody(StatusCodes.Status401Unauthorized, typeof(ProblemDetails), Errors.ProblemWriter.ContentType);
}
