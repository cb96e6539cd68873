using System.Globalization;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Demo;

/// <summary>A day of payments to a <see cref="SyntheticBank"/>, in realistic proportions, with ground truth.</summary>
public static class SyntheticDay
{
    public static IReadOnlyList<SyntheticPayment> Payments(SyntheticBank bank, DateOnly day, int count, PaymentMix? mix = null, int sequenceStart = 1)
    {
        mix ??= new PaymentMix();
        var rng = new Random(StableSeed.Of(bank.Seed, day.DayNumber, 31));
        var exceptionKinds = mix.ExceptionWeights.Keys.ToArray();
        var exceptionWeights = mix.ExceptionWeights.Values.ToArray();
        var payments = new List<SyntheticPayment>(count);
        for (var n = 0; n < count; n++)
        {
            var reference = $"BR{day:yyMMdd}{sequenceStart + n:D7}";
            var kind = rng.NextDouble() < mix.ExceptionShare
                ? WeightedPick(rng, exceptionKinds, exceptionWeights)
                : rng.NextDouble() < mix.OldCardShareOfClean ? PaymentKind.OldCard : PaymentKind.Clean;
            payments.Add(MakePayment(bank, rng, reference, day, kind));
        }
        return payments;
    }

    private static SyntheticPayment MakePayment(SyntheticBank bank, Random rng, string bankReference, DateOnly day, PaymentKind kind)
    {
        if (kind == PaymentKind.NonCustomer) return Stranger(rng, bankReference, day);

        var index = rng.Next(bank.AccountCount);
        var account = bank.Account(index);
        if (kind == PaymentKind.OldCard && !account.Cards.Any(c => c.Status == CardStatus.Replaced))
        {
            // Look a little further for an account that has a replaced card.
            for (var step = 1; step < 50 && !account.Cards.Any(c => c.Status == CardStatus.Replaced); step++)
                account = bank.Account(index = (index + step) % bank.AccountCount);
            if (!account.Cards.Any(c => c.Status == CardStatus.Replaced)) kind = PaymentKind.Clean;
        }

        var current = account.Cards.First(c => c.Status != CardStatus.Replaced).Number;
        var channel = kind == PaymentKind.NoReference
            ? (rng.NextDouble() < 0.8 ? Channels.Cheque : Channels.Wire)
            : PickChannel(rng);
        string? reference = kind switch
        {
            PaymentKind.Clean => Styled(current, rng),
            PaymentKind.OldCard => Styled(account.Cards.First(c => c.Status == CardStatus.Replaced).Number, rng),
            PaymentKind.LastDigits => LastDigits(current, rng),
            PaymentKind.NoReference => null,
            _ => KeyingErrors.Apply(current, kind, rng),
        };
        return new SyntheticPayment
        {
            BankReference = bankReference,
            ReceivedOn = day,
            Amount = AmountFor(account, rng),
            Channel = channel,
            PayerName = PayerNameFor(account, rng),
            Reference = reference,
            Memo = channel == Channels.Interac && rng.NextDouble() < 0.5 ? (account.Language == "fr" ? "paiement carte" : "card payment") : null,
            TrueAccountId = account.Id,
            Kind = kind,
        };
    }

    private static SyntheticPayment Stranger(Random rng, string bankReference, DateOnly day)
    {
        var first = SyntheticBank.Pick(rng, rng.NextDouble() < 0.5 ? SyntheticNames.FrenchFirst : SyntheticNames.EnglishFirst);
        var last = SyntheticBank.Pick(rng, SyntheticNames.StrangerLast);
        var roll = rng.NextDouble();
        string? reference = roll < 0.5 ? SyntheticBank.VisaNumber(rng)
            : roll < 0.8 ? SyntheticBank.StrangerCardNumber(rng.NextInt64(0, 1_000_000_000L))
            : null;
        return new SyntheticPayment
        {
            BankReference = bankReference,
            ReceivedOn = day,
            Amount = Math.Round((decimal)(20 + rng.NextDouble() * 900), 2),
            Channel = reference is null ? Channels.Cheque : Channels.BillPayment,
            PayerName = $"{first} {last}".ToUpperInvariant(),
            Reference = reference,
            TrueAccountId = null,
            Kind = PaymentKind.NonCustomer,
        };
    }

    private static string PickChannel(Random rng)
    {
        var r = rng.NextDouble();
        return r < 0.72 ? Channels.BillPayment : r < 0.84 ? Channels.Eft : r < 0.92 ? Channels.Interac : r < 0.97 ? Channels.Cheque : Channels.Wire;
    }

    /// <summary>Customers type the number as they see it: plain, grouped 4-6-5, with dashes, after "AMEX".</summary>
    private static string Styled(string number, Random rng) => rng.Next(6) switch
    {
        0 => $"{number[..4]} {number[4..10]} {number[10..]}",
        1 => $"{number[..4]}-{number[4..10]}-{number[10..]}",
        2 => "AMEX " + number,
        _ => number,
    };

    private static string LastDigits(string number, Random rng) => rng.Next(4) switch
    {
        0 => "ending " + number[^4..],
        1 => "xxxx " + number[^4..],
        2 => "****" + number[^5..],
        _ => "se terminant par " + number[^4..],
    };

    private static decimal AmountFor(CardAccount account, Random rng)
    {
        var r = rng.NextDouble();
        if (r < 0.35 && account.StatementBalance > 0) return account.StatementBalance;
        if (r < 0.50 && account.MinimumDue > 0) return account.MinimumDue;
        var cap = account.Type == AccountType.Corporate ? 30_000 : 3_000;
        return Math.Round((decimal)(20 + rng.NextDouble() * cap), 2);
    }

    /// <summary>The payer name as banks pass it on: upper case, initials, surname first, titles, the company.</summary>
    private static string PayerNameFor(CardAccount account, Random rng)
    {
        if (account.CompanyName is not null && rng.NextDouble() < 0.6) return account.CompanyName.ToUpper(CultureInfo.InvariantCulture);
        var parts = account.HolderName.Split(' ', 2);
        var (first, last) = (parts[0], parts[1]);
        var title = account.Language == "fr" ? (rng.Next(2) == 0 ? "M " : "MME ") : (rng.Next(2) == 0 ? "MR " : "MS ");
        var name = rng.Next(6) switch
        {
            0 => $"{first} {last}",
            1 => $"{first[0]} {last}",
            2 => $"{last}, {first}",
            3 => title + $"{first} {last}",
            4 => $"{last} {first}",
            _ => $"{first} {last}",
        };
        return rng.NextDouble() < 0.7 ? name.ToUpper(CultureInfo.InvariantCulture) : name;
    }

    private static T WeightedPick<T>(Random rng, T[] items, double[] weights)
    {
        var total = weights.Sum();
        var x = rng.NextDouble() * total;
        for (var i = 0; i < items.Length; i++)
        {
            x -= weights[i];
            if (x < 0) return items[i];
        }
        return items[^1];
    }
}
