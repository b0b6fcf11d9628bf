using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.OpenApi;

/// <summary>
/// openapi/cms.v1.json is the contract front ends build against. It is generated from the code;
/// these tests fail when the two drift apart (run ./cms openapi to regenerate) and when a route
/// is documented incompletely.
/// </summary>
public sealed class OpenApiContractTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    private static readonly string CommittedPath = Path.Combine(RepositoryRoot(), "openapi", "cms.v1.json");

    [Fact]
    public async Task The_committed_document_matches_the_code()
    {
        var generated = await GeneratedDocumentAsync();

        if (Environment.GetEnvironmentVariable("CMS_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(CommittedPath, generated);
        }

        var committed = File.Exists(CommittedPath) ? await File.ReadAllTextAsync(CommittedPath) : "";
        if (committed != generated)
        {
            Assert.Fail("openapi/cms.v1.json differs from the document the code generates; run ./cms openapi and commit it.\n"
                + LineDiff.Describe(committed, generated));
        }
    }

    [Fact]
    public async Task Every_operation_has_a_name_a_summary_and_its_error_responses()
    {
        var document = JsonNode.Parse(await GeneratedDocumentAsync())!;

        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                var where = $"{method.ToUpperInvariant()} {path}";
                Assert.False(string.IsNullOrEmpty((string?)operation!["operationId"]), $"{where} has no operationId");
                Assert.False(string.IsNullOrEmpty((string?)operation["summary"]), $"{where} has no summary");
                var responses = operation["responses"]!.AsObject();
                Assert.True(responses.ContainsKey("400"), $"{where} does not declare 400");
                Assert.True(responses.ContainsKey("500"), $"{where} does not declare 500");
                var isAdmin = path.StartsWith("/api/v1/admin", StringComparison.Ordinal);
                Assert.Equal(isAdmin, operation["security"] is not null);
                Assert.Equal(isAdmin, responses.ContainsKey("401") && responses.ContainsKey("403"));
                if (path.Contains("{id}", StringComparison.Ordinal) || path.Contains("{slug}", StringComparison.Ordinal))
                {
                    Assert.True(responses.ContainsKey("404"), $"{where} does not declare 404");
                }

                if (method is "put" or "patch" or "delete")
                {
                    Assert.True(responses.ContainsKey("412") && responses.ContainsKey("428"), $"{where} does not declare 412 and 428");
                }

                if (operation["requestBody"] is { } body)
                {
                    Assert.True(body["content"]!["application/json"]!["example"] is not null, $"{where} has no request example");
                }
            }
        }
    }

    private async Task<string> GeneratedDocumentAsync()
    {
        var json = await api.Anonymous().GetStringAsync("/swagger/v1/swagger.json");
        var text = JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        return text.ReplaceLineEndings("\n") + "\n";
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cms.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cms.sln not found above the test binaries.");
    }
}

/// <summary>A readable diff for the drift test: the differing stretch between the common head and tail, with line numbers.</summary>
internal static class LineDiff
{
    public static string Describe(string expected, string actual, int maxLines = 60)
    {
        var before = expected.Split('\n');
        var after = actual.Split('\n');
        var head = 0;
        while (head < before.Length && head < after.Length && before[head] == after[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < before.Length - head && tail < after.Length - head && before[^(tail + 1)] == after[^(tail + 1)])
        {
            tail++;
        }

        var text = new StringBuilder();
        text.AppendLine($"--- committed (lines {head + 1}-{before.Length - tail})");
        foreach (var line in before[head..(before.Length - tail)].Take(maxLines))
        {
            text.Append("- ").AppendLine(line);
        }

        text.AppendLine($"+++ generated (lines {head + 1}-{after.Length - tail})");
        foreach (var line in after[head..(after.Length - tail)].Take(maxLines))
        {
            text.Append("+ ").AppendLine(line);
        }

        return text.ToString();
    }
}
