#:package Parquet.Net
// Writes samples/tickets.parquet: fake support tickets (fixed content, no real PII).
// Run from the repository root: dotnet run tools/make_parquet.cs
using Parquet;
using Parquet.Schema;

var id = new DataField<long>("ticket_id");
var created = new DataField<string>("created");
var customer = new DataField<string>("customer");
var email = new DataField<string>("email");
var body = new DataField<string>("body");
var tags = new DataField("tags", typeof(string), isNullable: false, isArray: true);
var priority = new DataField<int>("priority");
var schema = new ParquetSchema(id, created, customer, email, body, tags, priority);

string[] names = ["Alice Johnson", "Kwame Okafor", "Giulia Rossi", "Hiroshi Tanaka", "Ingrid Müller", "Priya Singh"];
string[] bodies =
[
    "Please update my card to 5555 5555 5555 4444, the old one expired.",
    "I cannot log in from 203.0.113.42, reset link never arrives.",
    "Export all my chat history and send it to {0}.",
    "The model keeps answering in French, how do I change that?",
    "Delete my account and all prompts older than 30 days.",
    "Billing question: charged twice on 4111-1111-1111-1111 😀",
];
var n = 24;
var ids = new long[n];
var createdV = new string[n];
var customerV = new string[n];
var emailV = new string[n];
var bodyV = new string[n];
var prio = new int[n];
var tagValues = new List<string>();
var rep = new List<int>();
for (var i = 0; i < n; i++)
{
    var name = names[i % names.Length];
    var mail = name.ToLowerInvariant().Replace(' ', '.').Replace("ü", "u") + "@example.com";
    ids[i] = 5000 + i;
    createdV[i] = $"2026-1{i % 2}-{1 + i:00}T09:{i:00}:00Z";
    customerV[i] = name;
    emailV[i] = mail;
    bodyV[i] = string.Format(bodies[i % bodies.Length], mail);
    prio[i] = i % 3;
    string[] t = i % 2 == 0 ? ["billing", $"contact:{mail}"] : ["login"];
    for (var j = 0; j < t.Length; j++)
    {
        tagValues.Add(t[j]);
        rep.Add(j == 0 ? 0 : 1);
    }
}

var path = Path.GetFullPath(Path.Combine("samples", "tickets.parquet"));
await using var fs = File.Create(path);
await using var writer = await ParquetWriter.CreateAsync(schema, fs);
using var rg = writer.CreateRowGroup();
await rg.WriteAsync<long>(id, ids);
await rg.WriteAsync(created, createdV);
await rg.WriteAsync(customer, customerV);
await rg.WriteAsync(email, emailV);
await rg.WriteAsync(body, bodyV);
await rg.WriteAsync(tags, tagValues, rep.ToArray());
await rg.WriteAsync<int>(priority, prio);
Console.WriteLine($"wrote {path}");
