namespace Cms.Api.Infrastructure.Http;

/// <summary>The two route groups every feature maps into: the public content API and the management API.</summary>
internal sealed record ApiGroups(RouteGroupBuilder Content, RouteGroupBuilder Admin);
