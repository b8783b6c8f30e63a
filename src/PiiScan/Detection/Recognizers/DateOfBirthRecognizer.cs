using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Dates of birth: a calendar-valid past date (<c>1990-05-12</c>, <c>12/05/1990</c>, <c>05-12-1990</c>, <c>12.05.1990</c>,
/// <c>19900512</c>, <c>12 May 1990</c>, <c>May 12, 1990</c>) reported only with birth context (<c>dob</c>,
/// <c>date_of_birth</c>, <c>born</c>, <c>birthday</c>…). ISO timestamps report only their date part.
/// </summary>
public sealed class DateOfBirthRecognizer : RecognizerBase, IDigitRunHandler
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Creates the recognizer.</summary>
    public DateOfBirthRecognizer()
        : base("DateOfBirthRecognizer", EntityTypes.DateOfBirth, new ContextProfile(["dob", "d.o.b", "date of birth", "birth date", "birthdate", "birthday", "born", "bday", "geburtsdatum", "fecha de nacimiento"]))
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results) =>
        DigitRunDispatcher.Run(this, text, context, results);

    /// <inheritdoc />
    int IDigitRunHandler.TryAt(ReadOnlySpan<char> text, int p, int runEnd, int tokenEnd, in FieldContext context, List<Detection> results)
    {
        int maxYear = DateTime.UtcNow.Year;
        int i;
        int run = runEnd - p;
        i = p + run;
        if (p > 0 && (char.IsLetterOrDigit(text[p - 1]) || text[p - 1] is '.' or '/' or '-' or ':'))
        {
            i = tokenEnd;
            return i;
        }
        if (TryParse(text, p, run, maxYear, out int start, out int end, out string pattern))
        {
            Report(results, text, context, start, end, EntityTypes.DateOfBirth, pattern, 0.5f, ContextRequirement.Required);
            i = Math.Max(i, end);
        }
        return i;
    }

    private static bool TryParse(ReadOnlySpan<char> s, int p, int run, int maxYear, out int start, out int end, out string pattern)
    {
        start = p;
        end = p + run;
        pattern = "";
        if (run == 8 && EndOk(s, end))
        {
            pattern = "yyyymmdd";
            return Valid(Num(s, p, 4), Num(s, p + 4, 2), Num(s, p + 6, 2), maxYear);
        }
        if (run == 4 && end + 1 < s.Length && s[end] is '-' or '/' or '.')
        {
            char sep = s[end];
            if (ReadPart(s, end + 1, out int month, out int e1) && e1 < s.Length && s[e1] == sep && ReadPart(s, e1 + 1, out int day, out int e2)
                && (EndOk(s, e2) || (e2 < s.Length && s[e2] is 'T' or ' ' && e2 + 1 < s.Length && TextScan.IsDigit(s[e2 + 1]))))
            {
                end = e2;
                pattern = "iso_date";
                return Valid(Num(s, p, 4), month, day, maxYear);
            }
            return false;
        }
        if (run is 1 or 2)
        {
            int first = Num(s, p, run);
            if (end + 1 < s.Length && s[end] is '-' or '/' or '.')
            {
                char sep = s[end];
                if (ReadPart(s, end + 1, out int second, out int e1) && e1 + 4 < s.Length + 0 && e1 < s.Length && s[e1] == sep)
                {
                    int yr = TextScan.RunLength(s, Math.Min(e1 + 1, s.Length - 1), TextScan.Digits);
                    if (e1 + 1 < s.Length && yr == 4 && EndOk(s, e1 + 5))
                    {
                        int year = Num(s, e1 + 1, 4);
                        end = e1 + 5;
                        pattern = "numeric_date";
                        return Valid(year, second, first, maxYear) || Valid(year, first, second, maxYear);
                    }
                }
                return false;
            }
            // "12 May 1990" or "May 12, 1990"
            int day = first;
            int q = end;
            if (q + 1 < s.Length && s[q] == ' ' && MonthAt(s, q + 1, out int month, out int me))
            {
                if (ReadYearAfter(s, me, out int year, out int ye))
                {
                    end = ye;
                    pattern = "day_month_year";
                    return Valid(year, month, day, maxYear);
                }
                return false;
            }
            int ws = p - 1;
            if (ws > 0 && s[ws] == ' ')
            {
                int wStart = ws;
                while (wStart > 0 && (TextScan.IsAsciiLetter(s[wStart - 1]) || s[wStart - 1] == '.'))
                {
                    wStart--;
                }
                if (wStart < ws && MonthAt(s, wStart, out month, out int me2) && me2 == ws)
                {
                    int d = end;
                    if (d + 1 < s.Length && (s.Slice(d).StartsWith("st") || s.Slice(d).StartsWith("nd") || s.Slice(d).StartsWith("rd") || s.Slice(d).StartsWith("th")))
                    {
                        d += 2;
                    }
                    if (d < s.Length && s[d] == ',')
                    {
                        d++;
                    }
                    if (ReadYearAfter(s, d, out int year, out int ye))
                    {
                        start = wStart;
                        end = ye;
                        pattern = "month_day_year";
                        return Valid(year, month, day, maxYear);
                    }
                }
            }
        }
        return false;
    }

    private static bool ReadYearAfter(ReadOnlySpan<char> s, int i, out int year, out int end)
    {
        year = 0;
        end = i;
        if (i < s.Length && s[i] == ',')
        {
            i++;
        }
        if (i >= s.Length || s[i] != ' ')
        {
            return false;
        }
        i++;
        if (i + 4 > s.Length || TextScan.RunLength(s, i, TextScan.Digits) != 4 || !EndOk(s, i + 4))
        {
            return false;
        }
        year = Num(s, i, 4);
        end = i + 4;
        return true;
    }

    /// <summary>Matches an English month name or abbreviation at <paramref name="i"/> (optionally followed by '.').</summary>
    private static bool MonthAt(ReadOnlySpan<char> s, int i, out int month, out int end)
    {
        month = 0;
        end = i;
        int j = i;
        while (j < s.Length && TextScan.IsAsciiLetter(s[j]))
        {
            j++;
        }
        int len = j - i;
        if (len < 3 || len > 9)
        {
            return false;
        }
        ReadOnlySpan<char> word = s[i..j];
        for (int m = 0; m < 12; m++)
        {
            if (word.StartsWith(Months[m], StringComparison.OrdinalIgnoreCase) && (len == 3 || len == 4 && m == 8 || IsFullName(word, m)))
            {
                month = m + 1;
                end = j < s.Length && s[j] == '.' ? j + 1 : j;
                return true;
            }
        }
        return false;
    }

    private static bool IsFullName(ReadOnlySpan<char> word, int m)
    {
        ReadOnlySpan<string> full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        return word.Equals(full[m], StringComparison.OrdinalIgnoreCase);
    }

    private static bool ReadPart(ReadOnlySpan<char> s, int i, out int value, out int end)
    {
        value = 0;
        end = i;
        if (i >= s.Length)
        {
            return false;
        }
        int run = TextScan.RunLength(s, i, TextScan.Digits);
        if (run is < 1 or > 2)
        {
            return false;
        }
        value = Num(s, i, run);
        end = i + run;
        return true;
    }

    private static bool EndOk(ReadOnlySpan<char> s, int end) =>
        end >= s.Length || !(char.IsLetterOrDigit(s[end]) || s[end] == '_' || ((s[end] is '.' or '-' or '/' or ':') && end + 1 < s.Length && TextScan.IsDigit(s[end + 1])));

    private static int Num(ReadOnlySpan<char> s, int i, int n)
    {
        int v = 0;
        for (int j = 0; j < n; j++)
        {
            v = (v * 10) + (s[i + j] - '0');
        }
        return v;
    }

    private static bool Valid(int year, int month, int day, int maxYear) =>
        year >= 1900 && year <= maxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
