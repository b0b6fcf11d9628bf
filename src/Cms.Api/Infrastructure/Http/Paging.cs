using FluentValidation;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Infrastructure.Http;

/// <summary>Numbered paging: <c>page</c> (from 1) and <c>limit</c> (1–100, default 20).</summary>
internal sealed record PageQuery([FromQuery(Name = "page")] int? Page, [FromQuery(Name = "limit")] int? Limit)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    public const int MaxWindow = 10_000;

    public int PageNumber => Page ?? 1;

    public int Size => Limit ?? DefaultLimit;

    public int Offset => (PageNumber - 1) * Size;

    /// <summary>Wraps one page of rows in the list envelope, with <c>next</c> while more remain and a matching Link header.</summary>
    public ListResponse<T, PageMeta> ToResponse<T>(IReadOnlyList<T> items, long total, HttpContext http)
    {
        var request = http.Request;
        var self = request.Path + request.QueryString;
        string? next = null;
        if ((long)PageNumber * Size < total)
        {
            var query = QueryHelpers(request.Query, PageNumber + 1);
            next = request.Path + query;
            http.Response.Headers.Append("Link", $"<{next}>; rel=\"next\"");
        }

        return new(items, new PageMeta(PageNumber, Size, total), new ListLinks(self, next));
    }

    private static string QueryHelpers(IQueryCollection query, int page)
    {
        var builder = new QueryBuilder();
        foreach (var (key, values) in query)
        {
            if (!key.Equals("page", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var value in values)
                {
                    builder.Add(key, value ?? "");
                }
            }
        }

        builder.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return builder.ToQueryString().Value!;
    }
}

internal sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.Limit).InclusiveBetween(1, PageQuery.MaxLimit);
        RuleFor(q => q)
            .Must(q => (long)q.PageNumber * q.Size <= PageQuery.MaxWindow)
            .WithName("page")
            .OverridePropertyName("page")
            .WithMessage($"page × limit must not exceed {PageQuery.MaxWindow}.")
            .When(q => q.Page >= 1 && q.Limit is null or (>= 1 and <= PageQuery.MaxLimit));
    }
}
