using System.Buffers;
using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// Words the decoder never puts in an entity, whatever the model says: the pronoun I, a client name glued to its
/// version, a decorator call, a scoped package, an AI assistant's name, a Markdown table header, an identifier's
/// prefix, a model or package id, a file name, a class name, an invoice's <c>Bill to:</c>, an identifier joined by underscores, a clock time (<see cref="ClockTimes"/>). Each rule looks at word <c>w</c> of a value
/// (<see cref="NerScratch"/>'s word buffers) and the text around it.
/// </summary>
internal static class NonEntityWords
{
    /// <summary>
    /// The last word of a non-entity run that starts at word <paramref name="w"/>, or -1. The compound rule needs the
    /// model's <paramref name="lexicon"/> and B-PERSON label (<paramref name="personBegin"/>); without them it is off.
    /// </summary>
    public static int End(ReadOnlySpan<char> text, NerScratch s, int w, int words, LexiconPrior? lexicon = null, int personBegin = -1) =>
        Math.Max(Math.Max(
            Math.Max(
                Math.Max(PronounEnd(text, s, w, words), Math.Max(AssistantNameEnd(text, s, w, words), TableHeaderEnd(text, s, w, words))),
                Math.Max(DecoratorEnd(text, s, w, words), PackageScopeEnd(text, s, w, words))),
            Math.Max(
                Math.Max(ClientNameEnd(text, s, w, words), Math.Max(FileNameEnd(text, s, w, words), ClassNameEnd(text, s, w))),
                Math.Max(IdentifierEnd(text, s, w, words), Math.Max(VersionedNameEnd(text, s, w, words), Math.Max(AddressLabelEnd(text, s, w, words), Math.Max(DateMonthEnd(text, s, w, words), Math.Max(SnakeCaseEnd(text, s, w), ClockTimes.End(text, s, w, words)))))))),
            Math.Max(UnitAfterNumberEnd(text, s, w), Math.Max(CompoundEnd(text, s, w, words, lexicon, personBegin), GreetingPhrases.End(text, s, w, words))));

    // A unit of data, rate, frequency or energy after a number ("50 GB", "1.5 TB", "100 Mbps", "3 GHz") is no entity
    // ("GB" and "PNG" are places in the corpora, so the lexicon cannot list them as technical words): returns w when
    // word w is one, one space or nothing after a number, else -1.
    private static int UnitAfterNumberEnd(ReadOnlySpan<char> text, NerScratch s, int w) =>
        w > 0 && Units.Contains(s.WordText(text, w)) && s.GapAfter(text, w - 1) is "" or " " && IsNumber(s.WordText(text, w - 1), 1, 12) ? w : -1;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = FrozenSet.Create(StringComparer.Ordinal,
        ["KB", "MB", "GB", "TB", "PB", "kB", "Kb", "Mb", "Gb", "Tb", "KiB", "MiB", "GiB", "TiB", "Kbps", "Mbps", "Gbps", "kbps",
         "KHz", "kHz", "MHz", "GHz", "kWh", "KWh", "MWh", "mAh", "kW", "MW", "GW"]).GetAlternateLookup<ReadOnlySpan<char>>();

    // A compound adjective or noun joined by a hyphen to a lower-case word ("Multi-lateral", "Cross-platform",
    // "even-keeled") is no entity, unless the lower-case word says the first names a place, company or person
    // ("Paris-based", "Google-owned", "Obama-era", "Europe-wide"): returns the lower-case word when word w opens such
    // a compound, else -1. Both parts are long (4+ and 5+ letters): Korean and Chinese given names join short
    // syllables ("Ji-hoon", "Seo-yeon", "mei-ling"); a first part the lexicon lists as a given name or a person's name
    // is one ("Anna-maria"). A chain that goes on ("Stratford-upon-Avon") is left to the network.
    private static int CompoundEnd(ReadOnlySpan<char> text, NerScratch s, int w, int words, LexiconPrior? lexicon, int personBegin)
    {
        if (lexicon is null || personBegin < 0 || w + 2 >= words || !IsWord(text, s, w + 1, "-") || !s.TouchesNext(w) || !s.TouchesNext(w + 1)
            || (w + 3 < words && s.TouchesNext(w + 2)) || (w > 0 && s.TouchesNext(w - 1)))
        {
            return -1;
        }
        var first = s.WordText(text, w);
        var second = s.WordText(text, w + 2);
        return first.Length >= 4 && !first.ContainsAnyExcept(AsciiLetters) && second.Length >= 5 && !second.ContainsAnyExceptInRange('a', 'z')
            && !NamingParts.Contains(second) && !lexicon.IsGivenName(first) && !lexicon.HasBonus(first, personBegin) ? w + 2 : -1;
    }

    // Second parts after which the first part is a name ("Paris-based", "Google-owned", "Obama-era", "Berlin-born").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NamingParts = FrozenSet.Create(StringComparer.Ordinal,
        ["based", "born", "bred", "owned", "backed", "led", "run", "area", "era", "style", "made", "funded", "bound", "listed",
         "registered", "headquartered", "native", "trained", "educated", "raised", "linked", "affiliated", "sponsored", "branded",
         "approved", "certified", "compatible", "specific", "inspired", "themed", "related", "esque", "ish", "like", "centric",
         "focused", "only", "wide", "bashing", "loving", "hating", "friendly", "powered", "hosted", "managed", "supported"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // An identifier joined by underscores ("E_TIMEOUT", "customer_id", "MAX_RETRIES") is code or a log field, no
    // name; a handle after its sigil ("@jane_doe") is a mention unit and stays the network's. Returns w when word w is
    // such an identifier, else -1.
    private static int SnakeCaseEnd(ReadOnlySpan<char> text, NerScratch s, int w)
    {
        var word = s.WordText(text, w);
        var underscore = word.IndexOf('_');
        if (underscore <= 0 || underscore == word.Length - 1 || !char.IsLetterOrDigit(word[underscore - 1]) || !char.IsLetterOrDigit(word[underscore + 1]))
        {
            return -1;
        }
        return w > 0 && s.TouchesNext(w - 1) && s.WordText(text, w - 1) is "@" or "#" ? -1 : w;
    }

    // The month of a written date ("3 Mar 2026", "June 5, 2026"): "Mar", "June" and "May" there name no one; nor does
    // the weekday and comma before such a date in an e-mail's quote header ("On Thu, 4 Jun 2026, Sarah Cole wrote:":
    // Thu, a Vietnamese given name, was read as a person). Returns w when word w is such a month or weekday, else -1.
    private static int DateMonthEnd(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        if (Weekdays.Contains(s.WordText(text, w)))
        {
            return w + 2 < words && IsWord(text, s, w + 1, ",") && (IsDateMonth(text, s, w + 2, words) || (w + 3 < words && IsDateMonth(text, s, w + 3, words))) ? w : -1;
        }
        return IsDateMonth(text, s, w, words) ? w : -1;
    }

    // Word m is a month between a day and a year.
    private static bool IsDateMonth(ReadOnlySpan<char> text, NerScratch s, int m, int words)
    {
        if (!Months.Contains(s.WordText(text, m)))
        {
            return false;
        }
        var dayBefore = m > 0 && IsNumber(s.WordText(text, m - 1), 1, 2) && m + 1 < words && IsNumber(s.WordText(text, m + 1), 4, 4);
        var dayAfter = m + 3 < words && IsNumber(s.WordText(text, m + 1), 1, 2) && IsWord(text, s, m + 2, ",") && IsNumber(s.WordText(text, m + 3), 4, 4);
        return dayBefore || dayAfter;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays = FrozenSet.Create(StringComparer.Ordinal,
        ["Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Monday", "Tuesday", "Wednesday",
         "Thursday", "Friday", "Saturday", "Sunday"]).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsNumber(ReadOnlySpan<char> word, int minDigits, int maxDigits) =>
        word.Length >= minDigits && word.Length <= maxDigits && !word.ContainsAnyExceptInRange('0', '9');

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Months =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "January", "February",
             "March", "April", "June", "July", "August", "September", "October", "November", "December"])
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // An invoice's address label ("Bill to:", "Bill-To:", "BILL TO:"): "Bill" there is the verb, no name. Returns the
    // last word of the label (its "to") when word w opens one, else -1.
    private static int AddressLabelEnd(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        if (s.WordText(text, w) is not ("Bill" or "BILL"))
        {
            return -1;
        }
        var to = w + 1 < words && IsWord(text, s, w + 1, "-") ? w + 2 : w + 1;
        return to + 1 < words && s.WordText(text, to) is "to" or "To" or "TO" && IsWord(text, s, to + 1, ":") ? to : -1;
    }

    // The pronoun I is never part of a name: "I'm", "I've" (I, apostrophe, rest: through word w + 2) and a lone I
    // after a comma ("Thanks Alice, I have": word w). Returns the last word of the pronoun, or -1.
    private static int PronounEnd(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        if (!IsWord(text, s, w, "I"))
        {
            return -1;
        }
        if (w + 2 < words && (IsWord(text, s, w + 1, "'") || IsWord(text, s, w + 1, "\u2019")))
        {
            return w + 2;
        }
        return w > 0 && IsWord(text, s, w - 1, ",") ? w : -1;
    }

    // A Markdown table's header row ("| Name | Role | Location |" above "|------|:----:|---|") names columns, no
    // entities: returns the last word of the row when word w is its first word, else -1.
    private static int TableHeaderEnd(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        var start = s.Tokens[s.WordToken[w]].Start;
        var lineStart = w == 0 ? 0 : s.WordEnd[w - 1];
        var gapBreak = text[lineStart..start].LastIndexOf('\n');
        if (w > 0 && gapBreak < 0)
        {
            return -1; // not the first word of its line
        }
        lineStart = w == 0 ? text[..start].LastIndexOf('\n') + 1 : lineStart + gapBreak + 1;
        var lineLength = text[start..].IndexOf('\n');
        if (lineLength < 0 || !text[lineStart..(start + lineLength)].Contains('|'))
        {
            return -1;
        }
        var lineEnd = start + lineLength;
        var next = text[(lineEnd + 1)..];
        var nextLength = next.IndexOf('\n');
        next = (nextLength < 0 ? next : next[..nextLength]).Trim();
        if (!next.Contains("---", StringComparison.Ordinal) || next.ContainsAnyExcept(TableRuleChars))
        {
            return -1;
        }
        var end = w;
        while (end + 1 < words && s.Tokens[s.WordToken[end + 1]].Start < lineEnd)
        {
            end++;
        }
        return end;
    }

    private static readonly SearchValues<char> TableRuleChars = SearchValues.Create("|-: \t");

    // An AI assistant's name standing alone ("You are Claude, a helpful assistant", "I asked Gemini") is the product,
    // no person: returns w when word w is one, glued to nothing before it (a mention "@Claude" stays one), with no
    // capitalized word next to it (a surname after it, "Claude Dubois"; a first name before it that does not open the
    // sentence, "Jean Claude"; "Hi Claude" is alone) and no surname before a comma ("Dubois, Claude"; "ChatGPT,
    // Claude" is a list of assistants), else -1.
    private static int AssistantNameEnd(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        if (!AssistantNames.Contains(s.WordText(text, w))
            || (w > 0 && s.TouchesNext(w - 1))
            || (w + 1 < words && ChatDisplayName.IsCapitalizedWord(s.WordText(text, w + 1)))
            || (w > 0 && ChatDisplayName.IsCapitalizedWord(s.WordText(text, w - 1)) && !WordBreaks.OpensSentence(text, s, w - 1))
            || (w > 1 && IsWord(text, s, w - 1, ",") && ChatDisplayName.IsCapitalizedWord(s.WordText(text, w - 2))
                && !AssistantNames.Contains(s.WordText(text, w - 2))))
        {
            return -1;
        }
        return w;
    }

    // Names of AI assistants that AI-service logs name all the time (ChatGPT, Copilot: technical words anyway); the
    // lower-case forms only where no person is called so ("hey siri").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AssistantNames =
        FrozenSet.ToFrozenSet(["Claude", "Gemini", "ChatGPT", "Copilot", "Siri", "Cortana", "Bard", "Grok", "siri", "cortana"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // A software name with its version glued on ("langchain/0.3.1", "Mozilla/5.0", user agents) is no entity:
    // returns w when word w is directly followed by "/" and a digit, else -1.
    private static int ClientNameEnd(ReadOnlySpan<char> text, NerScratch s, int w, int words) =>
        IsGluedByJoiner(text, s, w, words, "/") && char.IsAsciiDigit(s.WordText(text, w + 2)[0]) ? w : -1;

    // A decorator or annotation ("@app.route(", "@JsonProperty(", "@pytest.mark.slow") is code and "@example.com" a
    // mail domain, no mention: returns the last word of its dotted name when word w is its '@', else -1.
    private static int DecoratorEnd(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        if (w + 1 >= words || s.WordEnd[w] - s.Tokens[s.WordToken[w]].Start != 1)
        {
            return -1;
        }
        var (sigil, wordStart, wordEnd) = (s.Tokens[s.WordToken[w]].Start, s.Tokens[s.WordToken[w + 1]].Start, s.WordEnd[w + 1]);
        if (!SigilUnit.IsDecorator(text, sigil, wordStart, wordEnd) && !SigilUnit.IsDomain(text, sigil, wordStart, wordEnd))
        {
            return -1;
        }
        var end = w + 1;
        while (IsGluedByJoiner(text, s, end, words, "."))
        {
            end += 2;
        }
        return end;
    }

    // A scoped package or team path ("npm i @babel/core", "@types/node", "@aws-sdk/client-s3", "@acme/platform-team")
    // is code or a team, no name: returns the last word of the path when word w is its opening '@', else -1.
    private static int PackageScopeEnd(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        if (w + 1 >= words || !IsWord(text, s, w, "@") || !s.TouchesNext(w)
            || !SigilUnit.OpensWord(text, s.Tokens[s.WordToken[w]].Start))
        {
            return -1;
        }
        var end = w + 1;
        while (IsGluedByJoiner(text, s, end, words, "-"))
        {
            end += 2;
        }
        if (!IsGluedByJoiner(text, s, end, words, "/") || !char.IsLetterOrDigit(s.WordText(text, end + 2)[0]))
        {
            return -1; // "@ann/@bob" is two mentions
        }
        end += 2;
        while (IsGluedByJoiner(text, s, end, words, "-") || IsGluedByJoiner(text, s, end, words, "."))
        {
            end += 2;
        }
        return end;
    }

    // A word glued by '-' to a random-looking suffix (8+ ASCII letters and digits, both present) is an identifier's
    // prefix ("chatcmpl-6fcf3d0d..."), no entity: returns the suffix's word, else -1. Names joined by hyphens have no
    // digits ("Jean-Luc"); '_' joins words into one ("req_8Fq2x" is a single word).
    private static int IdentifierEnd(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        if (!IsGluedByJoiner(text, s, w, words, "-"))
        {
            return -1;
        }
        var suffix = s.WordText(text, w + 2);
        return suffix.Length >= 8 && !suffix.ContainsAnyExcept(AsciiLettersAndDigits) && suffix.ContainsAnyInRange('0', '9')
            && suffix.ContainsAny(AsciiLetters) ? w + 2 : -1;
    }

    // A hyphen-joined name with a version part after its first word ("claude-3-haiku-20240307", "gpt-4o-mini",
    // "Mistral-7B-Instruct", "text-embedding-3-small") is a model or package id, no entity: returns the last word of
    // the chain from word w when it has one, else -1. Hyphenated names have no such part ("Jean-Luc",
    // "Stratford-upon-Avon"), and a leading number is no version ("7-Eleven").
    private static int VersionedNameEnd(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        var end = w;
        var versioned = false;
        while (IsGluedByJoiner(text, s, end, words, "-"))
        {
            end += 2;
            versioned |= char.IsAsciiDigit(s.WordText(text, end)[0]);
        }
        return versioned ? end : -1;
    }

    // A code or config file name ("UserService.java", "config.prod.yaml", "SETUP.CFG", "Node.js") is no entity:
    // returns the extension's word when words joined by glued '.' from word w end in a known extension, else -1. An
    // extension is lower case, or upper case of 3+ letters, so an initial stays a name's ("John.H").
    private static int FileNameEnd(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        var end = w;
        while (IsGluedByJoiner(text, s, end, words, "."))
        {
            end += 2;
        }
        if (end == w)
        {
            return -1;
        }
        var ext = s.WordText(text, end);
        var lower = !ext.ContainsAnyInRange('A', 'Z');
        return (lower || (ext.Length >= 3 && !ext.ContainsAnyInRange('a', 'z'))) && FileExtensions.Contains(ext) ? end : -1;
    }

    // Extensions of source, build, config, markup, data-format and model files. Not documents, images, media,
    // archives or spreadsheets: their names often hold a person's ("Lisa_resume.doc", "scan_JohnSmith.jpg"), so the
    // model still reads them.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FileExtensions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["py", "ipynb", "js", "mjs", "cjs", "ts", "tsx", "jsx", "java", "kt", "kts", "scala", "rs", "rb", "php", "cs",
         "csproj", "sln", "fs", "vb", "cpp", "cc", "cxx", "hpp", "c", "h", "swift", "dart", "lua", "jl", "sh", "bash", "zsh",
         "ps1", "bat", "sql", "json", "jsonl", "ndjson", "yaml", "yml", "toml", "ini", "cfg", "conf", "env", "xml", "html",
         "htm", "css", "scss", "sass", "vue", "svelte", "md", "mdx", "rst", "proto", "tf", "tfvars", "gradle", "graphql",
         "gql", "dll", "exe", "dylib", "whl", "jar", "parquet", "avro", "orc", "onnx", "pt", "pth", "ckpt", "safetensors",
         "pkl", "h5", "npy", "npz", "pem", "crt"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // A class or type name in code and stack traces ("ValueError", "RequestHandler", "PaymentGateway") is no entity:
    // returns w when word w is CamelCase of two or more capitalized parts and its last part is a code role word. Names
    // with an inner capital end in a name ("McDonald", "DiCaprio"), brands in other words ("SoundCloud", "PayPal"); a
    // mention's handle is left to the mention rules ("@PaymentService").
    private static int ClassNameEnd(ReadOnlySpan<char> text, NerScratch s, int w)
    {
        var word = s.WordText(text, w);
        var start = s.Tokens[s.WordToken[w]].Start;
        if (word.Length < 6 || !char.IsAsciiLetterUpper(word[0]) || (start > 0 && text[start - 1] is SigilUnit.Mention or SigilUnit.Hashtag))
        {
            return -1;
        }
        var lastPart = 0;
        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsAsciiLetter(word[i]))
            {
                return -1;
            }
            if (char.IsAsciiLetterUpper(word[i]) && char.IsAsciiLetterLower(word[i - 1]))
            {
                lastPart = i;
            }
        }
        return lastPart > 1 && CodeRoleWords.Contains(word[lastPart..]) ? w : -1;
    }

    // Last parts of class and type names: errors, roles of a component, data-holder suffixes.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeRoleWords = FrozenSet.Create(
        StringComparer.Ordinal,
        ["Error", "Exception", "Handler", "Service", "Manager", "Controller", "Factory", "Provider", "Repository", "Gateway",
         "Adapter", "Builder", "Client", "Server", "Request", "Response", "Config", "Configuration", "Context", "Helper",
         "Util", "Utils", "Module", "Component", "Interface", "Impl", "Listener", "Processor", "Validator", "Parser",
         "Serializer", "Deserializer", "Wrapper", "Resolver", "Dispatcher", "Scheduler", "Reducer", "Props", "ViewModel",
         "Presenter", "Tests", "Spec", "Mock", "Dto", "Dao", "Entity", "Enum", "Exporter", "Importer", "Loader", "Writer",
         "Reader", "Stream", "Buffer", "Callback", "Middleware", "Endpoint", "Schema", "Pipeline", "Command", "Query"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Words w, w + 1 (exactly joiner) and w + 2 exist and touch, with no space between them: "langchain/0.3.1".
    private static bool IsGluedByJoiner(ReadOnlySpan<char> text, NerScratch s, int w, int words, string joiner) =>
        w + 2 < words && IsWord(text, s, w + 1, joiner)
        && s.TouchesNext(w) && s.TouchesNext(w + 1);

    private static bool IsWord(ReadOnlySpan<char> text, NerScratch s, int w, string word) => s.WordText(text, w).SequenceEqual(word);

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> AsciiLettersAndDigits = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
}
