using JsonSerializer = System.Text.Json.JsonSerializer;
using LiteDB;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Calendar;
using OpsBot.Skills.Storage;
using OpsBot.Skills.Time;

namespace OpsBot.Skills.Leaders;

/// <summary>A control ticked for a day: who did it and when. Its id is "2026-10-13/files-ingested", so a day has one tick per control.</summary>
public sealed record ControlTick
{
    public required string Id { get; init; }
    public required DateOnly Day { get; init; }
    public required string ControlId { get; init; }
    public required string By { get; init; }
    public string? ByName { get; init; }
    public required DateTimeOffset At { get; init; }

    public static string KeyFor(DateOnly day, string controlId) => $"{day:yyyy-MM-dd}/{controlId}";
}

/// <summary>Where one control stands on a day.</summary>
public sealed record ControlStatus(ControlDefinition Control, DateOnly Day, DateTimeOffset CutOffAt, ControlTick? Tick, bool Overdue)
{
    public bool Done => Tick is not null;
}

public sealed record TickResult(ControlTick Tick, bool AlreadyTicked);

/// <summary>
/// The daily controls checklist: analysts tick controls for the day, leaders see what is done and by whom, and a
/// control still unticked at its cut-off on a business day is overdue. Each first tick is an audit event; ticking
/// again changes nothing.
/// </summary>
public sealed class DailyControls
{
    public const string CollectionName = "control_ticks";

    private readonly OpsStore _store;
    private readonly OpsClock _clock;
    private readonly BusinessCalendar _calendar;
    private readonly AuditLog _audit;

    public DailyControls(OpsStore store, OpsClock clock, IReadOnlyList<ControlDefinition>? checklist = null, BusinessCalendar? calendar = null)
    {
        _store = store;
        _clock = clock;
        _calendar = calendar ?? BusinessCalendar.Federal;
        _audit = new AuditLog(store, clock.Time);
        Checklist = checklist ?? ControlChecklist.Defaults;
        Ticks.EnsureIndex(t => t.Day);
    }

    public IReadOnlyList<ControlDefinition> Checklist { get; }

    private ILiteCollection<ControlTick> Ticks => _store.Collection<ControlTick>(CollectionName);

    /// <summary>The control with that id (any case), or a refusal that lists the ids there are.</summary>
    public ControlDefinition Find(string controlId) =>
        Checklist.FirstOrDefault(c => string.Equals(c.Id, controlId.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new LeadersException(
            $"There is no daily control '{controlId}'. The controls are: {string.Join(", ", Checklist.Select(c => c.Id))}.",
            $"Il n'y a pas de contrôle quotidien «\u00A0{controlId}\u00A0». Les contrôles sont\u00A0: {string.Join(", ", Checklist.Select(c => c.Id))}.");

    /// <summary>Ticks a control for today. The first tick is kept (with its audit event); a second one returns it unchanged.</summary>
    public TickResult Tick(string controlId, string by, string? byName = null)
    {
        var control = Find(controlId);
        var day = _clock.Today;
        var key = ControlTick.KeyFor(day, control.Id);
        if (Ticks.FindById(key) is { } existing) return new TickResult(existing, AlreadyTicked: true);

        var tick = new ControlTick { Id = key, Day = day, ControlId = control.Id, By = by, ByName = byName, At = _clock.Time.GetUtcNow() };
        try
        {
            _store.InTransaction(() =>
            {
                Ticks.Insert(tick);
                _audit.Append(AuditKinds.ControlTicked, by, $"control:{key}", before: null,
                    after: JsonSerializer.Serialize(new { tick.Day, tick.ControlId, tick.By, tick.At }),
                    detail: control.LabelEn);
            });
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            // Two people ticked at the same moment: the other tick landed first, and it is the one that stands.
            return new TickResult(Ticks.FindById(key), AlreadyTicked: true);
        }
        return new TickResult(tick, AlreadyTicked: false);
    }

    /// <summary>Every control of the checklist for <paramref name="day"/> (today by default), in checklist order.</summary>
    public IReadOnlyList<ControlStatus> On(DateOnly? day = null)
    {
        var date = day ?? _clock.Today;
        var ticks = Ticks.Find(t => t.Day == date).ToDictionary(t => t.ControlId);
        var now = _clock.Now;
        var open = _calendar.IsBusinessDay(date);
        return [.. Checklist.Select(c =>
        {
            var cutOff = LocalDay.At(date, c.CutOff, _clock.Zone);
            var tick = ticks.GetValueOrDefault(c.Id);
            return new ControlStatus(c, date, cutOff, tick, Overdue: open && tick is null && now >= cutOff);
        })];
    }

    /// <summary>Today's controls past their cut-off and not ticked.</summary>
    public IReadOnlyList<ControlStatus> Overdue() => [.. On().Where(s => s.Overdue)];
}
