using Microsoft.Extensions.Configuration;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Leaders;
using OpsBot.Skills.Storage;
using OpsBot.Tests.Status;

using OpsBot.Tests.Support;

namespace OpsBot.Tests.Leaders;

public class DailyControlsTests : IDisposable
{
    private readonly OpsStore _store = OpsStore.InMemory();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = QueueData.At(2026, 10, 13, 9, 0);
    private readonly DailyControls _controls;

    public DailyControlsTests()
    {
        _controls = new DailyControls(_store, new QueueData(_store, _time).Clock);
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void A_tick_records_who_and_when_and_is_an_audit_event()
    {
        var result = _controls.Tick("files-ingested", "u-anna", "Anna Roy");

        Assert.False(result.AlreadyTicked);
        Assert.Equal(("u-anna", "Anna Roy", new DateOnly(2026, 10, 13)), (result.Tick.By, result.Tick.ByName, result.Tick.Day));
        var audit = Assert.Single(_store.AuditEvents.FindAll());
        Assert.Equal((AuditKinds.ControlTicked, "u-anna", "control:2026-10-13/files-ingested"), (audit.Kind, audit.Actor, audit.Subject));
        Assert.True(new AuditLog(_store, _time).Verify().Intact);
    }

    [Fact]
    public void Ticking_again_keeps_the_first_tick_and_writes_no_second_event()
    {
        _controls.Tick("files-ingested", "u-anna");
        _time.Advance(TimeSpan.FromMinutes(20));

        var again = _controls.Tick("FILES-INGESTED", "u-bob");

        Assert.True(again.AlreadyTicked);
        Assert.Equal("u-anna", again.Tick.By);
        Assert.Single(_store.AuditEvents.FindAll());
        Assert.Single(_store.Collection<ControlTick>(DailyControls.CollectionName).FindAll());
    }

    [Fact]
    public void The_next_day_the_control_is_open_again()
    {
        _controls.Tick("files-ingested", "u-anna");
        _time.Advance(TimeSpan.FromDays(1));

        var status = _controls.On().Single(s => s.Control.Id == "files-ingested");

        Assert.False(status.Done);
        Assert.False(_controls.Tick("files-ingested", "u-anna").AlreadyTicked);
    }

    [Fact]
    public void Leaders_see_what_is_done_by_whom_and_what_is_past_its_cut_off()
    {
        _controls.Tick("suspense-reconciled", "u-bob");
        _time.Advance(TimeSpan.FromHours(1.5)); // 10:30: files-ingested (10:00) is overdue

        var statuses = _controls.On();

        Assert.Equal(
            [("files-ingested", false, true), ("over-sla-escalated", false, false), ("suspense-reconciled", true, false)],
            statuses.Select(s => (s.Control.Id, s.Done, s.Overdue)));
        Assert.Equal("u-bob", statuses[2].Tick!.By);
        Assert.Equal(["files-ingested"], _controls.Overdue().Select(s => s.Control.Id));
    }

    [Fact]
    public void No_control_is_overdue_on_a_holiday()
    {
        var thanksgiving = QueueData.At(2026, 10, 12, 17, 0);
        var controls = new DailyControls(_store, new QueueData(_store, thanksgiving).Clock);

        Assert.Empty(controls.Overdue());
    }

    [Fact]
    public void An_unknown_control_is_refused_with_the_list_of_controls_in_both_languages()
    {
        var e = Assert.Throws<LeadersException>(() => _controls.Tick("coffee", "u-anna"));

        Assert.Equal("There is no daily control 'coffee'. The controls are: files-ingested, over-sla-escalated, suspense-reconciled.", e.Message);
        Assert.StartsWith("Il n'y a pas de contrôle quotidien «\u00A0coffee\u00A0»", e.In("fr"));
        Assert.Empty(_store.AuditEvents.FindAll());
    }

    [Fact]
    public void The_checklist_comes_from_settings()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Controls:Items:0:Id"] = "Cheques-Deposited",
            ["Controls:Items:0:LabelEn"] = "Cheques deposited",
            ["Controls:Items:0:LabelFr"] = "Chèques déposés",
            ["Controls:Items:0:CutOff"] = "11:30",
        }).Build();

        var checklist = ControlChecklist.From(configuration);

        Assert.Equal([new ControlDefinition("cheques-deposited", "Cheques deposited", "Chèques déposés", new(11, 30))], checklist);
    }

    [Theory]
    [InlineData("Controls:Items:0:CutOff", "noon", "Controls:Items:0:CutOff is a local time as HH:mm, not 'noon'.")]
    [InlineData("Controls:Items:0:LabelFr", "", "Controls:Items:0:LabelFr is missing.")]
    public void A_bad_checklist_setting_is_named_in_the_message(string key, string value, string message)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Controls:Items:0:Id"] = "x",
            ["Controls:Items:0:LabelEn"] = "X",
            ["Controls:Items:0:LabelFr"] = "X",
            ["Controls:Items:0:CutOff"] = "10:00",
        };
        settings[key] = value;

        var e = Assert.Throws<FormatException>(() => ControlChecklist.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()));

        Assert.Equal(message, e.Message);
    }
}

public class DailyControlsTextTests : IDisposable
{
    private readonly OpsStore _store = OpsStore.InMemory();

    public void Dispose() => _store.Dispose();

    [Fact]
    [UseCulture("de-DE")]
    public void Leaders_read_the_checklist_with_who_ticked_what_and_what_is_late_in_English_and_French()
    {
        var time = QueueData.At(2026, 10, 13, 9, 5);
        var controls = new DailyControls(_store, new QueueData(_store, time).Clock);
        controls.Tick("suspense-reconciled", "u-anna", "Anna Roy");
        time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(
            "Daily controls — October 13, 2026\n" +
            "☐ All files of the day ingested — due by 10:00\u00A0a.m. (overdue)\n" +
            "☐ Items over SLA escalated — due by 3:00\u00A0p.m.\n" +
            "✓ Suspense reconciled — done by Anna Roy at 9:05\u00A0a.m.",
            LeadersText.ControlsStatus(controls.On(), "en", QueueData.Toronto));
        Assert.EndsWith("✓ Compte d'attente rapproché — fait par Anna Roy à 9\u00A0h\u00A005",
            LeadersText.ControlsStatus(controls.On(), "fr", QueueData.Toronto));
    }
}
