namespace MediaJobs.Server.Webhooks;

/// <summary>The address guard refused the resolved address of a webhook's host.</summary>
public sealed class WebhookBlockedException(string message) : Exception(message);
