#:package Bogus
// Writes first_names.txt and last_names.txt: the person names of every locale of Bogus 35.6.5 (MIT; its locale data
// comes from faker.js, MIT), as lexicon.py reads them. Kept: name parts that are one word of letters, title case
// (upper-case first letter, not all capitals), 2+ letters; the en_BORK joke locale is skipped.
// Run from the repository root: dotnet run models/train/names/bogus_names.cs
using Bogus;

var first = new SortedSet<string>(StringComparer.Ordinal);
var last = new SortedSet<string>(StringComparer.Ordinal);
foreach (var locale in Database.GetAllLocales())
{
    if (locale == "en_BORK")
    {
        continue;
    }
    foreach (var key in new[] { "first_name", "male_first_name", "female_first_name", "last_name" })
    {
        if (!Database.HasKey("name", key, locale, fallbackLocale: null!))
        {
            continue;
        }
        if (Database.Get("name", key, locale) is not Bogus.Bson.BArray names)
        {
            continue;
        }
        foreach (Bogus.Bson.BValue v in names)
        {
            foreach (var part in v.StringValue.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length >= 2 && part.All(char.IsLetter) && char.IsUpper(part[0]) && !part.All(char.IsUpper))
                {
                    (key == "last_name" ? last : first).Add(part.Normalize());
                }
            }
        }
    }
}
var dir = Path.Combine("models", "train", "names");
File.WriteAllLines(Path.Combine(dir, "first_names.txt"), first);
File.WriteAllLines(Path.Combine(dir, "last_names.txt"), last);
Console.WriteLine($"{first.Count} first names, {last.Count} last names");
