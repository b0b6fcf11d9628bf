using Cms.Api.Infrastructure.Http;
using Cms.Api.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.ApiKeys;

internal static class ApiKeyEndpoints
{
    public static ApiGroups MapApiKeys(this ApiGroups api)
    {
        var keys = api.Admin.MapGroup("/api-keys").WithTags("API keys").RequireAuthorization(Infrastructure.Auth.Policies.Admin);

        keys.MapPost("/", Create).WithName("CreateApiKey").WithSummary("Create an API key; its secret is in this response only")
            .WithRequestExample(new CreateApiKeyRequest("desk-writer-1", Infrastructure.Auth.Role.Writer));
        keys.MapGet("/", List).WithName("ListApiKeys").WithSummary("List API keys, newest first (secrets are never listed)");
        keys.MapGet("/{id:guid}", Get).WithName("GetApiKey").WithSummary("Get one API key").ProducesProblem(404);
        keys.MapDelete("/{id:guid}", Revoke).WithName("RevokeApiKey").WithSummary("Revoke an API key; it is refused from the next request on")
            .ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);

        return api;
    }

    private static async Task<Created<DataResponse<CreatedApiKeyResponse>>> Create(
        CreateApiKeyRequest request, ApiKeyRepository keys, HttpContext http, CancellationToken ct)
    {
        var (row, secret) = await keys.CreateAsync(request.Name.Trim(), request.Role!.Value, ct);
        ETags.Set(http, row.Version);
        var response = new CreatedApiKeyResponse(row.Id, row.Name, request.Role.Value, secret, row.KeyPrefix, row.CreatedAt);
        return TypedResults.Created($"/api/v1/admin/api-keys/{row.Id}", new DataResponse<CreatedApiKeyResponse>(response));
    }

    private static async Task<Ok<ListResponse<ApiKeyResponse, PageMeta>>> List(
        [AsParameters] PageQuery page, ApiKeyRepository keys, HttpContext http, CancellationToken ct)
    {
        var (rows, total) = await keys.ListAsync(page, ct);
        return TypedResults.Ok(page.ToPage(rows.Select(r => r.ToResponse()).ToList(), total, http));
    }

    private static async Task<Results<Ok<DataResponse<ApiKeyResponse>>, ProblemHttpResult>> Get(
        Guid id, ApiKeyRepository keys, HttpContext http, CancellationToken ct) =>
        Conditional.Found(await keys.GetAsync(id, ct), r => r.ToResponse(), http, "No API key has this id.");

    private static Task<Results<NoContent, ProblemHttpResult>> Revoke(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, ApiKeyRepository keys, CancellationToken ct) =>
        Conditional.DeleteAsync(ifMatch, version => keys.RevokeAsync(id, version, ct), "No live API key has this id.");
}
