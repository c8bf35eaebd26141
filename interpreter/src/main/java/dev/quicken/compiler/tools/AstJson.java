package dev.quicken.compiler.tools;

import dev.quicken.compiler.ast.ModNode;
import dev.quicken.compiler.ast.Node;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyEllipsis;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the AST classes from the JSON that tools/compile_oracle.py writes from python3.11's
 * {@code ast} module: a way to test the compiler back end on CPython's own trees.
 */
public final class AstJson {
    private static final Map<String, String> CLASS_NAMES = Map.of("arguments", "Arguments", "comprehension",
            "Comprehension", "keyword", "Keyword", "alias", "Alias", "withitem", "WithItem", "match_case", "MatchCase",
            "arg", "Arg", "type_ignore", "TypeIgnore");
    private static final Set<String> ATTRS = new HashSet<>(List.of("lineno", "col_offset", "end_lineno",
            "end_col_offset"));
    private static final Map<Class<?>, Constructor<?>> CTORS = new HashMap<>();

    private AstJson() {
    }

    public static ModNode module(String json) {
        return (ModNode) build(Json.parse(json), Node.class);
    }

    @SuppressWarnings("unchecked")
    private static Object build(Object v, Class<?> type) {
        if (v == null) {
            return type == int.class ? 0 : null;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> map = (Map<String, Object>) m;
            if (map.containsKey("_e")) {
                String name = (String) map.get("_e");
                for (Object c : type.getEnumConstants()) {
                    if (((Enum<?>) c).name().equals(name)) {
                        return c;
                    }
                }
                throw new IllegalArgumentException("no " + name + " in " + type);
            }
            if (map.containsKey("_k")) {
                return constant(map);
            }
            return node(map);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object x : l) {
                out.add(x == null ? null : build(x, elementType(x)));
            }
            return out;
        }
        if (v instanceof Long n) {
            return n.intValue();
        }
        return v;
    }

    private static Class<?> elementType(Object x) {
        if (x instanceof Map<?, ?> m && m.containsKey("_e")) {
            String n = (String) m.get("_e");
            try {
                for (String cls : List.of("ExprContext", "OperatorKind", "CmpOpKind", "BoolOpKind", "UnaryOpKind")) {
                    Class<?> c = Class.forName("dev.quicken.compiler.ast." + cls);
                    for (Object k : c.getEnumConstants()) {
                        if (((Enum<?>) k).name().equals(n)) {
                            return c;
                        }
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return Object.class;
    }

    private static Node node(Map<String, Object> map) {
        String t = (String) map.get("_t");
        String cls = CLASS_NAMES.getOrDefault(t, t);
        try {
            Class<?> c = Class.forName("dev.quicken.compiler.ast." + cls);
            Constructor<?> ctor = CTORS.computeIfAbsent(c, k -> k.getConstructors()[0]);
            Parameter[] ps = ctor.getParameters();
            List<String> keys = new ArrayList<>();
            for (String k : map.keySet()) {
                if (!k.equals("_t") && !ATTRS.contains(k)) {
                    keys.add(k);
                }
            }
            boolean hasAttrs = map.containsKey("lineno");
            Object[] args = new Object[ps.length];
            int nfields = keys.size();
            for (int i = 0; i < nfields; i++) {
                args[i] = build(map.get(keys.get(i)), ps[i].getType());
            }
            if (hasAttrs && ps.length >= nfields + 4) {
                args[nfields] = toInt(map.get("lineno"));
                args[nfields + 1] = toInt(map.get("col_offset"));
                args[nfields + 2] = toInt(map.get("end_lineno"));
                args[nfields + 3] = toInt(map.get("end_col_offset"));
            }
            for (int i = 0; i < ps.length; i++) {
                if (args[i] == null && ps[i].getType() == int.class) {
                    args[i] = 0;
                }
            }
            return (Node) ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + t + ": " + e, e);
        }
    }

    private static int toInt(Object o) {
        return o == null ? 0 : ((Long) o).intValue();
    }

    private static PyObject constant(Map<String, Object> m) {
        switch ((String) m.get("_k")) {
            case "None": return PyNone.NONE;
            case "Ellipsis": return PyEllipsis.ELLIPSIS;
            case "bool": return PyBool.of((Boolean) m.get("v"));
            case "int": return PyInt.of(new BigInteger((String) m.get("v")));
            case "float": return new PyFloat(bits((String) m.get("v")));
            case "complex": return new PyComplex(bits((String) m.get("r")), bits((String) m.get("i")));
            case "str": return new PyStr((String) m.get("v"));
            case "bytes": {
                String h = (String) m.get("v");
                byte[] b = new byte[h.length() / 2];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
                }
                return new PyBytes(b);
            }
            default: throw new IllegalArgumentException(String.valueOf(m));
        }
    }

    private static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }
}
