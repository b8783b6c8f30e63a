using System.Globalization;
using System.Net;
using System.Text;

namespace PiiScan.Reports;

/// <summary>Inline SVG charts for the HTML report (no scripts, no external resources).</summary>
public static class SvgChart
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A horizontal bar chart: one labelled bar per item, longest first as given.</summary>
    public static string HorizontalBars(string title, IReadOnlyList<(string Label, double Value)> items, string color = "#3b6fb6", string valueFormat = "N0")
    {
        const int width = 900;
        const int labelWidth = 330;
        const int row = 24;
        var height = Math.Max(1, items.Count) * row + 8;
        var max = items.Count == 0 ? 1 : Math.Max(items.Max(i => i.Value), 1e-9);
        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        sb.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        for (var i = 0; i < items.Count; i++)
        {
            var (label, value) = items[i];
            var y = 4 + i * row;
            var barWidth = Math.Max(1, (width - labelWidth - 90) * value / max);
            var shown = label.Length > 48 ? label[..22] + "…" + label[^24..] : label;
            sb.Append(Inv, $"<text x=\"{labelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" class=\"lbl\">{WebUtility.HtmlEncode(shown)}</text>");
            sb.Append(Inv, $"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{barWidth:F1}\" height=\"{row - 7}\" rx=\"2\" fill=\"{color}\"><title>{WebUtility.HtmlEncode(label)}: {value.ToString(valueFormat, Inv)}</title></rect>");
            sb.Append(Inv, $"<text x=\"{labelWidth + barWidth + 6:F1}\" y=\"{y + 16}\" class=\"val\">{value.ToString(valueFormat, Inv)}</text>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>A timeline: records (grey) and findings (blue) per day as vertical bars, with first/last day labels.</summary>
    public static string Timeline(IReadOnlyList<(DateOnly Day, long Records, long Findings)> days)
    {
        const int width = 900;
        const int height = 240;
        const int left = 60;
        const int bottom = 40;
        var plotW = width - left - 20;
        var plotH = height - bottom - 20;
        var max = Math.Max(1, days.Count == 0 ? 1 : days.Max(d => Math.Max(d.Records, d.Findings)));
        var slot = days.Count == 0 ? plotW : plotW / (double)days.Count;
        var bar = Math.Max(1, slot / 2 - 1);
        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        sb.Append("<title>Records and findings per day</title>");
        sb.Append(Inv, $"<line x1=\"{left}\" y1=\"{20 + plotH}\" x2=\"{left + plotW}\" y2=\"{20 + plotH}\" stroke=\"#888\"/>");
        sb.Append(Inv, $"<text x=\"{left - 6}\" y=\"26\" text-anchor=\"end\" class=\"val\">{max:N0}</text>");
        sb.Append(Inv, $"<text x=\"{left - 6}\" y=\"{20 + plotH}\" text-anchor=\"end\" class=\"val\">0</text>");
        for (var i = 0; i < days.Count; i++)
        {
            var (day, records, findings) = days[i];
            var x = left + i * slot;
            var hr = plotH * records / (double)max;
            var hf = plotH * findings / (double)max;
            var label = day.ToString("yyyy-MM-dd", Inv);
            sb.Append(Inv, $"<rect x=\"{x:F1}\" y=\"{20 + plotH - hr:F1}\" width=\"{bar:F1}\" height=\"{hr:F1}\" fill=\"#b8c2cc\"><title>{label}: {records:N0} records</title></rect>");
            sb.Append(Inv, $"<rect x=\"{x + bar:F1}\" y=\"{20 + plotH - hf:F1}\" width=\"{bar:F1}\" height=\"{hf:F1}\" fill=\"#3b6fb6\"><title>{label}: {findings:N0} findings</title></rect>");
            var every = Math.Max(1, days.Count / 8);
            if (i % every == 0 || i == days.Count - 1)
            {
                sb.Append(Inv, $"<text x=\"{x + bar:F1}\" y=\"{height - bottom + 18}\" text-anchor=\"middle\" class=\"val\">{label}</text>");
            }
        }
        sb.Append(Inv, $"<rect x=\"{width - 170}\" y=\"4\" width=\"10\" height=\"10\" fill=\"#b8c2cc\"/><text x=\"{width - 156}\" y=\"13\" class=\"val\">records</text>");
        sb.Append(Inv, $"<rect x=\"{width - 90}\" y=\"4\" width=\"10\" height=\"10\" fill=\"#3b6fb6\"/><text x=\"{width - 76}\" y=\"13\" class=\"val\">findings</text>");
        sb.Append("</svg>");
        return sb.ToString();
    }
}
