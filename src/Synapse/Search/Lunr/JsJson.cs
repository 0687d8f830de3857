using System.Globalization;
using System.Text;

namespace Synapse.Search.Lunr;

/// <summary>Strings and numbers written exactly as JavaScript's JSON.stringify writes them.</summary>
internal static class JsJson
{
    private const string Hex = "0123456789abcdef";

    /// <summary>A quoted JSON string: only <c>"</c>, <c>\</c>, control characters and lone surrogates are escaped.</summary>
    public static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        int run = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= 0x20 && c != '"' && c != '\\' && !char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            sb.Append(s, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    sb.Append("\\u").Append(Hex[c >> 12]).Append(Hex[(c >> 8) & 15]).Append(Hex[(c >> 4) & 15]).Append(Hex[c & 15]);
                    break;
            }
        }
        sb.Append(s, run, s.Length - run).Append('"');
    }

    public static string QuoteString(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        WriteString(sb, s);
        return sb.ToString();
    }

    /// <summary>
    /// A number as JSON.stringify writes it (Number::toString: shortest round-trip digits, exponent
    /// only below 1e-6 or from 1e21; -0 as 0; NaN and infinities as null).
    /// </summary>
    public static void WriteNumber(StringBuilder sb, double x)
    {
        if (x == 0) { sb.Append('0'); return; }
        if (!double.IsFinite(x)) { sb.Append("null"); return; }
        // Fast path: a multiple of 1/1000 with at most 15 significant digits prints as that decimal,
        // because no shorter or other 15-digit decimal maps to the same double.
        double k = Math.Round(x * 1000);
        if (Math.Abs(k) < 1e15 && k / 1000 == x)
        {
            long m = (long)k;
            if (m < 0) { sb.Append('-'); m = -m; }
            sb.Append(m / 1000);
            long frac = m % 1000;
            if (frac != 0)
            {
                sb.Append('.').Append((char)('0' + frac / 100));
                if (frac % 100 != 0) sb.Append((char)('0' + frac / 10 % 10));
                if (frac % 10 != 0) sb.Append((char)('0' + frac % 10));
            }
            return;
        }
        WriteNumberSlow(sb, x);
    }

    private static void WriteNumberSlow(StringBuilder sb, double x)
    {
        if (x < 0) { sb.Append('-'); x = -x; }
        // .NET's "E16" is not shortest; "R" is shortest round-trip: reparse its digits and exponent.
        string r = x.ToString("R", CultureInfo.InvariantCulture);
        int ePos = r.IndexOfAny(['E', 'e']);
        string mantissa = ePos < 0 ? r : r[..ePos];
        int exp10 = ePos < 0 ? 0 : int.Parse(r.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int dot = mantissa.IndexOf('.');
        string digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        int intDigits = dot < 0 ? mantissa.Length : dot;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        int n = intDigits - lead + exp10; // value = 0.digits × 10^n
        AppendEcmaScriptNumber(sb, digits, n);
    }

    /// <summary>ECMAScript Number::toString(10) step 6–12, from digits s (k of them) and exponent n.</summary>
    private static void AppendEcmaScriptNumber(StringBuilder sb, string s, int n)
    {
        int k = s.Length;
        if (k <= n && n <= 21) sb.Append(s).Append('0', n - k);
        else if (0 < n && n <= 21) sb.Append(s, 0, n).Append('.').Append(s, n, k - n);
        else if (-6 < n && n <= 0) sb.Append("0.").Append('0', -n).Append(s);
        else
        {
            int e = n - 1;
            sb.Append(s[0]);
            if (k > 1) sb.Append('.').Append(s, 1, k - 1);
            sb.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e));
        }
    }
}
