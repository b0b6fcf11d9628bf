using Cms.Api.Articles;

namespace Cms.Api.SampleContent;

/// <summary>
/// The Suara.com article of shared/seeds/suara-article-page.txt, with its real date, its
/// "Baca Juga" link and its "Berita Terkait" list.
/// </summary>
internal static class SeedArticle
{
    public const string Slug = "rusia-bungkam-soal-pasukan-korea-utara-di-kursk";
    public static readonly DateTime PublishedAt = new(2024, 11, 8, 9, 15, 0, DateTimeKind.Utc);

    public const string ReadAlsoTitle = "Korea Selatan Tembakkan Rudal Balistik sebagai Tanggapan atas Uji Coba Rudal Korea Utara";

    /// <summary>The Berita Terkait titles; the first is also the inline Baca Juga link.</summary>
    public static readonly string[] RelatedTitles =
    [
        ReadAlsoTitle,
        "Beda Respon Putin dan Zelenskyy dalam Menyikapi Kemenangan Donald Trump",
        "Akankah Donald Trump Ancam Pengiriman Senjata ke Israel?",
        "Pandangan Negara-negara Soal Kemenangan Donald Trump 'Sebagai Jalan Untuk Beristirahat'",
        "Ukraina Tangkap Lebih dari 700 Tentara Rusia dalam Serangan Mendadak ke Wilayah Kursk",
    ];

    public const string Title = "Rusia Bungkam soal Pasukan Korea Utara di Kursk";

    public const string Lead = "Rusia menolak memberikan konfirmasi apakah pasukan Korea Utara turut bertempur bersama tentaranya melawan Ukraina.";

    public static IReadOnlyList<BlockRequest> Body(Guid readAlsoId) =>
    [
        Paragraph("Suara.com - Rusia menolak memberikan konfirmasi apakah pasukan Korea Utara turut bertempur bersama tentaranya melawan Ukraina. Hal ini muncul sehari setelah Kyiv mengklaim telah menyebabkan kerugian bagi pasukan Pyongyang yang dilaporkan terlibat dalam pertempuran."),
        Paragraph("Menurut laporan <b>intelijen</b> dari Barat, Ukraina, dan Korea Selatan, Korea Utara telah mengirim lebih dari 10.000 tentaranya ke Rusia untuk bergabung dalam konflik tersebut. Klaim ini mengemuka saat Ukraina terus meningkatkan serangan di wilayah perbatasan Rusia."),
        Paragraph("Presiden Ukraina Volodymyr Zelensky menyebut bahwa sebagian pasukan Korea Utara sudah beraksi di wilayah Kursk, di mana Kyiv melancarkan serangan balasan."),
        new BlockRequest(BlockTypes.Quote, Text: "Tentara Korea Utara kini hadir di wilayah Federasi Rusia, tepatnya di Kursk.", Attribution: "Volodymyr Zelensky, Kamis (8/11/2024)"),
        new BlockRequest(BlockTypes.Quote, Text: "Sebanyak 11.000 pasukan terlibat, dan beberapa di antaranya telah bertempur melawan militer Ukraina. Ya, sudah ada korban jiwa.", Attribution: "Volodymyr Zelensky"),
        new BlockRequest(BlockTypes.Heading, Level: 2, Text: "Kremlin bungkam"),
        Paragraph("Kremlin tetap bungkam soal tudingan tersebut. Ketika ditanya oleh AFP tentang komentar Zelensky, juru bicara Dmitry Peskov enggan merespons."),
        new BlockRequest(BlockTypes.Quote, Text: "Pertanyaan ini berkaitan langsung dengan jalannya operasi militer khusus, sehingga harus diarahkan ke kementerian pertahanan.", Attribution: "Dmitry Peskov"),
        new BlockRequest(BlockTypes.Image, Url: "https://img.cms.example/sample/peskov.jpg", Caption: "Juru bicara Kremlin Dmitry Peskov.", Credit: "AFP", Alt: "Dmitry Peskov", Width: 1200, Height: 675),
        Paragraph("Kementerian Pertahanan Rusia sendiri jarang menanggapi pertanyaan media terkait operasi militer yang sedang berlangsung. Presiden Vladimir Putin dan pejabat senior Rusia lainnya terus menghindari membantah laporan tentang keterlibatan pasukan Korea Utara di medan pertempuran."),
        Paragraph("Di sisi lain, Zelensky mendorong negara-negara Barat untuk meningkatkan dukungan bagi Ukraina. Ia menggarisbawahi bahwa kehadiran Korea Utara menandai eskalasi serius yang dapat mengancam keamanan global. Ukraina menganggap bantuan internasional semakin krusial menghadapi ancaman gabungan dari Moskow dan Pyongyang."),
        new BlockRequest(BlockTypes.ReadAlso, ArticleId: readAlsoId),
        Paragraph("Sementara itu, pekan ini, para legislator Rusia menyetujui ratifikasi pakta pertahanan bersejarah dengan Korea Utara. Kesepakatan itu mengharuskan kedua negara saling memberi bantuan militer langsung jika salah satu diserang, memperkuat aliansi mereka di tengah ketegangan global yang semakin meningkat."),
    ];

    private static BlockRequest Paragraph(string html) => new(BlockTypes.Paragraph, Html: html);
}
