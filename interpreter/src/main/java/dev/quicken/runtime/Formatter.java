package dev.quicken.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * {@code format(value, spec)} for int, float and str (the format-spec mini-language).
 */
public final class Formatter {

    private Formatter() {
    }

    static final class Spec {
        char fill = ' ';
        char align = 0;
        char sign = 0;
        boolean alt;
        boolean zero;
        int width = -1;
        char grouping = 0;
        int precision = -1;
        char type = 0;
    }

    static Spec parse(String s) {
        Spec sp = new Spec();
        int i = 0;
        int n = s.length();
        if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
            sp.fill = s.charAt(0);
            sp.align = s.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            sp.align = s.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
            sp.sign = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == '#') {
            sp.alt = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            sp.zero = true;
            i++;
        }
        int j = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > j) {
            sp.width = Integer.parseInt(s.substring(j, i));
        }
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            sp.grouping = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            j = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == j) {
                throw Exc.valueError("Format specifier missing precision");
            }
            sp.precision = Integer.parseInt(s.substring(j, i));
        }
        if (i < n) {
            sp.type = s.charAt(i++);
        }
        if (i < n) {
            throw Exc.valueError("Invalid format specifier");
        }
        return sp;
    }

    /** {@code format(value, spec)} for the core types (the values slice's {@link FormatSpec}). */
    public static String format(PyObject v, String spec) {
        // CPython 3.11: Python/formatter_unicode.c format_obj (an empty spec formats a subclass as str(obj))
        if (spec.isEmpty() && v.type() != PyInt.TYPE && v.type() != PyFloat.TYPE && v.type() != PyStr.TYPE
                && v.type() != PyComplex.TYPE) {
            return ((PyStr) Abstract.strObj(v)).value;
        }
        try {
            if (v instanceof PyStr && v.type() != PyStr.TYPE) {
                v = new PyStr(((PyStr) v).value);
            }
            return FormatSpec.format(v, spec);
        } catch (PyTypedError e) {
            throw Exc.fromTyped(e);
        }
    }

    static String formatStr(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        Spec sp = parse(spec);
        if (sp.type != 0 && sp.type != 's') {
            throw Exc.valueError("Unknown format code '" + sp.type + "' for object of type 'str'");
        }
        if (sp.sign != 0) {
            throw Exc.valueError("Sign not allowed in string format specifier");
        }
        if (sp.precision >= 0 && StrOps.len(s) > sp.precision) {
            s = s.substring(0, sp.precision);
        }
        return align(s, sp, '<');
    }

    static String align(String body, Spec sp, char defAlign) {
        int len = StrOps.len(body);
        if (sp.width <= len) {
            return body;
        }
        char a = sp.align == 0 ? defAlign : sp.align;
        int pad = sp.width - len;
        String f = String.valueOf(sp.fill);
        switch (a) {
            case '<':
                return body + f.repeat(pad);
            case '^':
                return f.repeat(pad / 2) + body + f.repeat(pad - pad / 2);
            default:
                return f.repeat(pad) + body;
        }
    }

    static String group(String digits, char sep, int every) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    static String finish(boolean neg, String prefix, String digits, Spec sp, char defAlign) {
        String sign = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        if (sp.zero && sp.align == 0) {
            sp.fill = '0';
            sp.align = '=';
        }
        if (sp.align == '=') {
            int pad = sp.width - sign.length() - prefix.length() - digits.length();
            if (pad > 0) {
                if (sp.fill == '0' && sp.grouping != 0) {
                    // zero padding participates in grouping
                    String raw = digits.replace(String.valueOf(sp.grouping), "");
                    int intLen = raw.indexOf('.') >= 0 ? raw.indexOf('.') : raw.length();
                    String intPart = raw.substring(0, intLen);
                    String rest = raw.substring(intLen);
                    int target = sp.width - sign.length() - prefix.length() - rest.length();
                    while (group(intPart, sp.grouping, 3).length() < target) {
                        intPart = "0" + intPart;
                    }
                    return sign + prefix + group(intPart, sp.grouping, 3) + rest;
                }
                return sign + prefix + String.valueOf(sp.fill).repeat(pad) + digits;
            }
            return sign + prefix + digits;
        }
        return align(sign + prefix + digits, sp, defAlign);
    }

    static String formatInt(BigInteger v, Spec sp) {
        boolean neg = v.signum() < 0;
        BigInteger a = v.abs();
        String digits;
        String prefix = "";
        switch (sp.type) {
            case 'b':
                digits = a.toString(2);
                prefix = sp.alt ? "0b" : "";
                break;
            case 'o':
                digits = a.toString(8);
                prefix = sp.alt ? "0o" : "";
                break;
            case 'x':
                digits = a.toString(16);
                prefix = sp.alt ? "0x" : "";
                break;
            case 'X':
                digits = a.toString(16).toUpperCase();
                prefix = sp.alt ? "0X" : "";
                break;
            case 'c':
                return align(new String(Character.toChars(v.intValue())), sp, '<');
            case 0:
            case 'd':
            case 'n':
                digits = a.toString();
                break;
            default:
                throw Exc.valueError("Unknown format code '" + sp.type + "' for object of type 'int'");
        }
        if (sp.precision >= 0) {
            throw Exc.valueError("Precision not allowed in integer format specifier");
        }
        if (sp.grouping != 0) {
            digits = group(digits, sp.grouping, sp.type == 0 || sp.type == 'd' ? 3 : 4);
        }
        return finish(neg, prefix, digits, sp, '>');
    }

    static String formatFloat(double v, Spec sp) {
        boolean neg = v < 0 || (v == 0 && 1 / v < 0);
        double a = Math.abs(v);
        char t = sp.type;
        int prec = sp.precision;
        String body;
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            body = Double.isNaN(v) ? "nan" : "inf";
            if (t == 'E' || t == 'F' || t == 'G') {
                body = body.toUpperCase();
            }
            neg = v < 0;
            if (t == '%' && !Double.isNaN(v)) {
                body = body + "%";
            }
            Spec s2 = sp;
            s2.zero = false;
            return finish(neg, "", body, s2, '>');
        }
        switch (t) {
            case 'f':
            case 'F':
                body = new BigDecimal(a).setScale(prec < 0 ? 6 : prec, RoundingMode.HALF_EVEN).toPlainString();
                if (sp.alt && prec == 0) {
                    body += ".";
                }
                break;
            case '%':
                body = new BigDecimal(a).multiply(BigDecimal.valueOf(100))
                        .setScale(prec < 0 ? 6 : prec, RoundingMode.HALF_EVEN).toPlainString() + "%";
                break;
            case 'e':
            case 'E':
                body = sci(a, prec < 0 ? 6 : prec, sp.alt);
                if (t == 'E') {
                    body = body.toUpperCase();
                }
                break;
            case 'g':
            case 'G':
            case 'n':
                body = general(a, prec < 0 ? 6 : prec == 0 ? 1 : prec, sp.alt);
                if (t == 'G') {
                    body = body.toUpperCase();
                }
                break;
            case 0:
                if (prec < 0) {
                    body = FloatOps.repr(a);
                } else {
                    body = general(a, prec == 0 ? 1 : prec, sp.alt);
                    if (body.indexOf('.') < 0 && body.indexOf('e') < 0 && body.indexOf("inf") < 0) {
                        body += ".0";
                    }
                }
                break;
            default:
                throw Exc.valueError("Unknown format code '" + t + "' for object of type 'float'");
        }
        if (sp.grouping != 0) {
            int dot = body.indexOf('.');
            int e = body.indexOf('e');
            int end = dot >= 0 ? dot : e >= 0 ? e : body.endsWith("%") ? body.length() - 1 : body.length();
            body = group(body.substring(0, end), sp.grouping, 3) + body.substring(end);
        }
        return finish(neg, "", body, sp, '>');
    }

    static String sci(double a, int prec, boolean alt) {
        if (a == 0) {
            return "0" + (prec > 0 ? "." + "0".repeat(prec) : alt ? "." : "") + "e+00";
        }
        BigDecimal bd = new BigDecimal(a);
        BigDecimal r = bd.round(new java.math.MathContext(prec + 1, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        int exp = digits.length() - 1 - r.scale();
        while (digits.length() < prec + 1) {
            digits += "0";
        }
        digits = digits.substring(0, prec + 1);
        String mant = digits.charAt(0) + (prec > 0 ? "." + digits.substring(1) : alt ? "." : "");
        return mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    static String general(double a, int prec, boolean alt) {
        if (a == 0) {
            return alt ? "0." + "0".repeat(prec - 1) : "0";
        }
        BigDecimal r = new BigDecimal(a).round(new java.math.MathContext(prec, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        int exp = digits.length() - 1 - r.scale();
        if (exp >= -4 && exp < prec) {
            String s = r.setScale(Math.max(0, prec - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
            if (!alt && s.indexOf('.') >= 0) {
                s = s.replaceAll("0+$", "");
                if (s.endsWith(".")) {
                    s = s.substring(0, s.length() - 1);
                }
            }
            return s;
        }
        String s = sci(a, prec - 1, alt);
        if (!alt) {
            int e = s.indexOf('e');
            String m = s.substring(0, e);
            if (m.indexOf('.') >= 0) {
                m = m.replaceAll("0+$", "");
                if (m.endsWith(".")) {
                    m = m.substring(0, m.length() - 1);
                }
            }
            s = m + s.substring(e);
        }
        return s;
    }
}
