using System.Globalization;
using OpsBot.Bench.Research;

// dotnet run -c Release --project bench -- research [--accounts 10000,100000,1000000] [--payments 20000]
//   [--stratified 300] [--seed 20261130] [--out bench/results/research] [--no-files] [--store-up-to 100000] [--fit]
if (args.Length == 0 || args[0] != "research")
{
    Console.Error.WriteLine("usage: research [--accounts 10000,100000,1000000] [--payments 20000] [--stratified 300] [--seed N] [--out DIR] [--no-files] [--store-up-to N] [--fit]");
    return 2;
}

string? Option(string name)
{
    var i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

var options = new BenchOptions
{
    Accounts = (Option("accounts") ?? "10000,100000,1000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList(),
    Payments = int.Parse(Option("payments") ?? "20000", CultureInfo.InvariantCulture),
    StratifiedPerKind = int.Parse(Option("stratified") ?? "300", CultureInfo.InvariantCulture),
    Seed = int.Parse(Option("seed") ?? "20261130", CultureInfo.InvariantCulture),
    Output = Option("out") ?? Path.Combine("bench", "results", "research"),
    WriteFiles = !args.Contains("--no-files"),
    Fit = args.Contains("--fit"),
    Debug = args.Contains("--debug"),
    StoreUpTo = int.Parse(Option("store-up-to") ?? "100000", CultureInfo.InvariantCulture),
};
return new ResearchBench(options, Console.Out).Run();
