using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Infrastructure.Http;

/// <summary>A query with numbered paging: <c>page</c> (from 1) and <c>limit</c> (1–100, default 20).</summary>
internal interface IPaged
{
    int? Page { get; }

    int? Limit { get; }
}

/// <summary>Numbered paging and nothing else.</summary>
internal sealed record PageQuery([FromQuery(Name = "page")] int? Page, [FromQuery(Name = "limit")] int? Limit) : IPaged;

internal static class Paging
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    public const int MaxWindow = 10_000;

    public static int PageNumber(this IPaged query) => query.Page ?? 1;

    public static int Size(this IPaged query) => query.Limit ?? DefaultLimit;

    public static int Offset(this IPaged query) => (query.PageNumber() - 1) * query.Size();

    /// <summary>Wraps one page of rows in the list envelope, with <c>next</c> while more remain and a matching Link header.</summary>
    public static ListResponse<T, PageMeta> ToPage<T>(this IPaged query, IReadOnlyList<T> items, long total, HttpContext http)
    {
        var request = http.Request;
        string? next = null;
        if ((long)query.PageNumber() * query.Size() < total)
        {
            next = request.Path + WithPage(request.Query, query.PageNumber() + 1);
            http.Response.Headers.Append("Link", $"<{next}>; rel=\"next\"");
        }

        return new(items, new PageMeta(query.PageNumber(), query.Size(), total), new ListLinks(request.Path + request.QueryString, next));
    }

    private static string WithPage(IQueryCollection query, int page)
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

        builder.Add("page", page.ToString(CultureInfo.InvariantCulture));
        return builder.ToQueryString().Value!;
    }
}

/// <summary>The paging rules, included by the validator of every paged query.</summary>
internal sealed class PagingRules<T> : AbstractValidator<T> where T : IPaged
{
    public PagingRules()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.Limit).InclusiveBetween(1, Paging.MaxLimit);
        RuleFor(q => q)
            .Must(q => (long)q.PageNumber() * q.Size() <= Paging.MaxWindow)
            .OverridePropertyName("page")
            .WithMessage($"page × limit must not exceed {Paging.MaxWindow}.")
            .When(q => q.Page >= 1 && q.Limit is null or (>= 1 and <= Paging.MaxLimit));
    }
}

internal sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator() => Include(new PagingRules<PageQuery>());
}
