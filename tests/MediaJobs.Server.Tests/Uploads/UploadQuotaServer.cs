using System.Globalization;
using System.Net.Http.Headers;
using MediaJobs.Server.DiskSpace;
using MediaJobs.Server.Tests.Auth;
using MediaJobs.Server.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.Uploads;

/// <summary>
/// A keyed server (alice, bob, admin root) with small upload limits, whose disk is as small as <see cref="Capacity"/>:
/// its free space is what the uploads under the data folder leave of it, so uploads really eat the room jobs need.
/// </summary>
internal sealed class UploadQuotaServer : IDisposable
{
    public const long MaxBytes = 100_000;
    public const long MaxRequestBytes = 150_000;
    public const long MaxBytesPerKey = 300_000;
    public const long MinFreeBytes = 1_000_000;
    public const long Capacity = 1_500_000;

    public UploadQuotaServer()
    {
        Factory = new MediaJobsServerFactory(null, new Dictionary<string, string?>
        {
            ["MediaJobs:Auth:Keys:0:Id"] = "alice",
            ["MediaJobs:Auth:Keys:0:Key"] = AuthServerFixture.AliceKey,
            ["MediaJobs:Auth:Keys:1:Id"] = "bob",
            ["MediaJobs:Auth:Keys:1:Key"] = AuthServerFixture.BobKey,
            ["MediaJobs:Auth:Keys:2:Id"] = "root",
            ["MediaJobs:Auth:Keys:2:Key"] = AuthServerFixture.RootKey,
            ["MediaJobs:Auth:Keys:2:Admin"] = "true",
            ["MediaJobs:Uploads:MaxBytes"] = Text(MaxBytes),
            ["MediaJobs:Uploads:MaxRequestBytes"] = Text(MaxRequestBytes),
            ["MediaJobs:Uploads:MaxBytesPerKey"] = Text(MaxBytesPerKey),
            ["MediaJobs:DiskSpace:MinFreeBytes"] = Text(MinFreeBytes),
        });
        Disk = new UploadsFillTheDisk(Factory.DataDirectory);
        App = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IFreeSpaceProbe>(Disk)));
    }

    public MediaJobsServerFactory Factory { get; }

    public UploadsFillTheDisk Disk { get; }

    public WebApplicationFactory<Program> App { get; }

    public string UploadsFolder => Path.Combine(Factory.DataDirectory, "uploads");

    public HttpClient Client(string key)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Every file under the uploads folder, partial ones included.</summary>
    public IReadOnlyList<string> StoredFiles() =>
        Directory.Exists(UploadsFolder) ? Directory.GetFiles(UploadsFolder, "*", SearchOption.AllDirectories) : [];

    public void Dispose()
    {
        App.Dispose();
        Factory.Dispose();
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Free space = <see cref="Capacity"/> minus the bytes under the uploads folder (or <see cref="Free"/> when set).</summary>
    internal sealed class UploadsFillTheDisk(string dataDirectory) : IFreeSpaceProbe
    {
        public long? Free { get; set; }

        public long? AvailableBytes(string directory)
        {
            if (Free is { } fixedFree)
            {
                return fixedFree;
            }
            var uploads = Path.Combine(dataDirectory, "uploads");
            var used = Directory.Exists(uploads)
                ? Directory.GetFiles(uploads, "*", SearchOption.AllDirectories).Sum(Length)
                : 0;
            return Capacity - used;
        }

        private static long Length(string file)
        {
            try
            {
                return new FileInfo(file).Length;
            }
            catch (FileNotFoundException)
            {
                return 0;
            }
        }
    }
}
