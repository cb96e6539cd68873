using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace OpsBot.Tests.Support;

/// <summary>Runs a test under the given current culture and UI culture, then puts the old ones back.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class UseCultureAttribute(string culture, string? uiCulture = null) : BeforeAfterTestAttribute
{
    private readonly CultureInfo _culture = new(culture);
    private readonly CultureInfo _uiCulture = new(uiCulture ?? culture);
    private CultureInfo? _originalCulture;
    private CultureInfo? _originalUiCulture;

    public override void Before(MethodInfo methodUnderTest)
    {
        _originalCulture = CultureInfo.CurrentCulture;
        _originalUiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }

    public override void After(MethodInfo methodUnderTest)
    {
        if (_originalCulture is not null) CultureInfo.CurrentCulture = _originalCulture;
        if (_originalUiCulture is not null) CultureInfo.CurrentUICulture = _originalUiCulture;
    }
}
