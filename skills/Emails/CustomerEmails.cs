using Microsoft.SemanticKernel;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Emails.Model;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;
using OpsBot.Skills.Time;

namespace OpsBot.Skills.Emails;

/// <summary>
/// Drafts customer emails about a payment, in English, French or both, through the email kernel; rewrites them with
/// a model when one is configured; records every draft in the audit log. A dialog needs one line per action:
/// <c>await emails.DraftAsync(new EmailRequest("BR123", "applied"), userId)</c>,
/// <c>await emails.RewriteAsync(draft, "plus court", userId)</c>,
/// <c>await emails.SwitchLanguageAsync(draft, EmailLanguage.Both, userId)</c>, <c>MailtoLink.For(draft)</c>.
/// </summary>
public sealed class CustomerEmails
{
    private readonly OpsStore _store;
    private readonly EmailSettings _settings;
    private readonly OpsClock _clock;
    private readonly Kernel _kernel;
    private readonly ReferenceSeal? _seal;
    private readonly DraftRewriter _rewriter;

    /// <param name="kernel">The email kernel; null builds one from <paramref name="settings"/>.</param>
    /// <param name="seal">Opens sealed references to tell which card a payment was made to; null uses the store's key.</param>
    public CustomerEmails(OpsStore store, EmailSettings settings, OpsClock clock, Kernel? kernel = null, ReferenceSeal? seal = null)
    {
        _store = store;
        _settings = settings;
        _clock = clock;
        _kernel = kernel ?? EmailKernel.Create(settings.Model);
        _seal = seal ?? (store.Path == ":memory:" ? null : ReferenceSeal.ForStore(store.Path));
        _rewriter = new DraftRewriter(_kernel);
    }

    public static IReadOnlyList<string> TemplateNames => EmailTemplates.Names;

    /// <summary>True when a chat model is configured, so "Rewrite" can be offered.</summary>
    public bool CanRewrite => _rewriter.Available;

    /// <summary>Drafts the email and records it (AuditKinds.EmailDrafted, subject "payment:ID").</summary>
    public async Task<EmailDraft> DraftAsync(EmailRequest request, string actor, CancellationToken cancellationToken = default)
    {
        var template = EmailTemplates.Find(request.Template);
        var facts = Gather(request);
        var codes = request.Language.Codes(facts.Account?.Language ?? "");
        // No account, no known preference: write both, French first, as a Canadian business would.
        if (request.Language == EmailLanguage.Account && facts.Account is null) codes = ["fr", "en"];

        var function = _kernel.Plugins[EmailKernel.PluginName][template.FunctionName()];
        var parts = new List<EmailText>();
        foreach (var code in codes)
        {
            var result = await function.InvokeAsync(_kernel, new KernelArguments { ["facts"] = facts, ["language"] = code }, cancellationToken);
            parts.Add(result.GetValue<EmailText>()!);
        }

        var draft = new EmailDraft
        {
            Request = request,
            Template = template.Name,
            Language = codes.Count == 2 ? EmailLanguage.Both : codes[0] == "fr" ? EmailLanguage.French : EmailLanguage.English,
            Parts = parts,
            PaymentId = facts.Payment.Id,
            BankReference = facts.Payment.BankReference,
            AccountId = facts.Account?.Id,
            To = facts.Account?.Email,
        };
        Record(draft, actor, "drafted");
        return draft;
    }

    /// <summary>The same email in another language (or both), drafted afresh from the template.</summary>
    public Task<EmailDraft> SwitchLanguageAsync(EmailDraft draft, EmailLanguage language, string actor, CancellationToken cancellationToken = default) =>
        DraftAsync(draft.Request with { Language = language }, actor, cancellationToken);

    /// <summary>
    /// Asks the model to rewrite every part ("make it warmer", "plus court"). All parts pass the guard or none is
    /// used: the result then holds the draft unchanged and the reason in English and French.
    /// </summary>
    public async Task<EmailRewrite> RewriteAsync(EmailDraft draft, string instruction, string actor, CancellationToken cancellationToken = default)
    {
        var payment = _store.Payments.FindById(draft.PaymentId)
            ?? throw new EmailDraftException($"Payment {draft.PaymentId} is no longer in the store.", $"Le paiement {draft.PaymentId} n’est plus dans la base.");
        var rewritten = new List<EmailText>();
        foreach (var part in draft.Parts)
        {
            var verdict = await _rewriter.RewriteAsync(part, instruction, payment.PayerName, payment.Memo, cancellationToken);
            if (!verdict.Accepted)
            {
                var outcome = new EmailRewrite(draft, false,
                    $"The original draft is kept: {verdict.ReasonEnglish}.",
                    FrenchTypography.Apply($"Le texte d’origine est conservé : {verdict.ReasonFrench}."));
                Record(draft, actor, "rewrite refused: " + verdict.ReasonEnglish);
                return outcome;
            }
            rewritten.Add(part with { Body = verdict.Text! });
        }
        var result = draft with { Parts = rewritten, Rewritten = true };
        Record(result, actor, "rewritten: " + RewritePrompt.Quote(instruction, 120));
        return new EmailRewrite(result, true, null, null);
    }

    /// <summary>The facts a template is filled from, read from the store.</summary>
    public EmailFacts Gather(EmailRequest request)
    {
        var payment = FindPayment(request.Payment);
        var allocations = _store.Allocations.Find(a => a.PaymentId == payment.Id).ToList();
        var paidTo = PaidToDigits(payment);
        var account = FindAccount(request.AccountId, allocations, paidTo);

        var credited = account is null
            ? []
            : allocations.Where(a => a.AccountId == account.Id && a.State == AllocationState.Applied).ToList();
        var lastCredit = credited.Count == 0 ? (DateTimeOffset?)null : credited.Max(a => a.DecidedAt ?? a.At);
        return new EmailFacts
        {
            Payment = payment,
            Account = account,
            Choices = request.Choices,
            Settings = _settings,
            CurrentCardEnding = account?.CurrentCard?.LastFour,
            PaidToEnding = paidTo is { Length: >= 4 } ? paidTo[^4..] : null,
            AppliedAmount = credited.Sum(a => a.Amount),
            AppliedOn = lastCredit is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, _clock.Zone).DateTime) : null,
        };
    }

    private Payment FindPayment(string key)
    {
        var text = key.Trim();
        if (long.TryParse(text, out var id) && _store.Payments.FindById(id) is { } byId) return byId;
        return _store.Payments.FindOne(p => p.BankReference == text)
            ?? throw new EmailDraftException(
                $"No payment has the id or bank reference '{CardMask.MaskText(text)}'.",
                $"Aucun paiement ne porte le numéro ou la référence bancaire « {CardMask.MaskText(text)} ».");
    }

    /// <summary>The analyst's account, else the one credited from the payment, else the one whose card the payer named.</summary>
    private CardAccount? FindAccount(string? accountId, List<Allocation> allocations, string? paidTo)
    {
        if (!string.IsNullOrWhiteSpace(accountId))
            return _store.Accounts.FindById(accountId.Trim())
                ?? throw new EmailDraftException($"No account has the id '{CardMask.MaskText(accountId)}'.",
                    $"Aucun compte ne porte le numéro « {CardMask.MaskText(accountId)} ».");
        var credited = allocations
            .Where(a => a.State is AllocationState.Applied or AllocationState.PendingApproval)
            .OrderByDescending(a => a.At)
            .FirstOrDefault();
        if (credited is not null) return _store.Accounts.FindById(credited.AccountId);
        if (paidTo is { Length: CardNumber.Length })
            return _store.Accounts.FindOne("$.Cards[*].Number ANY = @0", paidTo);
        return null;
    }

    /// <summary>
    /// The digits of the card the payer named: the sealed original when it opens, else the ending they gave, else the
    /// ending left visible in the masked reference. Kept in memory only, to match a card and take its last four.
    /// </summary>
    private string? PaidToDigits(Payment payment)
    {
        if (_seal is not null && payment.SealedReference is { } sealedReference)
        {
            try
            {
                if (CardReference.NormalizeToDigits(_seal.Open(sealedReference)) is { Length: >= 4 } digits) return digits;
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                // Sealed under another key (a copied store): fall back to what is in the clear.
            }
        }
        if (payment.ReferenceEnding is { Length: >= 4 } ending) return ending;
        // "•••• •••••• •1005": what masking left of a card number. An unmasked reference ("INV 2024 0001") says nothing.
        if (payment.Reference is { } reference && reference.Contains('•'))
        {
            var visible = CardReference.DigitsOnly(reference);
            if (visible.Length is >= 4 and < 12) return visible;
        }
        return null;
    }

    private void Record(EmailDraft draft, string actor, string what) =>
        _store.InTransaction(() => new AuditLog(_store, _clock.Time).Append(
            AuditKinds.EmailDrafted, actor, $"payment:{draft.PaymentId}",
            after: $"template={draft.Template}; language={draft.Language.Code()}; account={draft.AccountId ?? "unknown"}",
            detail: CardMask.MaskText(what)));
}
