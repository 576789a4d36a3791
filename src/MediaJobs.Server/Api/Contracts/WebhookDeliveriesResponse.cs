namespace MediaJobs.Server.Api.Contracts;

public sealed record WebhookDeliveriesResponse(string JobId, IReadOnlyList<WebhookDeliveryResponse> Deliveries);
