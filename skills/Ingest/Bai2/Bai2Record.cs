namespace OpsBot.Skills.Ingest.Bai2;

/// <summary>
/// One logical BAI2 record: a physical record and the 88 continuation records after it. Each part keeps its text
/// without the record code and without the "/" that may end it.
/// </summary>
internal sealed record Bai2Record(string Code, int Line, IReadOnlyList<string> Parts)
{
    /// <summary>Physical records it spans: itself and its continuations, as record counts count them.</summary>
    public int PhysicalCount => Parts.Count;

    public string Name => $"line {Line} ({Code})";

    public FieldCursor Fields() => new(Parts);
}

/// <summary>
/// Reads a logical record's fields in order across its physical records. A physical record ends a field, whether
/// or not it ends with "/"; a missing field (the record ended early) reads as blank, as BAI2 defaults it.
/// </summary>
internal sealed class FieldCursor(IReadOnlyList<string> parts)
{
    private int _part = -1;
    private string[] _fields = [];
    private int _index;

    public bool HasMore
    {
        get
        {
            MoveToField();
            return _index < _fields.Length;
        }
    }

    public string Next()
    {
        MoveToField();
        return _index < _fields.Length ? _fields[_index++].Trim() : "";
    }

    /// <summary>
    /// The rest as free text (the 16 record's last field): commas inside it are text, and each continuation record
    /// goes on with a space.
    /// </summary>
    public string RestAsText()
    {
        var pieces = new List<string>();
        if (_part >= 0 && _index < _fields.Length) pieces.Add(string.Join(",", _fields[_index..]).Trim());
        for (var p = _part + 1; p < parts.Count; p++) pieces.Add(parts[p].Trim());
        _part = parts.Count;
        _fields = [];
        _index = 0;
        return string.Join(" ", pieces.Where(p => p.Length > 0));
    }

    private void MoveToField()
    {
        while (_index >= _fields.Length && _part + 1 < parts.Count)
        {
            _part++;
            _fields = parts[_part].Length == 0 ? [] : parts[_part].Split(',');
            _index = 0;
        }
    }
}
