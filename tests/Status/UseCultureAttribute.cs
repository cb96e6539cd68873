using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace OpsBot.Tests.Status;

/// <summary>
/// Runs a test under a given current culture (and UI culture), then puts the old ones back, so that formatting that
/// must not depend on the machine's culture is shown not to.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class UseCultureAttribute(string culture) : BeforeAfterTestAttribute
{
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(culture);
    private CultureInfo? _originalCulture;
    private CultureInfo? _originalUiCulture;

    public override void Before(MethodInfo methodUnderTest)
    {
        _originalCulture = CultureInfo.CurrentCulture;
        _originalUiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _culture;
    }

    public override void After(MethodInfo methodUnderTest)
    {
        CultureInfo.CurrentCulture = _originalCulture!;
        CultureInfo.CurrentUICulture = _originalUiCulture!;
    }
}
