using System.Net;
using System.Net.Http.Json;
using Cms.Api.Articles;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Articles;

public sealed class ArticleSlugGenerationTests
{
    [Theory]
    [InlineData("Rusia Bungkam soal Pasukan Korea Utara di Kursk", "rusia-bungkam-soal-pasukan-korea-utara-di-kursk")]
    [InlineData("'Ganti Kapolri' Trending, Data INDEF Ungkap Badai Kemarahan Publik", "ganti-kapolri-trending-data-indef-ungkap-badai-kemarahan-publik")]
    [InlineData("Duit 'Panas' Korupsi Haji, A'wan PBNU Desak KPK", "duit-panas-korupsi-haji-awan-pbnu-desak-kpk")]
    [InlineData("Gempa M 7,4 Guncang Rusia, Wilayah Indonesia Aman dari Tsunami", "gempa-m-7-4-guncang-rusia-wilayah-indonesia-aman-dari-tsunami")]
    [InlineData("Kopi & Matcha: Gaya Hidup Modern", "kopi-dan-matcha-gaya-hidup-modern")]
    [InlineData("Dana Operasional Gubernur Jabar Rp28,8 Miliar Jadi Sorotan", "dana-operasional-gubernur-jabar-rp28-8-miliar-jadi-sorotan")]
    [InlineData("Café Série Überraschung Ærø Straße", "cafe-serie-uberraschung-aero-strasse")]
    [InlineData("Breaking News! Keponakan Prabowo Ajukan Pengunduran Diri?", "breaking-news-keponakan-prabowo-ajukan-pengunduran-diri")]
    [InlineData("!!! ??? ...", "artikel")]
    public void A_title_becomes_a_lowercase_ascii_slug(string title, string slug) =>
        Assert.Equal(slug, ArticleSlugs.FromTitle(title));

    [Fact]
    public void A_long_title_is_cut_at_a_word_boundary_within_100_characters()
    {
        const string title = "Pengamat Sebut Calon Pengganti Kapolri Listyo Sigit Punya Tantangan untuk Reformasi Polri di Tengah Sorotan Publik";

        var slug = ArticleSlugs.FromTitle(title);

        Assert.True(slug.Length <= 100, slug);
        // A whole-word prefix of the full slug: never cut in the middle of a word.
        Assert.StartsWith(slug + "-", "pengamat-sebut-calon-pengganti-kapolri-listyo-sigit-punya-tantangan-untuk-reformasi-polri-di-tengah-sorotan-publik", StringComparison.Ordinal);
    }

    [Fact]
    public void A_taken_slug_gets_the_first_free_numeric_suffix()
    {
        Assert.Equal("berita", ArticleSlugs.Unique("berita", new HashSet<string>()));
        Assert.Equal("berita-2", ArticleSlugs.Unique("berita", new HashSet<string> { "berita" }));
        Assert.Equal("berita-4", ArticleSlugs.Unique("berita", new HashSet<string> { "berita", "berita-2", "berita-3" }));
        Assert.Equal(100, ArticleSlugs.Unique(new string('a', 100), new HashSet<string> { new('a', 100) }).Length);
    }
}

public sealed class ArticleSlugTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task An_omitted_slug_is_generated_from_the_title_and_made_unique_by_suffix()
    {
        var title = $"Marak Pencurian Kabel Traffic Light di Jakarta {Guid.NewGuid().ToString("N")[..6]}";

        var first = await api.Admin().CreateArticleAsync(title);
        var second = await api.Admin().CreateArticleAsync(title);
        var third = await api.Admin().CreateArticleAsync(title);

        Assert.Equal(ArticleSlugs.FromTitle(title), first.Slug);
        Assert.Equal(first.Slug + "-2", second.Slug);
        Assert.Equal(first.Slug + "-3", third.Slug);
    }

    [Fact]
    public async Task A_given_slug_that_is_taken_answers_409_and_writes_nothing()
    {
        var slug = Newsroom.UniqueSlug("kunjungan-panglima");
        await api.Admin().CreateArticleAsync(new { title = "Panglima TNI Kunjungi PPAD", slug });
        var before = await api.ArticleTablesSnapshotAsync();

        var response = await api.Admin().PostAsJsonAsync(Newsroom.Articles, new { title = "Judul lain", slug });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "conflict");
        Assert.Equal(before, await api.ArticleTablesSnapshotAsync());
    }

    [Fact]
    public async Task The_slug_of_a_deleted_article_stays_reserved()
    {
        var admin = api.Admin();
        var deleted = await admin.CreateArticleAsync(new { title = "Dihapus", slug = Newsroom.UniqueSlug("dihapus") });
        await admin.SendWithIfMatchAsync(HttpMethod.Delete, deleted.AdminUrl, deleted.ETag);

        var response = await admin.PostAsJsonAsync(Newsroom.Articles, new { title = "Pengganti", slug = deleted.Slug });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task Changing_the_title_keeps_the_slug()
    {
        var article = await api.Admin().CreateArticleAsync("Judul Awal Berita Ini");

        var renamed = await api.Admin().PutAsync(article, new { title = "Judul Baru Sama Sekali" });

        Assert.Equal(article.Slug, renamed.Slug);
    }
}
