using Cms.Api.Infrastructure.Auth;
using Cms.Api.Infrastructure.Caching;
using Cms.Api.Infrastructure.Database;
using Cms.Api.Infrastructure.Errors;
using Cms.Api.Infrastructure.Http;
using Cms.Api.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Authors;

internal static class AuthorEndpoints
{
    private const string AdminPath = "/api/v1/admin/authors";
    private const string NotFound = "No author has this id.";

    public static ApiGroups MapAuthors(this ApiGroups api)
    {
        api.Content.MapGet("/authors/{slug}", GetBySlug).WithTags("Authors").WithName("GetAuthor")
            .CacheFor(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10))
            .WithSummary("One author, for a byline or author page").ProducesProblem(404);

        var admin = api.Admin.MapGroup("/authors").WithTags("Authors (management)");
        var example = new AuthorRequest("dini-afrianti", "Dini Afrianti Efendi", "Jurnalis desk internasional.", "https://img.example/authors/dini.jpg");
        admin.MapPost("/", Create).WithName("CreateAuthor").WithSummary("Create an author")
            .RequireAuthorization(Policies.Editor).WithRequestExample(example).ProducesProblem(409);
        admin.MapGet("/", List).WithName("ListAuthors").WithSummary("List authors by name, in numbered pages");
        admin.MapGet("/{id:guid}", Get).WithName("GetAuthorById").WithSummary("Get one author with its ETag").ProducesProblem(404);
        admin.MapPut("/{id:guid}", Update).WithName("UpdateAuthor").WithSummary("Replace an author (If-Match required)")
            .RequireAuthorization(Policies.Editor).WithRequestExample(example)
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        admin.MapDelete("/{id:guid}", Delete).WithName("DeleteAuthor").WithSummary("Delete an author credited on no article (If-Match required)")
            .RequireAuthorization(Policies.Editor)
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        return api;
    }

    private static async Task<Results<Ok<DataResponse<PublicAuthorResponse>>, ProblemHttpResult>> GetBySlug(
        string slug, AuthorRepository authors, HttpContext http, CancellationToken ct)
    {
        if (await authors.FindBySlugAsync(slug, ct) is not { } row)
        {
            return Problems.NotFound($"No author has the slug '{slug}'.");
        }

        http.AddSurrogateKeys([$"author:{row.Id}"]);
        return TypedResults.Ok(new DataResponse<PublicAuthorResponse>(row.ToPublic()));
    }

    private static async Task<Results<Created<DataResponse<AuthorResponse>>, ProblemHttpResult>> Create(
        AuthorRequest request, AuthorRepository authors, HttpContext http, CancellationToken ct) =>
        Conditional.Created(WriteResult<AuthorRow>.Done(await authors.CreateAsync(request, ct)), r => r.ToResponse(), r => $"{AdminPath}/{r.Id}", http);

    private static async Task<Ok<ListResponse<AuthorResponse, PageMeta>>> List(
        [AsParameters] PageQuery page, AuthorRepository authors, HttpContext http, CancellationToken ct)
    {
        var (rows, total) = await authors.ListAsync(page, ct);
        return TypedResults.Ok(page.ToPage(rows.Select(r => r.ToResponse()).ToList(), total, http));
    }

    private static async Task<Results<Ok<DataResponse<AuthorResponse>>, ProblemHttpResult>> Get(
        Guid id, AuthorRepository authors, HttpContext http, CancellationToken ct) =>
        Conditional.Found(await authors.GetAsync(id, ct), r => r.ToResponse(), http, NotFound);

    private static Task<Results<Ok<DataResponse<AuthorResponse>>, ProblemHttpResult>> Update(
        Guid id, AuthorRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, AuthorRepository authors, HttpContext http, CancellationToken ct) =>
        Conditional.SaveAsync(ifMatch, version => authors.UpdateAsync(id, version, request, ct), r => r.ToResponse(), http, NotFound);

    private static Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, AuthorRepository authors, CancellationToken ct) =>
        Conditional.DeleteAsync(ifMatch, version => authors.DeleteAsync(id, version, ct), NotFound);
}
