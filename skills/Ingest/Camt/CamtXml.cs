using System.Xml;
using System.Xml.Linq;

namespace OpsBot.Skills.Ingest.Camt;

/// <summary>
/// Walking camt XML by local names: the versions differ in their namespace, and a reader that matched
/// namespaces would need one path per version for the same element.
/// </summary>
internal static class CamtXml
{
    public static XElement? Child(this XElement? element, string name) =>
        element?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    public static IEnumerable<XElement> Children(this XElement? element, string name) =>
        element?.Elements().Where(e => e.Name.LocalName == name) ?? [];

    public static XElement? At(this XElement? element, params string[] path)
    {
        foreach (var name in path) element = element.Child(name);
        return element;
    }

    /// <summary>The element's trimmed text, or null when it is absent or blank.</summary>
    public static string? Text(this XElement? element) =>
        element is null ? null : element.Value.Trim() is { Length: > 0 } v ? v : null;

    public static int Line(this XElement? element) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
}
