namespace PiiScan.Resume;

/// <summary>A finished input file in the resume manifest.</summary>
/// <param name="Source">Path relative to the scan root.</param>
/// <param name="Identity">The file's identity when it was scanned.</param>
/// <param name="Part">Name stem of its part files under <c>parts/</c>.</param>
/// <param name="Outputs">Its outputs, relative to the output directory (the redacted copy).</param>
public sealed record ManifestEntry(string Source, FileIdentity Identity, string Part, IReadOnlyList<string> Outputs);
