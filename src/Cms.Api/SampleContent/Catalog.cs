namespace Cms.Api.SampleContent;

/// <summary>The newsroom the sample content describes: its sections, people, tags and the words its headlines are made of.</summary>
internal static class Catalog
{
    public sealed record CategorySeed(string Slug, string Name, string Description, string? Parent, int Position);

    public sealed record Desk(string Category, string[] Subjects, string[] Actions, string[] Topics, string Spokesperson, string[] Tags);

    public static readonly CategorySeed[] Categories =
    [
        new("news", "News", "Berita terkini dari dalam dan luar negeri", null, 0),
        new("nasional", "Nasional", "Politik, hukum dan pemerintahan", "news", 0),
        new("internasional", "Internasional", "Berita dunia", "news", 1),
        new("metropolitan", "Metropolitan", "Jakarta dan sekitarnya", "news", 2),
        new("daerah", "Daerah", "Kabar dari seluruh Nusantara", "news", 3),
        new("bisnis", "Bisnis", "Ekonomi, keuangan dan pasar", null, 1),
        new("makro", "Makro", "Ekonomi makro dan kebijakan fiskal", "bisnis", 0),
        new("keuangan", "Keuangan", "Perbankan, pasar modal dan investasi", "bisnis", 1),
        new("bola", "Bola", "Sepak bola Indonesia dan dunia", null, 2),
        new("timnas", "Timnas", "Tim nasional Indonesia", "bola", 0),
        new("liga-inggris", "Liga Inggris", "Premier League", "bola", 1),
        new("lifestyle", "Lifestyle", "Gaya hidup, kesehatan dan kuliner", null, 3),
        new("tekno", "Tekno", "Teknologi dan gawai", null, 4),
        new("otomotif", "Otomotif", "Mobil dan motor", null, 5),
        new("entertainment", "Entertainment", "Selebritas dan hiburan", null, 6),
    ];

    public static readonly (string Slug, string Name, string Bio)[] Authors =
    [
        ("dini-afrianti-efendi", "Dini Afrianti Efendi", "Jurnalis desk internasional."),
        ("bangun-santoso", "Bangun Santoso", "Redaktur pelaksana desk nasional."),
        ("reza-gunadha", "Reza Gunadha", "Menulis politik dan hukum."),
        ("erick-tanjung", "Erick Tanjung", "Liputan investigasi dan metropolitan."),
        ("ria-rizki-nirmala-sari", "Ria Rizki Nirmala Sari", "Desk ekonomi dan bisnis."),
        ("agung-sandy-lesmana", "Agung Sandy Lesmana", "Meliput sepak bola nasional."),
        ("muhammad-yasir", "Muhammad Yasir", "Teknologi dan otomotif."),
        ("rifan-aditya", "Rifan Aditya", "Gaya hidup dan kesehatan."),
        ("husna-rahmayunita", "Husna Rahmayunita", "Hiburan dan selebritas."),
    ];

    public static readonly (string Slug, string Name)[] Tags =
    [
        ("korea-utara", "Korea Utara"), ("rusia", "Rusia"), ("ukraina", "Ukraina"), ("amerika-serikat", "Amerika Serikat"),
        ("china", "China"), ("donald-trump", "Donald Trump"), ("prabowo", "Prabowo"), ("gibran", "Gibran"), ("kpk", "KPK"),
        ("dpr", "DPR"), ("polri", "Polri"), ("jakarta", "Jakarta"), ("banjir", "Banjir"), ("pemilu", "Pemilu"),
        ("ekonomi", "Ekonomi"), ("ihsg", "IHSG"), ("bank-indonesia", "Bank Indonesia"), ("bbm", "BBM"),
        ("timnas-indonesia", "Timnas Indonesia"), ("liga-1", "Liga 1"), ("premier-league", "Premier League"),
        ("kesehatan", "Kesehatan"), ("kuliner", "Kuliner"), ("wisata", "Wisata"), ("teknologi", "Teknologi"),
        ("kecerdasan-buatan", "Kecerdasan Buatan"), ("ponsel", "Ponsel"), ("mobil-listrik", "Mobil Listrik"),
        ("sepeda-motor", "Sepeda Motor"), ("selebritas", "Selebritas"), ("film", "Film"), ("gempa", "Gempa"),
        ("cuaca", "Cuaca"), ("israel", "Israel"), ("korea-selatan", "Korea Selatan"),
    ];

    public static readonly Desk[] Desks =
    [
        new("nasional",
            ["Presiden Prabowo", "Wapres Gibran", "KPK", "DPR RI", "Mendikdasmen", "Kapolri", "Menkes", "Mendagri", "BGN", "Mahkamah Konstitusi"],
            ["Tinjau", "Umumkan", "Bahas", "Evaluasi", "Dorong", "Soroti", "Minta Percepatan", "Tegaskan Sikap soal"],
            ["Program Makan Bergizi Gratis", "Revisi UU Pemilu", "Reformasi Polri", "Pemberantasan Judi Online", "Kenaikan Gaji Guru",
             "Bansos Tepat Sasaran", "Swasembada Pangan", "Anggaran Pendidikan 2027", "Hilirisasi Nikel", "Dana Haji"],
            "Juru bicara istana", ["prabowo", "gibran", "kpk", "dpr", "polri", "pemilu"]),
        new("internasional",
            ["Rusia", "Ukraina", "Korea Utara", "Korea Selatan", "China", "Amerika Serikat", "Uni Eropa", "Jepang", "PBB", "Israel"],
            ["Tanggapi", "Kecam", "Bahas", "Tolak", "Dukung", "Peringatkan soal"],
            ["Ketegangan di Semenanjung Korea", "Gencatan Senjata di Gaza", "Serangan Drone di Kursk", "Sanksi Ekonomi Baru",
             "Uji Coba Rudal Balistik", "Perundingan Damai di Jenewa", "Krisis Energi Eropa", "Kebijakan Tarif Donald Trump"],
            "Juru bicara kementerian luar negeri", ["rusia", "ukraina", "korea-utara", "korea-selatan", "china", "amerika-serikat", "donald-trump", "israel"]),
        new("metropolitan",
            ["Pemprov DKI", "Gubernur Pramono", "Polda Metro Jaya", "Dishub DKI", "Transjakarta", "Pemkot Bekasi", "Pemkot Depok"],
            ["Tertibkan", "Tambah", "Uji Coba", "Atasi", "Perketat", "Siapkan"],
            ["Parkir Liar di Tanah Abang", "Rute Baru ke Bandara Soekarno-Hatta", "Banjir Rob di Jakarta Utara", "Kemacetan di Jalan Sudirman",
             "Pencurian Kabel Lampu Lalu Lintas", "Ruang Terbuka Hijau Baru", "Pengelolaan Sampah Bantargebang"],
            "Kepala dinas terkait", ["jakarta", "banjir", "cuaca"]),
        new("daerah",
            ["Pemprov Jawa Barat", "Pemprov Bali", "BPBD Sulawesi Tengah", "Pemkab Mimika", "Pemkot Surabaya", "BMKG"],
            ["Tangani", "Waspadai", "Percepat", "Resmikan", "Imbau Warga soal"],
            ["Banjir di Denpasar", "Gempa Magnitudo 5,6", "Jalan Tol Baru", "Pasar Tradisional Modern", "Cuaca Ekstrem Sepekan ke Depan", "Keracunan Massal Siswa"],
            "Kepala daerah setempat", ["banjir", "gempa", "cuaca"]),
        new("makro",
            ["Bank Indonesia", "Kemenkeu", "BPS", "Sri Mulyani", "Bappenas"],
            ["Pertahankan", "Revisi", "Umumkan", "Catat", "Proyeksikan"],
            ["Suku Bunga Acuan", "Target Pertumbuhan Ekonomi 5 Persen", "Inflasi Oktober", "Defisit APBN", "Neraca Perdagangan", "Nilai Tukar Rupiah"],
            "Ekonom senior", ["ekonomi", "bank-indonesia", "bbm"]),
        new("keuangan",
            ["OJK", "BEI", "Bank Mandiri", "BRI", "BCA", "Pertamina", "PLN"],
            ["Catat Kenaikan", "Pangkas", "Naikkan", "Umumkan", "Perluas"],
            ["Laba Kuartal III", "Kredit UMKM", "Harga BBM Nonsubsidi", "Tarif Listrik Awal Tahun", "IHSG", "Penyaluran KUR", "Dividen Interim"],
            "Analis pasar modal", ["ihsg", "ekonomi", "bbm"]),
        new("timnas",
            ["Timnas Indonesia", "Patrick Kluivert", "Jay Idzes", "Marselino Ferdinan", "Timnas U-23", "PSSI"],
            ["Menang Dramatis atas", "Tahan Imbang", "Kalahkan", "Bersiap Hadapi", "Gagal Taklukkan"],
            ["Arab Saudi", "Vietnam", "Jepang", "Australia", "Bahrain", "China", "Irak"],
            "Pelatih tim", ["timnas-indonesia", "liga-1"]),
        new("liga-inggris",
            ["Manchester United", "Liverpool", "Arsenal", "Chelsea", "Manchester City", "Tottenham"],
            ["Menang Tipis atas", "Ditahan", "Hajar", "Tumbang dari", "Curi Poin dari"],
            ["Newcastle", "Aston Villa", "Brighton", "West Ham", "Everton", "Fulham"],
            "Manajer klub", ["premier-league"]),
        new("lifestyle",
            ["5 Tips", "Cara Mudah", "Rahasia", "Manfaat", "Tren"],
            [""],
            ["Menjaga Kesehatan Jantung", "Minum Kopi di Pagi Hari", "Tidur Berkualitas", "Merawat Kulit di Musim Hujan",
             "Diet Seimbang untuk Pekerja Kantoran", "Liburan Hemat ke Labuan Bajo", "Kuliner Malam di Yogyakarta", "Olahraga Ringan di Rumah"],
            "Dokter spesialis", ["kesehatan", "kuliner", "wisata"]),
        new("tekno",
            ["Samsung", "Apple", "Xiaomi", "Google", "Telkomsel", "Komdigi", "OpenAI"],
            ["Rilis", "Umumkan", "Perkenalkan", "Uji Coba"],
            ["Ponsel Lipat Terbaru", "Fitur AI untuk Pengguna Indonesia", "Jaringan 5G di Luar Jawa", "Pembaruan Keamanan Android", "Layanan Internet Satelit"],
            "Pengamat teknologi", ["teknologi", "ponsel", "kecerdasan-buatan"]),
        new("otomotif",
            ["Toyota", "Honda", "Hyundai", "Wuling", "BYD", "Yamaha", "Suzuki"],
            ["Luncurkan", "Pamerkan", "Tarik Kembali", "Pangkas Harga"],
            ["Mobil Listrik Murah", "SUV Hybrid Terbaru", "Motor Matik 160cc", "MPV Keluarga", "Mobil Konsep di GIIAS"],
            "Pengamat otomotif", ["mobil-listrik", "sepeda-motor"]),
        new("entertainment",
            ["Raffi Ahmad", "Aurel Hermansyah", "Ameena", "Ariel NOAH", "Film Horor Lokal", "Joko Anwar"],
            ["Ungkap", "Bagikan", "Tanggapi", "Rayakan"],
            ["Momen Liburan Keluarga", "Kabar Terbaru", "Kritik Warganet", "Proyek Film Baru", "Penghargaan Musik", "Konser Akhir Tahun"],
            "Manajer artis", ["selebritas", "film"]),
    ];

    public static readonly string[] Headings = ["Respons publik", "Langkah selanjutnya", "Latar belakang", "Kata pengamat", "Data terbaru"];

    public static readonly string[] Sentences =
    [
        "Langkah itu disebut sebagai bagian dari upaya jangka panjang yang sudah dirancang sejak awal tahun.",
        "Sejumlah pihak menilai kebijakan tersebut perlu diawasi agar tepat sasaran dan tidak membebani masyarakat.",
        "Pernyataan tersebut disampaikan dalam konferensi pers yang digelar di Jakarta, Senin pagi.",
        "Warganet ramai membicarakan kabar ini di media sosial, dengan beragam tanggapan pro dan kontra.",
        "Data terbaru menunjukkan tren yang terus meningkat dalam tiga bulan terakhir.",
        "Pihak terkait berjanji akan menyampaikan perkembangan selanjutnya kepada publik secara berkala.",
        "Sebelumnya, isu serupa juga sempat mencuat dan memicu perdebatan di kalangan pengamat.",
        "Evaluasi menyeluruh dijadwalkan rampung sebelum akhir bulan depan.",
    ];

    public static readonly string[] Quotes =
    [
        "Kami memastikan seluruh proses berjalan transparan dan bisa dipertanggungjawabkan.",
        "Ini bukan keputusan yang mudah, tetapi harus diambil demi kepentingan yang lebih besar.",
        "Kami akan terus memantau perkembangan di lapangan dan bertindak cepat bila diperlukan.",
        "Masyarakat tidak perlu khawatir, semuanya sudah kami siapkan dengan matang.",
    ];
}
