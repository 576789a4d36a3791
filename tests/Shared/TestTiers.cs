using System.Reflection;

namespace MediaJobs.Tests.Architecture;

/// <summary>
/// The tier rule, checked on a built test assembly: every class xUnit runs tests of (a concrete class with a
/// <c>[Fact]</c> or <c>[Theory]</c>, its own or inherited) carries exactly one <c>[Trait("Tier", ...)]</c>, so
/// <c>--filter Tier=Fast</c> and the other tiers together run every test once. Read by attribute names, so this
/// project needs no xUnit reference.
/// </summary>
public static class TestTiers
{
    /// <summary>The test classes that break the rule, each with how many tiers it has.</summary>
    public static IReadOnlyList<string> Violations(Assembly testAssembly)
    {
        ArgumentNullException.ThrowIfNull(testAssembly);
        return [.. testAssembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && HasTests(t))
            .Select(t => (Type: t, Tiers: Tiers(t)))
            .Where(c => c.Tiers != 1)
            .Select(c => $"{c.Type.FullName}: {c.Tiers} Tier traits")
            .Order(StringComparer.Ordinal)];
    }

    private static bool HasTests(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
            .Any(m => m.GetCustomAttributesData().Any(a => IsOrDerivesFrom(a.AttributeType, "Xunit.FactAttribute")));

    private static int Tiers(Type type) =>
        type.GetCustomAttributesData().Count(a =>
            IsOrDerivesFrom(a.AttributeType, "Xunit.TraitAttribute")
            && a.ConstructorArguments is [{ Value: "Tier" }, ..]);

    private static bool IsOrDerivesFrom(Type? type, string fullName)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.FullName == fullName)
            {
                return true;
            }
        }
        return false;
    }
}
