using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.Infrastructure.OpenApi;

/// <summary>
/// The OpenAPI document comes entirely from endpoint metadata (names, summaries, tags, produced
/// responses, request examples); openapi/cms.v1.json is this document, committed.
/// </summary>
internal static class OpenApiSetup
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/swagger/v1/swagger.json";
    private const string BearerScheme = "Bearer";

    public static IServiceCollection AddCmsOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Cms",
                Version = "v1",
                Description = "Headless CMS for news publishers. The content API (/api/v1) is public and read-only; "
                    + "the management API (/api/v1/admin) needs 'Authorization: Bearer <key>'. Errors are RFC 9457 problem+json with a machine 'code'.",
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API key created under /api/v1/admin/api-keys (or the bootstrap admin key).",
            });
            options.OperationFilter<SecurityOperationFilter>();
            options.OperationFilter<RequestExampleOperationFilter>();
            options.OperationFilter<ContentCachingOperationFilter>();
            options.SchemaFilter<ProblemSchemaFilter>();
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.CustomSchemaIds(type => SchemaId(type));
        });
        return services;
    }

    public static WebApplication UseCmsOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint(DocumentPath, "Cms v1");
            options.EnablePersistAuthorization();
        });
        return app;
    }

    /// <summary>Attaches an example body to a route's request in the OpenAPI document.</summary>
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, object example) =>
        builder.WithMetadata(new RequestExample(example));

    // Generic envelopes get readable names: DataResponse<CategoryResponse> -> CategoryResponseData.
    private static string SchemaId(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        var arguments = type.GetGenericArguments();
        return name switch
        {
            "DataResponse" => SchemaId(arguments[0]) + "Data",
            // ListResponse<ArticleSummary, PageMeta> -> ArticleSummaryPage; with CountMeta -> ArticleSummaryList.
            "ListResponse" => SchemaId(arguments[0]) + (arguments[1].Name == "CountMeta" ? "List" : arguments[1].Name.Replace("Meta", "", StringComparison.Ordinal)),
            _ => string.Concat(arguments.Select(SchemaId)) + name,
        };
    }
}

internal sealed record RequestExample(object Value);

/// <summary>Cacheable content routes document If-None-Match, their 304 and their caching headers.</summary>
internal sealed class ContentCachingOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<Caching.CachePolicy>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Description = "An ETag from an earlier response; when it still matches, the answer is 304 without a body.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Responses ??= [];
        operation.Responses["304"] = new OpenApiResponse { Description = "Not Modified: the representation still has the ETag given in If-None-Match." };
        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["ETag"] = Header("Strong ETag: a hash of the bytes sent.");
            response.Headers["Cache-Control"] = Header("public, max-age and stale-while-revalidate tuned per endpoint.");
            response.Headers["Surrogate-Key"] = Header("Space-separated keys naming what the response contains (article:{id}, category:{id}, lists), for CDN purges.");
        }
    }

    private static OpenApiHeader Header(string description) => new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}

/// <summary>Documents the two members every problem response adds: the machine <c>code</c> and the <c>traceId</c>.</summary>
internal sealed class ProblemSchemaFilter : ISchemaFilter
{
    private static readonly string[] Codes = typeof(Errors.ErrorCodes).GetFields()
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (!typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(context.Type) || schema is not OpenApiSchema problem)
        {
            return;
        }

        problem.Properties ??= new Dictionary<string, IOpenApiSchema>();
        problem.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Stable machine-readable error code.",
            Enum = Codes.Select(c => (JsonNode)JsonValue.Create(c)).ToList(),
        };
        problem.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Identifies the request in the service's logs." };
        problem.Required ??= new HashSet<string>();
        foreach (var member in new[] { "type", "title", "status", "detail", "code", "traceId" })
        {
            problem.Required.Add(member);
        }
    }
}

/// <summary>Operations that need authorization carry the Bearer requirement; public ones carry none.</summary>
internal sealed class SecurityOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAuthorizeData>().Any())
        {
            return;
        }

        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", context.Document)] = [] }];
    }
}

/// <summary>Writes a route's <see cref="RequestExample"/> into its JSON request body, serialised as the API would.</summary>
internal sealed class RequestExampleOperationFilter(IOptions<JsonOptions> json) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var example = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestExample>().FirstOrDefault();
        if (example is null || operation.RequestBody?.Content is not { } content)
        {
            return;
        }

        foreach (var mediaType in content.Values)
        {
            mediaType.Example = JsonSerializer.SerializeToNode(example.Value, example.Value.GetType(), json.Value.SerializerOptions) ?? JsonValue.Create((string?)null);
        }
    }
}
