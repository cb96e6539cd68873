using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpsBot.RealClient.Tests;

/// <summary>
/// Starts the built bot (on a fresh store, so it seeds the demo day) and the Agents Playground pointed at it, waits
/// until both answer, and stops both at the end. Their output goes to the run's transcripts, which test.sh scans.
/// </summary>
public sealed partial class RealClientFixture : IAsyncLifetime
{
    private readonly List<Process> _processes = [];
    private readonly string _work = Directory.CreateTempSubdirectory("opsbot-realclient-").FullName;

    public Uri Bot { get; private set; } = null!;
    public Uri Playground { get; private set; } = null!;
    public PlaygroundClient Client { get; private set; } = null!;
    public string StorePath => Path.Combine(_work, "opsbot.db");
    public static string RepoRoot { get; } = FindRepoRoot();
    public static string Artifacts { get; } =
        Environment.GetEnvironmentVariable("OPSBOT_TRANSCRIPTS") ?? Path.Combine(RepoRoot, "artifacts", "transcripts");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Artifacts);
        var botPort = FreePort();
        Bot = new Uri($"http://127.0.0.1:{botPort}");
        StartBot(botPort);
        await WaitUntilAsync(Bot, "/healthz", TimeSpan.FromSeconds(90));

        var (process, port) = await StartPlaygroundAsync(botPort);
        _processes.Add(process);
        Playground = new Uri($"http://127.0.0.1:{port}");
        await WaitUntilAsync(Playground, "/_internal/v1/config", TimeSpan.FromSeconds(30));
        Client = await PlaygroundClient.ConnectAsync(Playground, Path.Combine(Artifacts, "playground-frames.log"));
    }

    public Task DisposeAsync()
    {
        Client?.Dispose();
        foreach (var p in _processes)
        {
            try { if (!p.HasExited) p.Kill(entireProcessTree: true); p.WaitForExit(5000); }
            catch (InvalidOperationException) { }
        }
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    /// <summary>The command line, on the same store as the running bot (shared mode).</summary>
    public async Task<string> RunCliAsync(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _work };
        psi.ArgumentList.Add(BotDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add("--db");
        psi.ArgumentList.Add(StorePath);
        using var p = Process.Start(psi)!;
        var output = await p.StandardOutput.ReadToEndAsync();
        var error = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        await File.AppendAllTextAsync(Path.Combine(Artifacts, "realclient-cli.log"), output + error);
        if (p.ExitCode != 0) throw new InvalidOperationException($"opsbot {string.Join(' ', args)} exited {p.ExitCode}: {error}");
        return output;
    }

    private static string BotDll
    {
        get
        {
            // The same configuration this test assembly was built in.
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            var dll = Path.Combine(RepoRoot, "bot", "bin", configuration, "net10.0", "OpsBot.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the bot first: {dll} is missing.");
        }
    }

    private void StartBot(int port)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _work,
        };
        psi.ArgumentList.Add(BotDll);
        psi.ArgumentList.Add("serve");
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add($"http://127.0.0.1:{port}");
        psi.Environment["Storage__Path"] = StorePath;
        psi.Environment["Ingest__Inbox"] = Path.Combine(_work, "inbox");
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        _processes.Add(StartLogged(psi, "bot.log"));
    }

    private async Task<(Process, int)> StartPlaygroundAsync(int botPort)
    {
        // The playground opens a browser with xdg-open and exits if there is none: give it one that does nothing.
        var shims = Directory.CreateDirectory(Path.Combine(_work, "shims")).FullName;
        var xdgOpen = Path.Combine(shims, "xdg-open");
        await File.WriteAllTextAsync(xdgOpen, "#!/bin/sh\nexit 0\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(xdgOpen, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var cli = Path.Combine(RepoRoot, "tests", "RealClient", "playground", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli)) throw new FileNotFoundException("Run tests/RealClient/prepare.sh first (test.sh does).", cli);
        var psi = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _work,
        };
        foreach (var a in new[] { cli, "-e", $"http://127.0.0.1:{botPort}/api/messages", "-c", "msteams", "--dt", "-p", FreePort().ToString() })
            psi.ArgumentList.Add(a);
        psi.Environment["PATH"] = shims + ":" + Environment.GetEnvironmentVariable("PATH");

        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = StartLogged(psi, "playground.log", line =>
        {
            var m = ListeningOn().Match(line);
            if (m.Success) listening.TrySetResult(int.Parse(m.Groups[1].Value));
        });
        var done = await Task.WhenAny(listening.Task, Task.Delay(TimeSpan.FromSeconds(30)));
        if (done != listening.Task) throw new TimeoutException("The playground never said which port it listens on (see playground.log).");
        return (process, listening.Task.Result);
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningOn();

    private static Process StartLogged(ProcessStartInfo psi, string logName, Action<string>? onLine = null)
    {
        var log = new StreamWriter(Path.Combine(Artifacts, logName), append: true) { AutoFlush = true };
        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        void Line(string? l) { if (l is null) return; lock (log) log.WriteLine(l); onLine?.Invoke(l); }
        process.OutputDataReceived += (_, e) => Line(e.Data);
        process.ErrorDataReceived += (_, e) => Line(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilAsync(Uri host, string path, TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            try
            {
                var response = await http.GetAsync(path);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{host}{path} did not answer within {limit.TotalSeconds} s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OpsBot.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("OpsBot.sln not found above the test assembly.");
    }
}

[CollectionDefinition(Name)]
public sealed class RealClientCollection : ICollectionFixture<RealClientFixture>
{
    public const string Name = "real client";
}
