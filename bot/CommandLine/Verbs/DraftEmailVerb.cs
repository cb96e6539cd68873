using System.Globalization;
using OpsBot.Skills.Emails;
using OpsBot.Skills.Time;

namespace OpsBot.Bot.CommandLine.Verbs;

/// <summary>
/// draft-email: a customer email about one payment, printed, or written as an .eml file that mail clients open as a
/// draft. Drafting is recorded in the audit log.
/// </summary>
internal sealed class DraftEmailVerb : IVerb
{
    public string Name => "draft-email";
    public string Usage => "draft-email --payment ID --template NAME [--lang en|fr|both] [--out FILE.eml] [--case REF]";
    public string Summary => "Draft a customer email (FR/EN) about a payment; --out writes an .eml draft.";

    public async Task<int> RunAsync(CliArgs args, CliOutput output)
    {
        var configuration = StoreOptions.Configuration(args);
        var settings = Read(() => EmailSettings.Read(key => configuration[key]));
        var request = new EmailRequest(args.Required("payment"), args.Required("template"))
        {
            Language = EmailLanguages.Parse(args.Option("lang"))
                ?? throw new CliException($"--lang takes en, fr or both, not '{args.Option("lang")}'.", 2),
            AccountId = args.Option("account"),
            Choices = Choices(args),
        };
        var outFile = args.Option("out");
        var from = args.Option("from") ?? settings.From;
        if (outFile is not null && from is null)
            throw new CliException("An .eml draft needs a sender: set Email:From (the team's mailbox) or pass --from ADDRESS.", 2);
        var actor = args.Option("actor") ?? Environment.UserName;

        using var store = StoreOptions.Open(args);
        var clock = StoreOptions.Clock(configuration);
        var emails = Read(() => new CustomerEmails(store, settings, clock));
        var draft = await ReadAsync(() => emails.DraftAsync(request, actor));

        if (args.Option("rewrite") is { } instruction)
        {
            var rewrite = await ReadAsync(() => emails.RewriteAsync(draft, instruction, actor));
            draft = rewrite.Draft;
            output.Err.WriteLine(rewrite.Accepted
                ? "Rewrite accepted: every amount, date, card ending and reference is unchanged. / Reformulation acceptée."
                : rewrite.ReasonEnglish + " / " + rewrite.ReasonFrench);
        }

        if (outFile is null)
        {
            if (draft.To is not null) output.Out.WriteLine("To: " + draft.To);
            output.Out.WriteLine("Subject: " + draft.Subject);
            output.Out.WriteLine();
            output.Out.WriteLine(draft.Body);
            return 0;
        }

        WriteWhole(outFile, EmlMessage.Bytes(draft, from!, clock.Now));
        output.Out.WriteLine(
            $"Draft written to {outFile}: {draft.Template}, {draft.Language.Code()}, to {draft.To ?? "(no address on file)"}.");
        return 0;
    }

    private static EmailChoices Choices(CliArgs args)
    {
        var choices = new EmailChoices { CaseReference = args.Option("case") };
        if (args.Option("outcome") is { } outcome)
            choices = choices with
            {
                Outcome = outcome.ToLowerInvariant() switch
                {
                    "applied" => WrongReferenceOutcome.Applied,
                    "not-identified" or "unidentified" => WrongReferenceOutcome.NotIdentified,
                    _ => throw new CliException($"--outcome takes applied or not-identified, not '{outcome}'.", 2),
                },
            };
        if (args.Option("options") is { } options)
            choices = choices with
            {
                OverpaymentOptions = options.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(o => o.ToLowerInvariant() switch
                    {
                        "keep" => OverpaymentOption.KeepOnAccount,
                        "cheque" or "check" => OverpaymentOption.RefundByCheque,
                        "deposit" => OverpaymentOption.RefundByDeposit,
                        _ => throw new CliException($"--options takes keep, cheque and/or deposit (comma-separated), not '{o}'.", 2),
                    }).ToList(),
            };
        if (args.Option("credit") is { } credit)
            choices = choices with
            {
                CreditBalance = decimal.TryParse(credit, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var c) && c > 0
                    ? c
                    : throw new CliException($"--credit takes a positive amount such as 125.40, not '{credit}'.", 2),
            };
        if (args.Option("next") is { } next)
            choices = choices with
            {
                NextStep = next.ToLowerInvariant() switch
                {
                    "review" => QueryNextStep.Review,
                    "bank-trace" => QueryNextStep.BankTrace,
                    _ => throw new CliException($"--next takes review or bank-trace, not '{next}'.", 2),
                },
            };
        if (args.Has("days")) choices = choices with { ReplyWithinBusinessDays = args.IntOption("days", 5) };
        return choices;
    }

    private static T Read<T>(Func<T> make)
    {
        try { return make(); }
        catch (EmailDraftException e) { throw new CliException(e.Message); }
    }

    private static async Task<T> ReadAsync<T>(Func<Task<T>> make)
    {
        try { return await make(); }
        catch (EmailDraftException e) { throw new CliException(e.Message); }
    }

    // Written beside the target, then moved over it: a reader never sees half a message.
    private static void WriteWhole(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw new CliException($"--out: the folder {folder} does not exist.", 2);
        var temporary = full + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, full, overwrite: true);
    }
}
