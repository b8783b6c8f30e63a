using PiiScan.Pipeline;
using PiiScan.Records;
using PiiScan.Reports;

namespace PiiScan.Resume;

/// <summary>
/// A sink whose output (e.g. the DSR subject index, the report timeline) survives <c>scan --resume</c>: a resumed run
/// only sees the batches of files it scans, so the sink keeps each file's contribution as a part and rebuilds its
/// output from the parts of all files. Pass it to <see cref="ResumeSession.Open"/>; the session's
/// <see cref="ResumeSession.Sink"/> forwards every call to it except <see cref="IScanSink.Complete"/>, in whose place
/// it calls <see cref="Rebuild"/> (so a sink may drop from memory what <see cref="SavePart"/> saved). Outside a
/// resumable run the sink is an ordinary <see cref="IScanSink"/>: <see cref="SavePart"/> and <see cref="Rebuild"/>
/// are not called.
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

    /// <summary>
    /// Called in place of <see cref="IScanSink.Complete"/>: rebuilds the final output from the parts of all files of
    /// the run, in input order (skipped files included), so that it equals an uninterrupted run's. The report's counts
    /// are already those of all files.
    /// </summary>
    void Rebuild(IReadOnlyList<(SourceFile Source, string PartStem)> parts, RunReport report);
}
