using System.Text.Json.Nodes;

namespace Cms.Api.Infrastructure.Http;

/// <summary>JSON Merge Patch (RFC 7386): objects merge member by member, null removes, anything else replaces.</summary>
internal static class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target is JsonObject targetObject ? (JsonObject)targetObject.DeepClone() : [];
        foreach (var (name, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(name);
            }
            else
            {
                result[name] = Apply(result[name], value);
            }
        }

        return result;
    }
}
