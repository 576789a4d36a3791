namespace MediaJobs.Server.OpenApi;

/// <summary>
/// Endpoint metadata: the JSON body a handler reads by hand. Unlike <c>Accepts&lt;T&gt;</c> it puts no
/// content-type constraint on routing, so a compat surface answers a wrong content type itself, in its
/// own error shape. <see cref="RequestBodyTransformer"/> adds it to the operation.
/// </summary>
public sealed record RequestBodyDoc(Type BodyType, string ContentType = "application/json");
