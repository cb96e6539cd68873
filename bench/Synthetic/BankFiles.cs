using System.Globalization;
using System.Text;
using OpsBot.Skills.Accounts;

namespace OpsBot.Bench.Synthetic;

/// <summary>
/// Writes the book as the card-account CSV of `import-accounts`, while the accounts stream into the index (the
/// payments are written by the demo generator's writers: camt.054, camt.053, BAI2, CSV). These files hold full
/// card numbers, as real ones do: they are written under the bench's output folder, never printed.
/// </summary>
internal static class BankFiles
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Passes the accounts through unchanged while writing one CSV row per card.</summary>
    public static IEnumerable<CardAccount> WritingAccounts(IEnumerable<CardAccount> accounts, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine(OpsBot.Skills.Demo.SyntheticFiles.AccountsHeader);
        foreach (var a in accounts)
        {
            foreach (var card in a.Cards)
                writer.WriteLine(string.Join(',',
                    a.Id, card.Number, card.Status.ToString().ToLowerInvariant(), Csv(a.HolderName), Csv(a.CompanyName),
                    a.Type.ToString().ToLowerInvariant(), a.Language, a.Province, a.Email,
                    a.StatementBalance.ToString("0.00", Invariant), a.MinimumDue.ToString("0.00", Invariant),
                    a.DueDate?.ToString("yyyy-MM-dd", Invariant)));
            yield return a;
        }
    }

    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
