using System.Reflection;
using FluentValidation;

namespace Cms.Api.Infrastructure.Validation;

/// <summary>
/// One mechanism for bad input on every route of a group: arguments that have a FluentValidation
/// validator are validated before the handler runs (400 <c>validation_failed</c>), and a query
/// parameter the route does not declare answers 400 instead of being silently ignored.
/// Both add their 400 to the endpoint's OpenAPI metadata.
/// </summary>
internal static class ValidationConventions
{
    public static TBuilder WithRequestValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault() is not { } method)
            {
                return;
            }

            var services = endpoint.ApplicationServices;
            var validated = method.GetParameters()
                .Select((parameter, index) => (index, validator: services.GetService(typeof(IValidator<>).MakeGenericType(parameter.ParameterType)) as IValidator))
                .Where(p => p.validator is not null)
                .Select(p => (p.index, validator: p.validator!))
                .ToArray();

            var routeParameters = endpoint is RouteEndpointBuilder route
                ? route.RoutePattern.Parameters.Select(p => p.Name)
                : [];
            var allowedQuery = QueryParameters.Declared(method, routeParameters);

            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(
                StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));

            endpoint.FilterFactories.Add((_, next) => async context =>
            {
                var unknown = context.HttpContext.Request.Query.Keys.Where(key => !allowedQuery.Contains(key)).ToArray();
                if (unknown.Length > 0)
                {
                    var allowed = allowedQuery.Count == 0 ? "this route takes no query parameters" : "allowed: " + string.Join(", ", allowedQuery.Order(StringComparer.Ordinal));
                    return TypedResults.ValidationProblem(
                        unknown.ToDictionary(key => key, key => new[] { $"Unknown query parameter ({allowed})." }),
                        detail: $"Unknown query parameter: {string.Join(", ", unknown)}.",
                        extensions: new Dictionary<string, object?> { ["code"] = Errors.ErrorCodes.BadRequest });
                }

                foreach (var (index, validator) in validated)
                {
                    if (context.Arguments[index] is not { } argument)
                    {
                        continue;
                    }

                    var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
                    if (!result.IsValid)
                    {
                        return TypedResults.ValidationProblem(result.ToDictionary(), detail: "One or more fields are invalid.");
                    }
                }

                return await next(context);
            });
        });
        return builder;
    }
}
