using PiiScan.Pipeline;
using PiiScan.Records;
using PiiScan.Reports;

namespace PiiScan.Resume;

/// <summary>
/// A sink whose output (e.g. the DSR subject index) survives <c>scan --resume</c>: a resumed run only sees the
/// batches of files it scans, so the sink keeps each file's contribution as a part and rebuilds its output from the
/// parts of all files. Pass it to <see cref="ResumeSession.Open"/>; the session's <see cref="ResumeSession.Sink"/>
/// forwards every call to it and calls <see cref="Rebuild"/> after its <see cref="IScanSink.Complete"/>.
/// </summary>
public interface IResumableSink : IScanSink
{
    /// <summary>Suffixes of the part files <see cref="SavePart"/> writes; a file counts as finished only when all exist.</summary>
    IReadOnlyList<string> PartSuffixes { get; }

    /// <summary>
    /// A source ended (after <see cref="IScanSink.SourceFinished"/>) and before it is recorded as done: write its
    /// contribution atomically to <c>partStem + suffix</c> for each of <see cref="PartSuffixes"/>.
    /// </summary>
    void SavePart(SourceFile source, string partStem);

    /// <summary>Rebuilds the final output from the parts of all files of the run, in input order (skipped files included).</summary>
    void Rebuild(IReadOnlyList<(SourceFile Source, string PartStem)> parts, RunReport report);
}
