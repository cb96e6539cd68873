using System.Globalization;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Research.References;
using OpsBot.Skills.Research.Sources;

namespace OpsBot.Bench.Synthetic;

/// <summary>
/// A day of synthetic payments for a <see cref="SyntheticBook"/>, with the truth about each one, and the credits
/// of the months before (research's history). Proportions: 80% clean (7% of them an old card number); of the 20%
/// exceptions, 45% a single keying error (kinds in Verhoeff's proportions, <see cref="KeyingErrors.Share"/>), 3%
/// two errors, 2% a closed account's card, 10% last digits only, 17% no reference, 5% a reference that is not a
/// card number, and 18% payers who are not customers (a Visa or Mastercard number, a name like anybody's, a name
/// nobody has). Payer names are written the ways banks write them: capitals without accents, surname first with
/// a comma, initials, titles, cut short; sometimes a spouse, parent or employer pays.
/// </summary>
internal sealed class SyntheticDay(SyntheticBook book, int seed)
{
    public static readonly DateOnly Today = new(2026, 11, 30);

    private readonly Random _random = new(seed);
    private readonly List<CreditedPayment> _history = [];
    private int _sequence;

    public IReadOnlyList<CreditedPayment> History => _history;

    /// <summary>A realistic day of <paramref name="count"/> payments.</summary>
    public List<SyntheticPayment> Day(int count)
    {
        var payments = new List<SyntheticPayment>(count);
        for (var i = 0; i < count; i++) payments.Add(Make(DrawKind(), "BR"));
        return payments;
    }

    /// <summary><paramref name="perKind"/> payments of each keying-error kind: enough of the rare ones to measure.</summary>
    public List<SyntheticPayment> Stratified(int perKind)
    {
        var payments = new List<SyntheticPayment>();
        foreach (var kind in PaymentKinds.SingleErrors.Append(PaymentKind.TwoErrors))
            for (var i = 0; i < perKind; i++) payments.Add(Make(kind, "BS"));
        return payments;
    }

    /// <summary>Earlier credits of a tenth of the accounts, paid by their holders: the history a book has.</summary>
    public void BackgroundHistory()
    {
        for (var i = 0; i < book.Count / 10; i++)
        {
            var account = book.Account(_random.Next(book.Count));
            var (name, _) = OwnerName(account);
            if (name is null) continue;
            _history.Add(new CreditedPayment(name, account.Id, OtherAmount(), Today.AddDays(-_random.Next(20, 120))));
        }
    }

    private PaymentKind DrawKind()
    {
        var u = _random.NextDouble();
        if (u < 0.80) return _random.NextDouble() < 0.07 ? PaymentKind.OldCard : PaymentKind.Clean;
        u = _random.NextDouble();
        if (u < 0.45)
        {
            var v = _random.NextDouble();
            foreach (var kind in PaymentKinds.SingleErrors)
                if ((v -= KeyingErrors.Share(ErrorOf(kind))) <= 0) return kind;
            return PaymentKind.Substitution;
        }
        return (u - 0.45) switch
        {
            < 0.03 => PaymentKind.TwoErrors,
            < 0.05 => PaymentKind.ClosedAccountCard,
            < 0.15 => PaymentKind.LastDigits,
            < 0.32 => PaymentKind.NameOnly,
            < 0.37 => PaymentKind.OtherReference,
            < 0.44 => PaymentKind.NotCustomerOtherCard,
            < 0.50 => PaymentKind.NotCustomerNamed,
            _ => PaymentKind.NotCustomerUnknownName,
        };
    }

    private static KeyingError ErrorOf(PaymentKind kind) => Enum.Parse<KeyingError>(kind.ToString());

    private SyntheticPayment Make(PaymentKind kind, string prefix)
    {
        var id = $"{prefix}{Today:yyMMdd}{++_sequence:D8}";
        if (kind.IsNotCustomer()) return NotACustomer(kind, id);

        for (var attempt = 0; ; attempt++)
        {
            var account = book.Account(_random.Next(book.Count));
            var reference = ReferenceFor(kind, account, out var memo);
            if (reference is null && kind is not (PaymentKind.NameOnly or PaymentKind.LastDigits)) continue;
            var (payer, style) = account.Type == AccountType.Corporate ? CorporatePayer(account) : PersonalPayer(account);
            if (kind is PaymentKind.NameOnly && payer is null && _random.NextDouble() < 0.7) continue;
            var amount = OwnerAmount(account);
            // Last digits written in the memo come with a message: an Interac e-Transfer's, which the bank file keeps.
            var channel = kind == PaymentKind.LastDigits && reference is null ? Channels.Interac
                : reference is null || kind == PaymentKind.NameOnly
                ? Pick([(Channels.Cheque, 0.5), (Channels.Eft, 0.3), (Channels.Wire, 0.1), (Channels.Interac, 0.1)])
                : Pick([(Channels.BillPayment, 0.85), (Channels.Eft, 0.10), (Channels.Interac, 0.05)]);
            if (payer is not null) PlantHistory(payer, account, amount, style);
            return new SyntheticPayment
            {
                PaymentId = id, ReceivedOn = Today, Amount = amount, Channel = channel, PayerName = payer,
                Reference = kind == PaymentKind.NameOnly ? null : reference, Memo = memo, Kind = kind, AccountId = account.Id,
                PayerStyle = style,
            };
        }
    }

    // Repeat payers: a third of owners, and most parents or employers paying for someone, paid before.
    private void PlantHistory(string payer, CardAccount account, decimal amount, string style)
    {
        var chance = style == "third-party" ? 0.6 : 0.3;
        if (_random.NextDouble() >= chance) return;
        var times = _random.Next(1, 4);
        for (var t = 1; t <= times; t++)
            _history.Add(new CreditedPayment(payer, account.Id, _random.NextDouble() < 0.3 ? amount : OtherAmount(), Today.AddDays(-30 * t)));
    }

    private string? ReferenceFor(PaymentKind kind, CardAccount account, out string? memo)
    {
        memo = _random.NextDouble() < 0.08 ? Pick([("Payment", 0.5), ("Paiement carte", 0.3), ("Thank you", 0.2)]) : null;
        var current = account.Cards.First(c => c.Status is CardStatus.Active or CardStatus.Closed).Number;
        var old = account.Cards.Where(c => c.Status != CardStatus.Active && c.Number != current).Select(c => c.Number).ToList();
        var card = old.Count > 0 && _random.NextDouble() < 0.08 ? old[_random.Next(old.Count)] : current;
        switch (kind)
        {
            case PaymentKind.Clean:
                return account.IsCancelledOrClosed ? null : Render(current);
            case PaymentKind.OldCard:
                var replaced = account.Cards.Where(c => c.Status == CardStatus.Replaced).ToList();
                return replaced.Count == 0 || account.IsCancelledOrClosed ? null : Render(replaced[_random.Next(replaced.Count)].Number);
            case PaymentKind.ClosedAccountCard:
                return account.IsCancelledOrClosed ? Render(current) : null;
            case PaymentKind.LastDigits:
                var digits = card[^(_random.NextDouble() < 0.3 ? 5 : 4)..];
                var text = Pick([($"ending {digits}", 0.25), ($"se terminant par {digits}", 0.15), ($"xxxx {digits}", 0.2),
                    ($"****{digits}", 0.15), (digits, 0.15), ($"XXXX-XXXXXX-X{digits[^4..]}", 0.1)]);
                if (_random.NextDouble() < 0.3) { memo = text; return null; }
                return text;
            case PaymentKind.NameOnly:
                return null;
            case PaymentKind.OtherReference:
                return Pick([($"INV-2026-{_random.Next(10000, 99999)}", 0.4), (_random.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture), 0.3),
                    ($"Facture 2026-{_random.Next(100, 999)}", 0.3)]);
            case PaymentKind.TwoErrors:
                var first = Slip(card, KeyingError.Substitution);
                var second = first is null ? null : Slip(first, _random.NextDouble() < 0.7 ? KeyingError.Substitution : KeyingError.AdjacentTransposition);
                return second is null || second == card ? null : Render(second);
            default:
                var slipped = Slip(card, ErrorOf(kind));
                return slipped is null ? null : Render(slipped);
        }
    }

    /// <summary>The number with one slip of the given kind, or null when the number does not allow it.</summary>
    private string? Slip(string n, KeyingError kind)
    {
        var d = n.ToCharArray();
        var sites = new List<int>();
        switch (kind)
        {
            case KeyingError.Substitution:
            {
                var i = _random.Next(d.Length);
                char x;
                do x = (char)('0' + _random.Next(10)); while (x == d[i]);
                d[i] = x;
                return new string(d);
            }
            case KeyingError.AdjacentTransposition:
                for (var i = 0; i + 1 < d.Length; i++) if (d[i] != d[i + 1]) sites.Add(i);
                if (sites.Count == 0) return null;
                { var i = sites[_random.Next(sites.Count)]; (d[i], d[i + 1]) = (d[i + 1], d[i]); }
                return new string(d);
            case KeyingError.JumpTransposition:
                for (var i = 0; i + 2 < d.Length; i++) if (d[i] != d[i + 2]) sites.Add(i);
                if (sites.Count == 0) return null;
                { var i = sites[_random.Next(sites.Count)]; (d[i], d[i + 2]) = (d[i + 2], d[i]); }
                return new string(d);
            case KeyingError.OmittedDigit:
                return n.Remove(_random.Next(n.Length), 1);
            case KeyingError.AddedDigit:
            {
                var p = _random.Next(n.Length + 1);
                // Half the time the added digit repeats its neighbour: a key pressed twice.
                var x = p > 0 && _random.NextDouble() < 0.5 ? n[p - 1] : (char)('0' + _random.Next(10));
                return n.Insert(p, x.ToString());
            }
            case KeyingError.Twin:
                for (var i = 0; i + 1 < d.Length; i++) if (d[i] == d[i + 1]) sites.Add(i);
                if (sites.Count == 0) return null;
                {
                    var i = sites[_random.Next(sites.Count)];
                    char b;
                    do b = (char)('0' + _random.Next(10)); while (b == d[i]);
                    d[i] = d[i + 1] = b;
                }
                return new string(d);
            case KeyingError.JumpTwin:
                for (var i = 0; i + 2 < d.Length; i++) if (d[i] == d[i + 2] && d[i] != d[i + 1]) sites.Add(i);
                if (sites.Count == 0) return null;
                {
                    var i = sites[_random.Next(sites.Count)];
                    char b;
                    do b = (char)('0' + _random.Next(10)); while (b == d[i] || b == d[i + 1]);
                    d[i] = d[i + 2] = b;
                }
                return new string(d);
            case KeyingError.Phonetic:
                for (var i = 0; i + 1 < d.Length; i++)
                    if ((d[i] == '1' && d[i + 1] >= '2') || (d[i] >= '2' && d[i + 1] == '0')) sites.Add(i);
                if (sites.Count == 0) return null;
                {
                    var i = sites[_random.Next(sites.Count)];
                    if (d[i] == '1') { d[i] = d[i + 1]; d[i + 1] = '0'; }
                    else { d[i + 1] = d[i]; d[i] = '1'; }
                }
                return new string(d);
            default:
                return null;
        }
    }

    private string Render(string digits) =>
        Pick([(digits, 0.45), ($"{digits[..4]} {digits[4..10]} {digits[10..]}", 0.35),
            ($"{digits[..4]}-{digits[4..10]}-{digits[10..]}", 0.08), ("AMEX " + digits, 0.07), ("CARD " + digits, 0.05)]);

    private (string? Name, string Style) OwnerName(CardAccount account) =>
        account.Type == AccountType.Corporate ? CorporatePayer(account) : PersonalPayer(account);

    private (string? Name, string Style) PersonalPayer(CardAccount account)
    {
        var u = _random.NextDouble();
        var french = account.Language == "fr";
        var holder = account.HolderName;
        var space = holder.LastIndexOf(' ');
        var (first, surname) = (holder[..space], holder[(space + 1)..]);
        return u switch
        {
            < 0.04 => (null, "none"),
            < 0.59 => (FullName(first, surname, french), "full"),
            < 0.74 => (Initialed(first, surname), "initials"),
            < 0.80 => (PartName(first, surname), "partial"),
            < 0.86 => (FullName(book.PersonName(_random, french).First, surname, french), "family"),
            _ => (FullName(book.PersonName(_random, french).First, SyntheticBook.Surname(_random, french), french), "third-party"),
        };
    }

    private (string? Name, string Style) CorporatePayer(CardAccount account)
    {
        var u = _random.NextDouble();
        var company = account.CompanyName!;
        if (u < 0.05) return (null, "none");
        if (u < 0.60)
        {
            var text = Upper(company);
            if (_random.NextDouble() < 0.4)
                text = string.Join(' ', text.Split(' ').Where(w => w.Trim('.') is not ("INC" or "LTD" or "LTEE" or "CORP" or "LLP" or "S.E.N.C")));
            return (text, "company");
        }
        if (u < 0.70) return (Upper(company) + " " + Pick([("MONTREAL", 0.3), ("TORONTO", 0.3), ("ACCT", 0.2), ("PAYABLES", 0.2)]), "company-partial");
        if (u < 0.88)
        {
            var space = account.HolderName.LastIndexOf(' ');
            return (FullName(account.HolderName[..space], account.HolderName[(space + 1)..], account.Language == "fr"), "holder");
        }
        return (FullName(book.PersonName(_random, false).First, SyntheticBook.Surname(_random, false), false), "third-party");
    }

    private string FullName(string first, string surname, bool french)
    {
        if (_random.NextDouble() < 0.5) first = first.Replace('-', ' ');
        var name = Pick([($"{first} {surname}", 0.7), ($"{surname}, {first}", 0.2), ($"{surname} {first}", 0.1)]);
        if (_random.NextDouble() < 0.1)
            name = (french ? Pick([("M.", 0.5), ("MME", 0.5)]) : Pick([("MR", 0.4), ("MRS", 0.3), ("MS", 0.2), ("DR", 0.1)])) + " " + name;
        return _random.NextDouble() < 0.7 ? Upper(name) : name;
    }

    private string Initialed(string first, string surname)
    {
        var initials = string.Join(' ', first.Split(' ', '-').Select(p => p[..1]));
        var dotted = _random.NextDouble() < 0.3 ? string.Join(' ', first.Split(' ', '-').Select(p => p[..1] + ".")) : initials;
        return Upper(Pick([($"{dotted} {surname}", 0.7), ($"{surname} {initials}", 0.2), ($"{surname}, {dotted}", 0.1)]));
    }

    private string PartName(string first, string surname)
    {
        var firstParts = first.Split(' ', '-');
        var surnameParts = surname.Split('-');
        if (firstParts.Length > 1) return Upper($"{firstParts[0]} {surname}");
        if (surnameParts.Length > 1) return Upper($"{first} {surnameParts[0]}");
        // Cut short by the bank's field length.
        var full = Upper($"{first} {surname}");
        return full.Length > 14 && full.IndexOf(' ') < 10 ? full[..14] : full;
    }

    private static string Upper(string text) =>
        OpsBot.Skills.Research.Names.NameText.Fold(text);

    private SyntheticPayment NotACustomer(PaymentKind kind, string id)
    {
        var french = _random.NextDouble() < 0.42;
        string? payer;
        string? reference;
        switch (kind)
        {
            case PaymentKind.NotCustomerOtherCard:
                var (first, surname) = book.PersonName(_random, french);
                payer = FullName(first, surname, french);
                var body = (_random.NextDouble() < 0.7 ? "4" + Digits(14) : "5" + (char)('1' + _random.Next(5)) + Digits(13));
                var number = body + Luhn.CheckDigit(body);
                reference = _random.NextDouble() < 0.5 ? number : $"{number[..4]} {number[4..8]} {number[8..12]} {number[12..]}";
                break;
            case PaymentKind.NotCustomerNamed:
                (first, surname) = book.PersonName(_random, french);
                payer = FullName(first, surname, french);
                reference = Pick<string?>([(null, 0.4), (Digits(10), 0.35), ($"INV-2026-{_random.Next(10000, 99999)}", 0.25)]);
                break;
            default:
                payer = Upper(NameBank.MadeUpSurname(_random) + " " + NameBank.MadeUpSurname(_random));
                reference = Pick<string?>([(null, 0.5), (Digits(9), 0.5)]);
                break;
        }
        return new SyntheticPayment
        {
            PaymentId = id, ReceivedOn = Today, Amount = OtherAmount(), Kind = kind, AccountId = null,
            Channel = reference is null ? Channels.Cheque : Channels.BillPayment, PayerName = payer, Reference = reference,
            PayerStyle = "not-a-customer",
        };
    }

    private decimal OwnerAmount(CardAccount account)
    {
        var u = _random.NextDouble();
        if (u < 0.25 && account.StatementBalance > 0) return account.StatementBalance;
        if (u < 0.37 && account.MinimumDue > 0) return account.MinimumDue;
        return OtherAmount();
    }

    private decimal OtherAmount()
    {
        var u = _random.NextDouble();
        return u switch
        {
            < 0.30 => 50m * _random.Next(1, 41),
            < 0.55 => 10m * _random.Next(1, 151),
            < 0.70 => _random.Next(5, 3001),
            _ => Math.Round((decimal)Math.Min(20_000, Math.Exp(5.5 + 1.2 * SyntheticBook.Gaussian(_random))), 2) + 0.01m,
        };
    }

    private string Digits(int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++) chars[i] = (char)('0' + _random.Next(10));
        return new string(chars);
    }

    private T Pick<T>(IReadOnlyList<(T Value, double Weight)> choices)
    {
        var u = _random.NextDouble() * choices.Sum(c => c.Weight);
        foreach (var (value, weight) in choices)
            if ((u -= weight) <= 0) return value;
        return choices[^1].Value;
    }
}
