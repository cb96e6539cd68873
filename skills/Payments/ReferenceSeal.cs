using System.Security.Cryptography;
using System.Text;

namespace OpsBot.Skills.Payments;

/// <summary>
/// Keeps a remitter's reference that holds a card-length number unreadable at rest (AES-GCM, PCI DSS 3.5.1),
/// so research can still repair a mistyped card number while the store holds nothing in the clear.
/// The key lives in a file beside the store, created on first use, readable by its owner only.
/// </summary>
public sealed class ReferenceSeal
{
    private readonly byte[] _key;

    public ReferenceSeal(byte[] key)
    {
        if (key.Length != 32) throw new ArgumentException("The reference key must be 32 bytes.", nameof(key));
        _key = key;
    }

    public static ReferenceSeal ForStore(string storePath)
    {
        if (storePath == ":memory:") return new ReferenceSeal(RandomNumberGenerator.GetBytes(32));
        var keyPath = storePath + ".key";
        if (!File.Exists(keyPath))
        {
            var fresh = RandomNumberGenerator.GetBytes(32);
            try
            {
                using var stream = new FileStream(keyPath, FileMode.CreateNew, FileAccess.Write);
                stream.Write(fresh);
                if (!OperatingSystem.IsWindows())
                    File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            catch (IOException) when (File.Exists(keyPath))
            {
                // Another process created it first; use theirs.
            }
        }
        return new ReferenceSeal(File.ReadAllBytes(keyPath));
    }

    public string Seal(string plain)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var data = Encoding.UTF8.GetBytes(plain);
        var cipher = new byte[data.Length];
        var tag = new byte[16];
        using var aes = new AesGcm(_key, 16);
        aes.Encrypt(nonce, data, cipher, tag);
        return Convert.ToBase64String([.. nonce, .. tag, .. cipher]);
    }

    public string? Open(string? sealedText)
    {
        if (string.IsNullOrEmpty(sealedText)) return null;
        var all = Convert.FromBase64String(sealedText);
        var plain = new byte[all.Length - 28];
        using var aes = new AesGcm(_key, 16);
        aes.Decrypt(all.AsSpan(0, 12), all.AsSpan(28), all.AsSpan(12, 16), plain);
        return Encoding.UTF8.GetString(plain);
    }
}
