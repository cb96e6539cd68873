namespace OpsBot.Skills.Demo;

/// <summary>
/// Seeds for the synthetic data that are the same in every process. <see cref="HashCode"/> is randomised per
/// process, which would make the demo day different on each run and defeat idempotent re-seeding.
/// </summary>
internal static class StableSeed
{
    public static int Of(params long[] parts)
    {
        ulong h = 0x9E3779B97F4A7C15;
        foreach (var part in parts)
        {
            // SplitMix64 finaliser over the running value: cheap and well mixed.
            h ^= (ulong)part + 0x9E3779B97F4A7C15 + (h << 6) + (h >> 2);
            h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9;
            h = (h ^ (h >> 27)) * 0x94D049BB133111EB;
            h ^= h >> 31;
        }
        return (int)(h & 0x7FFFFFFF);
    }
}
