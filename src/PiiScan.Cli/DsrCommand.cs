using System.CommandLine;
using System.Text.Json;
using PiiScan.Dsr;
using PiiScan.Keys;

namespace PiiScan.Cli;

/// <summary><c>dsr find|export|erase</c>: data subject requests against the subject index of a scan.</summary>
internal static class DsrCommand
{
    private sealed record SubjectOptions(
        Option<string> Index, Option<string?> Keys, Option<bool> Insecure, Option<string[]> Email, Option<string[]> Phone,
        Option<string[]> Name, Option<string[]> Ssn, Option<string[]> Card, Option<string[]> Iban, Option<string[]> Account, Option<string[]> Mrn, Option<string[]> Ip)
    {
        public static SubjectOptions Create(TextWriter stderr) => new(
            new Option<string>("--index") { Description = "Scan output directory holding subjects.parquet and subjects.json.", Required = true },
            KeyOptions.Keys(),
            KeyOptions.Insecure(),
            Multi("--email", "E-mail address of the subject."),
            Multi("--phone", "Phone number (any format; numbers without a country code use the policy's phone region)."),
            Multi("--name", "Full name (case, spacing and diacritics are ignored)."),
            Multi("--ssn", "US SSN."),
            Multi("--card", "Payment card number."),
            Multi("--iban", "IBAN."),
            Multi("--account", "Bank account number (digits; spaces and dashes are ignored)."),
            Multi("--mrn", "Medical record number (digits; spaces and dashes are ignored)."),
            Multi("--ip", "IP address."))
        {
            Warn = m => stderr.WriteLine($"piiscan: warning: {m}"),
        };

        public void AddTo(Command c)
        {
            c.Add(Index);
            c.Add(Keys);
            c.Add(Insecure);
            c.Add(Email);
            c.Add(Phone);
            c.Add(Name);
            c.Add(Ssn);
            c.Add(Card);
            c.Add(Iban);
            c.Add(Account);
            c.Add(Mrn);
            c.Add(Ip);
        }

        public DsrRequest Resolve(ParseResult parse, out Keyring keyring)
        {
            var index = SubjectIndex.Load(parse.GetValue(Index)!);
            keyring = Keyring.LoadDefault(parse.GetValue(Keys), parse.GetValue(Insecure))
                ?? throw new PiiScanException("dsr needs the keyring used for the scan: pass --keys FILE or set PIISCAN_KEYRING.");
            var ids = new SubjectIdentifiers()
                .Add("EMAIL_ADDRESS", parse.GetValue(Email))
                .Add("PHONE_NUMBER", parse.GetValue(Phone))
                .Add("PERSON", parse.GetValue(Name))
                .Add("US_SSN", parse.GetValue(Ssn))
                .Add("CREDIT_CARD", parse.GetValue(Card))
                .Add("IBAN_CODE", parse.GetValue(Iban))
                .Add("US_BANK_NUMBER", parse.GetValue(Account))
                .Add("MEDICAL_RECORD_NUMBER", parse.GetValue(Mrn))
                .Add("IP_ADDRESS", parse.GetValue(Ip));
            var request = DsrRequest.Resolve(index, keyring, ids);
            if (parse.GetValue(Name) is { Length: > 0 } && !index.Rows.Any(r => r.Type == "PERSON"))
            {
                Warn?.Invoke("the index holds no PERSON entries (the scan ran without the NER model): --name matches nothing.");
            }
            return request;
        }

        public Action<string>? Warn { get; init; }

        private static Option<string[]> Multi(string name, string description) =>
            new(name) { Description = description + " Repeatable.", AllowMultipleArgumentsPerToken = false };
    }

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dsr = new Command("dsr", """
            Data subject requests (GDPR/CCPA access, portability, erasure) using the subject index that 'scan' writes
            when given a keyring (subjects.parquet: keyed hashes of normalized identifiers and their locations, no
            plaintext). Identifiers of one subject are combined: locations are the union.

            Examples:
              piiscan scan logs --keys keys.json --out out
              piiscan dsr find --index out --keys keys.json --email jane.doe@example.com --phone "+1 415 555 0123"
              piiscan dsr export --index out --keys keys.json --email jane.doe@example.com --out bundle
              piiscan dsr erase --index out --keys keys.json --email jane.doe@example.com --mode redact --request-id DSR-42
            """);
        dsr.Add(Find(stdout, stderr));
        dsr.Add(Export(stdout, stderr));
        dsr.Add(Erase(stdout, stderr));
        return dsr;
    }

    private static Command Find(TextWriter stdout, TextWriter stderr)
    {
        var o = SubjectOptions.Create(stderr);
        var json = new Option<bool>("--json") { Description = "Print JSON: {\"total\", \"by_source\", \"locations\": [{source, record, field, type, start, end}]}." };
        var command = new Command("find", """
            List every location (source, record, field) of the subject, with counts per source. Nothing about other
            subjects is shown.

            Examples:
              piiscan dsr find --index out --keys keys.json --email jane.doe@example.com
              piiscan dsr find --index out --keys keys.json --name "Jane Doe" --phone "(415) 555-0123" --json
            """);
        o.AddTo(command);
        command.Add(json);
        command.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            var request = o.Resolve(parse, out var keyring);
            using (keyring)
            {
                if (parse.GetValue(json))
                {
                    PrintJson(request, stdout);
                }
                else
                {
                    PrintText(request, stdout);
                }
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Export(TextWriter stdout, TextWriter stderr)
    {
        var o = SubjectOptions.Create(stderr);
        var output = new Option<string>("--out", "-o") { Description = "Bundle directory: records.jsonl and manifest.json.", Required = true };
        var command = new Command("export", """
            Export the subject's original records (read from the scanned inputs) for an access or portability request:
            records.jsonl ({"source","record","data"} per record) and manifest.json (request id, time, hashed
            identifiers, counts per source, files). The action is appended to dsr-audit.jsonl in the index directory.

            Examples:
              piiscan dsr export --index out --keys keys.json --email jane.doe@example.com --out bundle
              piiscan dsr export --index out --keys keys.json --name "Jane Doe" --inputs /data/logs --out bundle --request-id DSR-42
            """);
        SetServiceAction(command, o, output, stderr, (parse, service, hasher) =>
        {
            var counts = service.Export(parse.GetValue(output)!, hasher);
            stdout.WriteLine($"piiscan dsr export: {counts.Values.Sum():N0} records from {counts.Count:N0} sources written to {Path.GetFullPath(parse.GetValue(output)!)} (request {service.RequestId}).");
        });
        return command;
    }

    private static Command Erase(TextWriter stdout, TextWriter stderr)
    {
        var o = SubjectOptions.Create(stderr);
        var mode = new Option<string>("--mode") { Description = "delete-record: drop the subject's records; redact: replace the subject's values with <TYPE>.", Required = true };
        mode.AcceptOnlyFromAmong("delete-record", "redact");
        var command = new Command("erase", """
            Erase the subject from the ORIGINAL inputs: each affected file is rewritten atomically (temporary file +
            rename; the original stays until the new file is complete); other records stay byte-identical. The action
            (time, request id, mode, counts per source, hashed identifiers; never values) is appended to
            dsr-audit.jsonl in the index directory. Re-scan afterwards to refresh the index.

            Examples:
              piiscan dsr erase --index out --keys keys.json --email jane.doe@example.com --mode delete-record
              piiscan dsr erase --index out --keys keys.json --name "Jane Doe" --mode redact --request-id DSR-42
            """);
        SetServiceAction(command, o, mode, stderr, (parse, service, hasher) =>
        {
            var counts = service.Erase(parse.GetValue(mode) == "delete-record", hasher);
            foreach (var (source, n) in counts)
            {
                stdout.WriteLine($"  {source}: {n:N0} records {(parse.GetValue(mode) == "delete-record" ? "deleted" : "redacted")}");
            }
            stdout.WriteLine($"piiscan dsr erase: {counts.Values.Sum():N0} records in {counts.Count(p => p.Value > 0):N0} files (request {service.RequestId}). Re-scan to refresh the index.");
        });
        return command;
    }

    /// <summary>
    /// Adds the subject options, <paramref name="option"/>, <c>--inputs</c> and <c>--request-id</c> to an export/erase
    /// command, and sets its action: resolve the subject, then run <paramref name="run"/> with a <see cref="DsrService"/>
    /// over the inputs and the subject hasher of the index key.
    /// </summary>
    private static void SetServiceAction(Command command, SubjectOptions o, Option option, TextWriter stderr, Action<ParseResult, DsrService, SubjectHasher> run)
    {
        var inputs = Inputs();
        var requestId = RequestId();
        o.AddTo(command);
        command.Add(option);
        command.Add(inputs);
        command.Add(requestId);
        command.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            var request = o.Resolve(parse, out var keyring);
            using (keyring)
            {
                var service = new DsrService(request, parse.GetValue(inputs) ?? request.Index.Manifest.Root, parse.GetValue(requestId) ?? NewRequestId());
                using var hasher = SubjectHasher.ForKey(keyring, request.Index.Manifest.KeyId);
                run(parse, service, hasher);
            }
            return ExitCodes.Ok;
        }));
    }

    private static Option<string?> Inputs() => new("--inputs") { Description = "Root of the original inputs (default: the scan root recorded in subjects.json)." };

    private static Option<string?> RequestId() => new("--request-id") { Description = "Request id for the audit log and manifest (default: a new one)." };

    private static string NewRequestId() => "dsr-" + DateTimeOffset.UtcNow.ToString("yyyyMMddTHHmmssZ") + "-" + Guid.NewGuid().ToString("N")[..8];

    private static void PrintText(DsrRequest request, TextWriter stdout)
    {
        var bySource = request.LocationsBySource();
        var records = request.RecordsBySource();
        stdout.WriteLine($"Subject found in {request.Locations.Count:N0} locations, {records.Values.Sum(s => s.Count):N0} records, {bySource.Count:N0} sources.");
        if (request.Locations.Count == 0)
        {
            return;
        }
        stdout.WriteLine();
        stdout.WriteLine($"{"source",-50} {"records",8} {"locations",10}");
        foreach (var (source, n) in bySource)
        {
            stdout.WriteLine($"{source,-50} {records[source].Count,8:N0} {n,10:N0}");
        }
        stdout.WriteLine();
        foreach (var r in request.Locations)
        {
            stdout.WriteLine($"{r.Source}  record {r.Record}  field {r.Field}  {r.Type}");
        }
    }

    private static void PrintJson(DsrRequest request, TextWriter stdout)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("total", request.Locations.Count);
            w.WriteStartObject("by_source");
            foreach (var (k, v) in request.LocationsBySource())
            {
                w.WriteNumber(k, v);
            }
            w.WriteEndObject();
            w.WriteStartArray("locations");
            foreach (var r in request.Locations)
            {
                w.WriteStartObject();
                w.WriteString("source", r.Source);
                w.WriteNumber("record", r.Record);
                w.WriteString("field", r.Field);
                w.WriteString("type", r.Type);
                w.WriteNumber("start", r.Start);
                w.WriteNumber("end", r.End);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
    }
}
