using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Categories;

public sealed class CategoryApiTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    private const string Admin = "/api/v1/admin/categories";

    [Fact]
    public async Task Creating_a_category_answers_201_with_location_etag_and_the_category()
    {
        var slug = UniqueSlug("nasional");

        var response = await api.Admin().PostAsJsonAsync(Admin, new { slug, name = "Nasional", description = "Berita nasional", position = 3 });

        var body = await response.ShouldBeOkAsync(HttpStatusCode.Created);
        var data = body.GetProperty("data");
        var id = data.GetProperty("id").GetString();
        Assert.Equal($"{Admin}/{id}", response.Headers.Location?.ToString());
        Assert.Equal("\"1\"", response.ETag());
        Assert.Equal(slug, data.GetProperty("slug").GetString());
        Assert.Equal("Nasional", data.GetProperty("name").GetString());
        Assert.Equal("Berita nasional", data.GetProperty("description").GetString());
        Assert.Equal(3, data.GetProperty("position").GetInt32());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("parentId").ValueKind);
        Assert.Equal(7, Guid.Parse(id!).Version);

        var read = await api.Admin().GetAsync($"{Admin}/{id}");
        Assert.Equal(slug, (await read.ShouldBeOkAsync()).GetProperty("data").GetProperty("slug").GetString());
        Assert.Equal("\"1\"", read.ETag());
    }

    [Fact]
    public async Task The_content_tree_is_nested_and_siblings_are_ordered_by_position()
    {
        var news = await CreateAsync(UniqueSlug("news"), "News", position: 0);
        var metro = await CreateAsync(UniqueSlug("metropolitan"), "Metropolitan", news.Id, position: 3);
        var world = await CreateAsync(UniqueSlug("internasional"), "Internasional", news.Id, position: 2);
        var national = await CreateAsync(UniqueSlug("nasional"), "Nasional", news.Id, position: 1);
        var asia = await CreateAsync(UniqueSlug("asia"), "Asia", world.Id);

        var response = await api.Anonymous().GetAsync("/api/v1/categories");

        var body = await response.ShouldBeOkAsync();
        var root = body.GetProperty("data").EnumerateArray().Single(c => c.GetProperty("id").GetString() == news.Id.ToString());
        var children = root.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal([national.Slug, world.Slug, metro.Slug], children.Select(c => c.GetProperty("slug").GetString()));
        Assert.Equal(asia.Slug, children[1].GetProperty("children")[0].GetProperty("slug").GetString());
        Assert.True(body.GetProperty("meta").GetProperty("total").GetInt32() >= 5);
        Assert.Equal("/api/v1/categories", body.GetProperty("links").GetProperty("self").GetString());
    }

    [Fact]
    public async Task One_category_by_slug_shows_its_ancestors_and_subtree()
    {
        var news = await CreateAsync(UniqueSlug("news"), "News");
        var world = await CreateAsync(UniqueSlug("internasional"), "Internasional", news.Id);
        var asia = await CreateAsync(UniqueSlug("asia"), "Asia", world.Id);

        var response = await api.Anonymous().GetAsync($"/api/v1/categories/{world.Slug}");

        var data = (await response.ShouldBeOkAsync()).GetProperty("data");
        Assert.Equal("Internasional", data.GetProperty("name").GetString());
        Assert.Equal([news.Slug], data.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("slug").GetString()));
        Assert.Equal([asia.Slug], data.GetProperty("children").EnumerateArray().Select(a => a.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task An_unknown_slug_answers_404()
    {
        var response = await api.Anonymous().GetAsync("/api/v1/categories/tidak-ada");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Updating_with_the_current_etag_replaces_the_category_and_moves_the_etag()
    {
        var category = await CreateAsync(UniqueSlug("bola"), "Bola");
        var newSlug = UniqueSlug("sepak-bola");

        var response = await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/{category.Id}", category.ETag,
            new { slug = newSlug, name = "Sepak Bola", description = "Liga dan timnas", position = 5 });

        var data = (await response.ShouldBeOkAsync()).GetProperty("data");
        Assert.Equal(newSlug, data.GetProperty("slug").GetString());
        Assert.Equal("Sepak Bola", data.GetProperty("name").GetString());
        Assert.Equal(5, data.GetProperty("position").GetInt32());
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync($"/api/v1/categories/{newSlug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Anonymous().GetAsync($"/api/v1/categories/{category.Slug}")).StatusCode);
    }

    [Fact]
    public async Task Updating_without_if_match_answers_428_and_changes_nothing()
    {
        var category = await CreateAsync(UniqueSlug("bisnis"), "Bisnis");

        var response = await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/{category.Id}", null,
            new { slug = category.Slug, name = "Ekonomi" });

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "precondition_required");
        await AssertUnchangedAsync(category);
    }

    [Fact]
    public async Task Updating_with_a_stale_etag_answers_412_and_changes_nothing()
    {
        var category = await CreateAsync(UniqueSlug("tekno"), "Tekno");
        var first = await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/{category.Id}", category.ETag,
            new { slug = category.Slug, name = "Teknologi" });
        await first.ShouldBeOkAsync();

        var stale = await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/{category.Id}", category.ETag,
            new { slug = category.Slug, name = "Sains" });

        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        var current = await api.Admin().GetAsync($"{Admin}/{category.Id}");
        Assert.Equal("Teknologi", (await current.ShouldBeOkAsync()).GetProperty("data").GetProperty("name").GetString());
        Assert.Equal(first.ETag(), current.ETag());
    }

    [Fact]
    public async Task Updating_or_deleting_an_unknown_id_answers_404()
    {
        var id = Guid.CreateVersion7();

        var put = await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/{id}", "\"1\"", new { slug = UniqueSlug("x"), name = "X" });
        var delete = await api.Admin().SendWithIfMatchAsync(HttpMethod.Delete, $"{Admin}/{id}", "\"1\"");

        await put.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await delete.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_duplicate_slug_answers_409_on_create_and_on_update()
    {
        var taken = await CreateAsync(UniqueSlug("otomotif"), "Otomotif");
        var other = await CreateAsync(UniqueSlug("lifestyle"), "Lifestyle");

        var create = await api.Admin().PostAsJsonAsync(Admin, new { slug = taken.Slug, name = "Otomotif lagi" });
        var update = await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/{other.Id}", other.ETag, new { slug = taken.Slug, name = "Lifestyle" });

        var problem = await create.ShouldBeProblemAsync(HttpStatusCode.Conflict, "conflict");
        Assert.True(problem.GetProperty("errors").TryGetProperty("slug", out _));
        await update.ShouldBeProblemAsync(HttpStatusCode.Conflict, "conflict");
        await AssertUnchangedAsync(other);
    }

    [Fact]
    public async Task Deleting_needs_if_match_refuses_a_stale_one_and_then_removes_the_category()
    {
        var category = await CreateAsync(UniqueSlug("hapus"), "Hapus");

        var missing = await api.Admin().SendWithIfMatchAsync(HttpMethod.Delete, $"{Admin}/{category.Id}", null);
        var stale = await api.Admin().SendWithIfMatchAsync(HttpMethod.Delete, $"{Admin}/{category.Id}", "\"99\"");
        await missing.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "precondition_required");
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        await AssertUnchangedAsync(category);

        var deleted = await api.Admin().SendWithIfMatchAsync(HttpMethod.Delete, $"{Admin}/{category.Id}", category.ETag);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await api.Admin().GetAsync($"{Admin}/{category.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await api.Anonymous().GetAsync($"/api/v1/categories/{category.Slug}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Deleting_a_category_with_children_answers_409_and_keeps_it()
    {
        var parent = await CreateAsync(UniqueSlug("news"), "News");
        await CreateAsync(UniqueSlug("nasional"), "Nasional", parent.Id);

        var response = await api.Admin().SendWithIfMatchAsync(HttpMethod.Delete, $"{Admin}/{parent.Id}", parent.ETag);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "conflict");
        await AssertUnchangedAsync(parent);
    }

    [Fact]
    public async Task Moving_a_category_under_itself_or_a_descendant_answers_400_and_changes_nothing()
    {
        var news = await CreateAsync(UniqueSlug("news"), "News");
        var world = await CreateAsync(UniqueSlug("internasional"), "Internasional", news.Id);
        var asia = await CreateAsync(UniqueSlug("asia"), "Asia", world.Id);

        var underGrandchild = await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/{news.Id}", news.ETag,
            new { slug = news.Slug, name = "News", parentId = asia.Id });
        var underItself = await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/{news.Id}", news.ETag,
            new { slug = news.Slug, name = "News", parentId = news.Id });

        await underGrandchild.ShouldBeInvalidAsync("parentId");
        await underItself.ShouldBeInvalidAsync("parentId");
        await AssertUnchangedAsync(news);
    }

    [Fact]
    public async Task Moving_a_category_to_another_branch_is_allowed()
    {
        var news = await CreateAsync(UniqueSlug("news"), "News");
        var sport = await CreateAsync(UniqueSlug("sport"), "Sport");
        var football = await CreateAsync(UniqueSlug("bola"), "Bola", news.Id);

        var response = await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/{football.Id}", football.ETag,
            new { slug = football.Slug, name = "Bola", parentId = sport.Id });

        Assert.Equal(sport.Id.ToString(), (await response.ShouldBeOkAsync()).GetProperty("data").GetProperty("parentId").GetString());
    }

    [Fact]
    public async Task An_unknown_parent_answers_400()
    {
        var response = await api.Admin().PostAsJsonAsync(Admin, new { slug = UniqueSlug("yatim"), name = "Yatim", parentId = Guid.CreateVersion7() });

        await response.ShouldBeInvalidAsync("parentId");
    }

    [Theory]
    [InlineData("News")]
    [InlineData("bola_voli")]
    [InlineData("-bola")]
    [InlineData("bola-")]
    [InlineData("bola--voli")]
    [InlineData("berita dunia")]
    [InlineData("berítá")]
    [InlineData("")]
    public async Task A_bad_slug_answers_400_naming_the_slug(string slug)
    {
        var response = await api.Admin().PostAsJsonAsync(Admin, new { slug, name = "Nama" });

        await response.ShouldBeInvalidAsync("slug");
    }

    [Fact]
    public async Task A_slug_longer_than_100_characters_answers_400()
    {
        var response = await api.Admin().PostAsJsonAsync(Admin, new { slug = new string('a', 101), name = "Panjang" });

        await response.ShouldBeInvalidAsync("slug");
    }

    [Fact]
    public async Task Missing_fields_answer_400_for_each_field()
    {
        var response = await api.Admin().PostRawJsonAsync(Admin, "{}");

        await response.ShouldBeInvalidAsync("slug");
        await response.ShouldBeInvalidAsync("name");
    }

    [Fact]
    public async Task Malformed_json_answers_400_problem_json()
    {
        var response = await api.Admin().PostRawJsonAsync(Admin, """{"slug": "x", "name": """);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "bad_request");
    }

    [Fact]
    public async Task A_wrong_type_answers_400_naming_the_field()
    {
        var response = await api.Admin().PostRawJsonAsync(Admin, """{"slug": "salah-tipe", "name": "Salah", "position": "dua"}""");

        await response.ShouldBeInvalidAsync("position", "bad_request");
    }

    [Fact]
    public async Task An_unknown_field_answers_400_naming_it()
    {
        var response = await api.Admin().PostRawJsonAsync(Admin, """{"slug": "asing", "name": "Asing", "colour": "red"}""");

        await response.ShouldBeInvalidAsync("colour", "bad_request");
    }

    [Fact]
    public async Task A_missing_body_answers_400()
    {
        var response = await api.Admin().PostAsync(Admin, new StringContent("", System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "bad_request");
    }

    [Fact]
    public async Task A_non_json_body_answers_415()
    {
        var response = await api.Admin().PostAsync(Admin, new StringContent("slug=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task A_rejected_body_writes_nothing()
    {
        var before = await api.Admin().GetAsync($"{Admin}?limit=1");
        var total = (await before.ShouldBeOkAsync()).GetProperty("meta").GetProperty("total").GetInt32();

        await api.Admin().PostRawJsonAsync(Admin, """{"slug": "Bad Slug", "name": "X"}""");
        await api.Admin().PostRawJsonAsync(Admin, """{"slug": "ok-slug", "name": "X", "position": -1}""");
        await api.Admin().PostRawJsonAsync(Admin, """{"slug": "ok-slug", "name": "X", "parentId": "01900000-0000-7000-8000-000000000000"}""");

        var after = await api.Admin().GetAsync($"{Admin}?limit=1");
        Assert.Equal(total, (await after.ShouldBeOkAsync()).GetProperty("meta").GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("limit=abc", "limit", "bad_request")]
    [InlineData("limit=0", "limit", "validation_failed")]
    [InlineData("limit=1000", "limit", "validation_failed")]
    [InlineData("page=0", "page", "validation_failed")]
    [InlineData("page=x", "page", "bad_request")]
    [InlineData("page=200&limit=100", "page", "validation_failed")]
    [InlineData("sort=name", "sort", "bad_request")]
    public async Task Bad_query_parameters_answer_400_naming_the_parameter(string query, string parameter, string code)
    {
        var response = await api.Admin().GetAsync($"{Admin}?{query}");

        await response.ShouldBeInvalidAsync(parameter, code);
    }

    [Fact]
    public async Task An_unknown_query_parameter_on_the_content_api_answers_400()
    {
        var response = await api.Anonymous().GetAsync("/api/v1/categories?depth=2");

        await response.ShouldBeInvalidAsync("depth", "bad_request");
    }

    [Fact]
    public async Task The_management_list_pages_with_next_links_and_a_link_header()
    {
        for (var i = 0; i < 3; i++)
        {
            await CreateAsync(UniqueSlug("halaman"), "Halaman");
        }

        var first = await api.Admin().GetAsync($"{Admin}?limit=2");

        var body = await first.ShouldBeOkAsync();
        Assert.Equal(2, body.GetProperty("data").GetArrayLength());
        Assert.Equal(1, body.GetProperty("meta").GetProperty("page").GetInt32());
        Assert.Equal(2, body.GetProperty("meta").GetProperty("limit").GetInt32());
        var next = body.GetProperty("links").GetProperty("next").GetString();
        Assert.Equal($"{Admin}?limit=2&page=2", next);
        Assert.Equal($"<{next}>; rel=\"next\"", first.Headers.GetValues("Link").Single());

        var second = await (await api.Admin().GetAsync(next)).ShouldBeOkAsync();
        var firstIds = body.GetProperty("data").EnumerateArray().Select(c => c.GetProperty("id").GetString());
        Assert.Empty(second.GetProperty("data").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Intersect(firstIds));
    }

    [Theory]
    [InlineData("writer")]
    [InlineData("editor")]
    public async Task Writers_and_editors_read_categories_but_may_not_change_them(string role)
    {
        var category = await CreateAsync(UniqueSlug("peran"), "Peran");
        var client = await api.As(role);

        var list = await client.GetAsync(Admin);
        var read = await client.GetAsync($"{Admin}/{category.Id}");
        var create = await client.PostAsJsonAsync(Admin, new { slug = UniqueSlug("baru"), name = "Baru" });
        var update = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/{category.Id}", category.ETag, new { slug = category.Slug, name = "Ganti" });
        var delete = await client.SendWithIfMatchAsync(HttpMethod.Delete, $"{Admin}/{category.Id}", category.ETag);

        await list.ShouldBeOkAsync();
        await read.ShouldBeOkAsync();
        var problem = await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Contains("admin", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await update.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await delete.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await AssertUnchangedAsync(category);
    }

    [Fact]
    public async Task The_management_api_refuses_requests_without_a_key()
    {
        var response = await api.Anonymous().GetAsync(Admin);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    private sealed record Created(Guid Id, string Slug, string ETag, string Name);

    private async Task<Created> CreateAsync(string slug, string name, Guid? parentId = null, int position = 0)
    {
        var response = await api.Admin().PostAsJsonAsync(Admin, new { slug, name, parentId, position });
        var data = (await response.ShouldBeOkAsync(HttpStatusCode.Created)).GetProperty("data");
        return new Created(Guid.Parse(data.GetProperty("id").GetString()!), slug, response.ETag(), name);
    }

    private async Task AssertUnchangedAsync(Created category)
    {
        var response = await api.Admin().GetAsync($"{Admin}/{category.Id}");
        var data = (await response.ShouldBeOkAsync()).GetProperty("data");
        Assert.Equal(category.ETag, response.ETag());
        Assert.Equal(category.Slug, data.GetProperty("slug").GetString());
        Assert.Equal(category.Name, data.GetProperty("name").GetString());
    }

    private static string UniqueSlug(string stem) => $"{stem}-{Guid.NewGuid().ToString("N")[..8]}";
}

public sealed class CategoryInUseTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task A_category_used_by_a_live_article_cannot_be_deleted_but_one_used_only_by_deleted_articles_can()
    {
        var admin = api.Admin();
        var categoryId = await admin.CreateCategoryAsync();
        var article = await admin.CreateArticleAsync(new { title = "Berkategori", categoryId });
        var etag = (await admin.GetAsync($"/api/v1/admin/categories/{categoryId}")).ETag();

        var refused = await admin.SendWithIfMatchAsync(HttpMethod.Delete, $"/api/v1/admin/categories/{categoryId}", etag);
        await admin.SendWithIfMatchAsync(HttpMethod.Delete, article.AdminUrl, article.ETag);
        var allowed = await admin.SendWithIfMatchAsync(HttpMethod.Delete, $"/api/v1/admin/categories/{categoryId}", etag);

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "conflict");
        Assert.Contains("1 articles", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
    }
}
