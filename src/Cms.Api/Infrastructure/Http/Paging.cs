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
        var next = (long)query.PageNumber() * query.Size() < total
            ? NextLink(http, "page", (query.PageNumber() + 1).ToString(CultureInfo.InvariantCulture))
            : null;
        return new(items, new PageMeta(query.PageNumber(), query.Size(), total), SelfAnd(http, next));
    }

    /// <summary>The links of a list: itself, and the next page when there is one.</summary>
    public static ListLinks SelfAnd(HttpContext http, string? next) => new(http.Request.Path + http.Request.QueryString, next);

    /// <summary>
    /// The relative URL of the next page (this request with one parameter set to a new value),
    /// also announced in a Link header.
    /// </summary>
    public static string NextLink(HttpContext http, string parameter, string value)
    {
        var builder = new QueryBuilder();
        foreach (var (key, values) in http.Request.Query)
        {
            if (!key.Equals(parameter, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var item in values)
                {
                    builder.Add(key, item ?? "");
                }
            }
        }

        builder.Add(parameter, value);
        var next = http.Request.Path + builder.ToQueryString().Value;
        http.Response.Headers.Append("Link", $"<{next}>; rel=\"next\"");
        return next;
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
