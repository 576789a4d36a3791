namespace MediaJobs.Server.Api.Contracts;

internal sealed record WebhookDeliveriesResponse(string JobId, IReadOnlyList<WebhookDeliveryResponse> Deliveries);
