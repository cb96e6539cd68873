using System.Globalization;
using System.Security.Cryptography;
using LiteDB;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;

namespace OpsBot.Skills.Ingest;

/// <summary>
/// Takes a bank file in: reads it, then stores its credits in one transaction, crediting straight through the
/// payments whose reference is a card number on file and queuing the rest. Idempotent on the bank reference: the
/// same or an overlapping file stores nothing twice. A file that cannot be read whole stores nothing.
/// </summary>
public sealed class IngestService
{
    public const string DefaultActor = "ingest";

    private readonly OpsStore _store;
    private readonly TimeProvider _time;
    private readonly IAutoApplyPolicy _autoApply;
    private readonly Lazy<ReferenceSeal> _seal;
    private readonly AccountDirectory _accounts;
    private readonly StraightThroughRule _rule;
    private readonly AuditLog _audit;

    public IngestService(OpsStore store, TimeProvider time, IAutoApplyPolicy? autoApply = null, ReferenceSeal? seal = null)
    {
        _store = store;
        _time = time;
        _autoApply = autoApply ?? NoAutoApply.Instance;
        // The key file beside the store is made only when a reference first needs sealing.
        _seal = new Lazy<ReferenceSeal>(() => seal ?? ReferenceSeal.ForStore(store.Path));
        _accounts = new AccountDirectory(store);
        _rule = new StraightThroughRule(_accounts);
        _audit = new AuditLog(store, time);
    }

    /// <summary>Ingests the file at <paramref name="path"/>; a file that cannot be read is a rejected result, not an exception.</summary>
    public IngestResult IngestFile(string path, string actor = DefaultActor)
    {
        var name = Path.GetFileName(path);
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return IngestResult.RejectedFile(name, RemittanceFormats.Unknown,
                [new FileProblem("file", e is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : "the file cannot be read: " + e.Message)]);
        }
        return Ingest(name, content, actor);
    }

    /// <summary>Ingests a file's content; <paramref name="fileName"/> is kept on each payment as its source.</summary>
    public IngestResult Ingest(string fileName, byte[] content, string actor = DefaultActor)
    {
        RemittanceFile file;
        try
        {
            file = RemittanceReader.Read(content);
        }
        catch (RemittanceFileException e)
        {
            return IngestResult.RejectedFile(fileName, e.Format, e.Problems);
        }

        // Another ingest (the inbox, the command line in another process) may store the same payment between our
        // duplicate check and our insert; the unique index refuses it and the whole transaction rolls back. Trying
        // again then finds it stored and counts it as a duplicate.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return _store.InTransaction(() => Store(fileName, file, content, actor));
            }
            catch (RemittanceFileException e)
            {
                return IngestResult.RejectedFile(fileName, e.Format, e.Problems);
            }
            catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY && attempt < 3)
            {
            }
        }
    }

    private IngestResult Store(string fileName, RemittanceFile file, byte[] content, string actor)
    {
        var now = _time.GetUtcNow();
        var ids = new List<long>();
        int duplicates = 0, autoApplied = 0, queued = 0;

        foreach (var received in file.Credits)
        {
            var existing = _store.Payments.FindOne(p => p.BankReference == received.BankReference);
            if (existing is not null)
            {
                // Same reference, different money: not a repeat but a contradiction. Stop and let a person look.
                if (existing.Amount != received.Amount || existing.Currency != received.Currency)
                    throw new RemittanceFileException(file.Format, received.Source,
                        $"bank reference {received.BankReference} is already stored (payment {existing.Id}) for {existing.Amount.ToString(CultureInfo.InvariantCulture)} {existing.Currency}, here it is {received.Amount.ToString(CultureInfo.InvariantCulture)} {received.Currency}");
                duplicates++;
                continue;
            }

            var decision = _rule.Decide(received);
            var payment = new Payment
            {
                BankReference = received.BankReference,
                ReceivedOn = received.ReceivedOn,
                Amount = received.Amount,
                Currency = received.Currency,
                Channel = received.Channel,
                PayerName = CardMask.MaskText(received.PayerName),
                Reference = CardMask.MaskText(received.Reference),
                Memo = CardMask.MaskText(received.Memo),
                SealedReference = CardMask.ContainsPanLike(received.Reference) ? _seal.Value.Seal(received.Reference!) : null,
                ReferenceEnding = decision.Ending,
                Status = PaymentStatus.Unapplied,
                Reason = decision.Reason,
                SourceFile = fileName,
                Format = file.Format,
                IngestedAt = now,
            };
            payment = payment with { Id = _store.Payments.Insert(payment).AsInt64 };
            ids.Add(payment.Id);

            if (decision.Applies)
            {
                Credit(payment, decision.Account!, $"straight-through: the reference is card {decision.Card!.Masked} ({decision.Card.Status.ToString().ToLowerInvariant()})", now);
                autoApplied++;
            }
            else if (AcceptedProposal(payment, received, decision.Reason!) is { } proposal)
            {
                Credit(payment, proposal.Account, $"auto-apply policy: {CardMask.MaskText(proposal.Why)}", now);
                autoApplied++;
            }
            else
            {
                queued++;
            }
        }

        var result = new IngestResult
        {
            File = fileName,
            Format = file.Format,
            Payments = ids.Count,
            Duplicates = duplicates,
            AutoApplied = autoApplied,
            Queued = queued,
            Skipped = file.Skipped,
            PaymentIds = ids,
        };
        // A file that brought nothing new changes nothing, not even the audit trail.
        if (ids.Count > 0)
            _audit.Append(AuditKinds.Ingest, actor, $"file:{fileName}",
                after: $"payments {result.Payments}, auto-applied {autoApplied}, queued {queued}, duplicates {duplicates}, skipped {file.Skipped}",
                detail: $"format {file.Format}; sha256 {Convert.ToHexStringLower(SHA256.HashData(content))}; payment ids {ids[0]}–{ids[^1]}");
        return result;
    }

    /// <summary>The policy's proposal, if it names an open account and the payment is in CAD; otherwise null (stay queued).</summary>
    private (CardAccount Account, string Why)? AcceptedProposal(Payment payment, ReceivedPayment received, string reason)
    {
        if (payment.Currency != StraightThroughRule.Cad) return null;
        var proposal = _autoApply.Consider(new QueuedCredit(payment, received.Reference, reason));
        if (proposal is null) return null;
        var account = _accounts.FindById(proposal.AccountId);
        if (account is null || account.IsCancelledOrClosed) return null;
        return (account, proposal.Why);
    }

    /// <summary>Applies the whole payment to the account: the allocation, the payment's new status, and the audit event.</summary>
    private void Credit(Payment payment, CardAccount account, string note, DateTimeOffset now)
    {
        var allocation = new Allocation
        {
            PaymentId = payment.Id,
            AccountId = account.Id,
            Amount = payment.Amount,
            By = Allocation.Auto,
            At = now,
            State = AllocationState.Applied,
            Note = note,
            ActionId = $"ingest:{payment.BankReference}",
        };
        allocation = allocation with { Id = _store.Allocations.Insert(allocation).AsInt64 };
        var applied = payment.WithAllocated(payment.Amount);
        _store.Payments.Update(applied);
        _audit.Append(AuditKinds.Credit, Allocation.Auto, $"payment:{payment.Id}",
            before: payment.Reason is null ? "unapplied" : $"unapplied ({payment.Reason})",
            after: $"applied {payment.Amount.ToString(CultureInfo.InvariantCulture)} {payment.Currency} to account {account.Id}",
            detail: $"allocation:{allocation.Id}; {note}");
    }
}
