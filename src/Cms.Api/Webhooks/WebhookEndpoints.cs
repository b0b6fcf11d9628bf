using Cms.Api.Infrastructure.Auth;
using Cms.Api.Infrastructure.Errors;
using Cms.Api.Infrastructure.Http;
using Cms.Api.Infrastructure.OpenApi;
using Cms.Api.Infrastructure.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Webhooks;

internal sealed class WebhookRequestValidator : AbstractValidator<WebhookRequest>
{
    public WebhookRequestValidator()
    {
        RuleFor(r => r.Url!).NotEmpty().HttpUrl();
        RuleForEach(r => r.Events).Must(e => WebhookEvents.All.Contains(e))
            .WithMessage($"Events are {string.Join(", ", WebhookEvents.All)}.");
    }
}

internal static class WebhookEndpoints
{
    private const string NotFound = "No webhook has this id.";

    public static ApiGroups MapWebhooks(this ApiGroups api)
    {
        var hooks = api.Admin.MapGroup("/webhooks").WithTags("Webhooks").RequireAuthorization(Policies.Admin);
        var example = new WebhookRequest("https://hooks.example.id/cms", [WebhookEvents.Published, WebhookEvents.Updated]);
        hooks.MapPost("/", Create).WithName("CreateWebhook")
            .WithSummary("Subscribe a URL to article events; the signing secret is in this response only").WithRequestExample(example);
        hooks.MapGet("/", List).WithName("ListWebhooks").WithSummary("List webhooks (secrets are never listed)");
        hooks.MapGet("/{id:guid}", Get).WithName("GetWebhook").WithSummary("Get one webhook with its ETag").ProducesProblem(404);
        hooks.MapPut("/{id:guid}", Update).WithName("UpdateWebhook").WithSummary("Change a webhook's URL, events or active flag (If-Match required)")
            .WithRequestExample(example).ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);
        hooks.MapDelete("/{id:guid}", Delete).WithName("DeleteWebhook").WithSummary("Delete a webhook and its pending deliveries (If-Match required)")
            .ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);
        hooks.MapGet("/{id:guid}/deliveries", Deliveries).WithName("ListWebhookDeliveries")
            .WithSummary("The latest 50 deliveries, with attempts, status and the next retry").ProducesProblem(404);
        return api;
    }

    private static async Task<Created<DataResponse<CreatedWebhookResponse>>> Create(
        WebhookRequest request, WebhookRepository webhooks, HttpContext http, CancellationToken ct)
    {
        var row = await webhooks.CreateAsync(request, ct);
        ETags.Set(http, row.Version);
        return TypedResults.Created($"/api/v1/admin/webhooks/{row.Id}",
            new DataResponse<CreatedWebhookResponse>(new CreatedWebhookResponse(row.Id, row.Url, row.Events, row.Active, row.Secret, row.CreatedAt)));
    }

    private static async Task<Ok<ListResponse<WebhookResponse, CountMeta>>> List(WebhookRepository webhooks, HttpContext http, CancellationToken ct)
    {
        var rows = await webhooks.ListAsync(ct);
        return TypedResults.Ok(new ListResponse<WebhookResponse, CountMeta>(rows.Select(r => r.ToResponse()).ToList(), new CountMeta(rows.Count), Paging.SelfAnd(http, null)));
    }

    private static async Task<Results<Ok<DataResponse<WebhookResponse>>, ProblemHttpResult>> Get(
        Guid id, WebhookRepository webhooks, HttpContext http, CancellationToken ct) =>
        Conditional.Found(await webhooks.GetAsync(id, ct), r => r.ToResponse(), http, NotFound);

    private static Task<Results<Ok<DataResponse<WebhookResponse>>, ProblemHttpResult>> Update(
        Guid id, WebhookRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, WebhookRepository webhooks, HttpContext http, CancellationToken ct) =>
        Conditional.SaveAsync(ifMatch, version => webhooks.UpdateAsync(id, version, request, ct), r => r.ToResponse(), http, NotFound);

    private static Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, WebhookRepository webhooks, CancellationToken ct) =>
        Conditional.DeleteAsync(ifMatch, version => webhooks.DeleteAsync(id, version, ct), NotFound);

    private static async Task<Results<Ok<ListResponse<DeliveryResponse, CountMeta>>, ProblemHttpResult>> Deliveries(
        Guid id, WebhookRepository webhooks, HttpContext http, CancellationToken ct) =>
        await webhooks.DeliveriesAsync(id, ct) is { } deliveries
            ? TypedResults.Ok(new ListResponse<DeliveryResponse, CountMeta>(deliveries, new CountMeta(deliveries.Count), Paging.SelfAnd(http, null)))
            : Problems.NotFound(NotFound);
}
