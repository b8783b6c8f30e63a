using System.CommandLine;
using PiiScan.Keys;

namespace PiiScan.Cli;

/// <summary><c>keys new</c>, <c>keys rotate</c>, <c>keys list</c>: keyring management. Never prints key material.</summary>
internal static class KeysCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var keys = new Command("keys", """
            Create and rotate keyrings for pseudonymize, fpe and hash (AES-SIV 512-bit, FF1 AES-256, HMAC-SHA256 keys).
            The file is written with mode 0600; keep it out of the data it protects. Format: docs/keyring.md.

            Examples:
              piiscan keys new --out keys.json
              piiscan keys rotate --keys keys.json
              piiscan keys list --keys keys.json
            """);

        var output = new Option<string>("--out", "-o") { Description = "Where to write the new keyring.", Required = true };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing file." };
        var create = new Command("new", "Create a keyring with one fresh key from a CSPRNG.") { output, force };
        create.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            var path = parse.GetValue(output)!;
            if (File.Exists(path) && !parse.GetValue(force))
            {
                throw new PiiScanException($"'{path}' already exists: pass --force to overwrite it (its keys are lost), or use 'piiscan keys rotate'.");
            }
            using var ring = Keyring.CreateNew();
            ring.Save(path);
            stdout.WriteLine($"Created keyring {path} with active key {ring.ActiveKeyId}.");
            return ExitCodes.Ok;
        }));

        var rotateKeys = KeyOptions.Keys(required: true);
        var rotateInsecure = KeyOptions.Insecure();
        var rotate = new Command("rotate", "Add a new active key; older keys stay for re-identification.") { rotateKeys, rotateInsecure };
        rotate.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            var path = parse.GetValue(rotateKeys)!;
            using var ring = Keyring.Load(path, parse.GetValue(rotateInsecure));
            var key = ring.Rotate();
            ring.Save(path);
            stdout.WriteLine($"Rotated {path}: active key is now {key.Id} ({ring.Keys.Count} keys).");
            return ExitCodes.Ok;
        }));

        var listKeys = KeyOptions.Keys(required: true);
        var listInsecure = KeyOptions.Insecure();
        var list = new Command("list", "List key ids and creation times (no key material).") { listKeys, listInsecure };
        list.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            using var ring = Keyring.Load(parse.GetValue(listKeys)!, parse.GetValue(listInsecure));
            foreach (var key in ring.Keys)
            {
                stdout.WriteLine($"{key.Id}  {key.Created.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}{(key.Id == ring.ActiveKeyId ? "  active" : "")}");
            }
            return ExitCodes.Ok;
        }));

        keys.Add(create);
        keys.Add(rotate);
        keys.Add(list);
        return keys;
    }
}
