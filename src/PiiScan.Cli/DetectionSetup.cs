using PiiScan.Config;
using PiiScan.Detection;

namespace PiiScan.Cli;

/// <summary>Builds the pattern-detection engine from a policy file, the same way for scan and eval.</summary>
internal static class DetectionSetup
{
    public static (PolicyFile Policy, DetectionEngine Engine) Build(string? configPath)
    {
        var policy = configPath is null ? new PolicyFile() : PolicyFile.Load(configPath);
        var detectionPolicy = new DetectionPolicy(policy.DefaultThreshold, policy.Thresholds, policy.AllowList, policy.DenyList, policy.DisabledTypes);
        var recognizers = RecognizerCatalog.CreateDefault(new RecognizerOptions { DefaultPhoneRegion = policy.PhoneRegion, FieldTypes = policy.FieldTypes });
        return (policy, new DetectionEngine(recognizers, detectionPolicy));
    }
}
