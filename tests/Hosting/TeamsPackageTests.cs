using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using OpsBot.Bot.CommandLine;

namespace OpsBot.Tests.Hosting;

public class TeamsPackageTests
{
    private static readonly string Teams = Path.Combine(AppContext.BaseDirectory, "teams");

    /// <summary>Width, height and the RGBA pixels of an 8-bit RGBA PNG (what the icons are).</summary>
    private static (int Width, int Height, byte[] Rgba) ReadPng(Stream png)
    {
        using var memory = new MemoryStream();
        png.CopyTo(memory);
        var bytes = memory.ToArray();
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);   // bit depth
                Assert.Equal(6, data[9]);   // colour type: RGBA
            }
            if (type == "IDAT") idat.Write(data);
            at += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress)) z.CopyTo(inflated);
        var raw = inflated.ToArray();
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, raw[y * (width * 4 + 1)]); // the icons are written without filters
            Array.Copy(raw, y * (width * 4 + 1) + 1, rgba, y * width * 4, width * 4);
        }
        return (width, height, rgba);
    }

    [Fact]
    public void The_colour_icon_is_192_pixels_square_and_opaque()
    {
        using var file = File.OpenRead(Path.Combine(Teams, "color.png"));
        var (width, height, rgba) = ReadPng(file);
        Assert.Equal((192, 192), (width, height));
        Assert.All(Enumerable.Range(0, width * height), i => Assert.Equal(255, rgba[i * 4 + 3]));
    }

    [Fact]
    public void The_outline_icon_is_32_pixels_white_on_transparent()
    {
        using var file = File.OpenRead(Path.Combine(Teams, "outline.png"));
        var (width, height, rgba) = ReadPng(file);
        Assert.Equal((32, 32), (width, height));
        var pixels = Enumerable.Range(0, width * height).Select(i => rgba.AsSpan(i * 4, 4).ToArray()).ToList();
        Assert.Contains(pixels, p => p[3] == 0);
        Assert.Contains(pixels, p => p[3] == 255);
        Assert.All(pixels.Where(p => p[3] != 0), p => Assert.Equal([255, 255, 255], p[..3]));
    }

    [Fact]
    public async Task Teams_package_writes_a_zip_with_the_app_id_filled_in()
    {
        var folder = Directory.CreateTempSubdirectory("opsbot-package-");
        try
        {
            var zipPath = Path.Combine(folder.FullName, "opsbot.zip");
            var stdout = new StringWriter();
            var code = await Cli.RunAsync(["teams-package", "--app-id", "6c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "--out", zipPath], stdout, new StringWriter(), new StringReader(""));

            Assert.Equal(0, code);
            using var zip = ZipFile.OpenRead(zipPath);
            Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
            using var manifestStream = zip.GetEntry("manifest.json")!.Open();
            var manifest = JsonNode.Parse(manifestStream)!;
            Assert.Equal("6c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", (string?)manifest["id"]);
            Assert.Equal("6c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", (string?)manifest["bots"]![0]!["botId"]);
            Assert.Equal("1.22", (string?)manifest["manifestVersion"]);
            var scopes = manifest["bots"]![0]!["commandLists"]!.AsArray().SelectMany(l => l!["scopes"]!.AsArray().Select(s => (string?)s)).ToList();
            Assert.Contains("personal", scopes);
            Assert.Contains("team", scopes);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Teams_package_refuses_an_app_id_that_is_not_a_guid()
    {
        var stderr = new StringWriter();
        var code = await Cli.RunAsync(["teams-package", "--app-id", "opsbot"], new StringWriter(), stderr, new StringReader(""));
        Assert.Equal(2, code);
        Assert.Contains("--app-id must be the bot's Microsoft App ID", stderr.ToString());
    }
}
