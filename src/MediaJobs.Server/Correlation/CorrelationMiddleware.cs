namespace MediaJobs.Server.Correlation;

/// <summary>
/// Chooses the request's correlation id and echoes it on every response, error responses included
/// (set when the response starts, so an exception handler clearing the headers does not lose it).
/// </summary>
public sealed class CorrelationMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var given = context.Request.Headers[CorrelationId.HeaderName].ToString().Trim();
        var id = CorrelationId.IsValid(given) ? given : CorrelationId.New();
        CorrelationId.Set(context, id);
        context.Response.OnStarting(static state =>
        {
            var (ctx, value) = ((HttpContext, string))state;
            ctx.Response.Headers[CorrelationId.HeaderName] = value;
            return Task.CompletedTask;
        }, (context, id));
        return next(context);
    }
}
