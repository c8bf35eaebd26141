package dev.quicken.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The secondary caret range of a traceback line (CPython 3.11: Python/traceback.c
 * extract_anchors_from_line / extract_anchors_from_expr): the segment is parsed as an expression;
 * for a binary operation the operator gets {@code ^} and the operands {@code ~}; for a subscript the
 * brackets and index get {@code ^}. A small expression parser stands in for CPython's PEG parser:
 * it only needs the top node's kind and its children's column offsets.
 */
final class CaretAnchors {

    /** {left_end, right_start} within the segment, or null when there are no anchors. */
    static int[] find(String seg) {
        try {
            CaretAnchors p = new CaretAnchors(seg);
            Node n = p.expr();
            if (p.pos != p.toks.size()) {
                return null;
            }
            if (n.kind == Kind.BINOP) {
                int left = -1;
                int right = -1;
                for (int i = n.leftEnd; i < n.rightStart; i++) {
                    char c = seg.charAt(i);
                    if (c == ' ' || c == '\t' || c == '\f' || c == '\n') {
                        continue;
                    }
                    left = i;
                    right = i + 1;
                    if (i + 1 < n.rightStart && !Character.isWhitespace(seg.charAt(i + 1))) {
                        right++;
                    }
                    if (i + 1 < n.rightStart && c == ')') {
                        continue;
                    }
                    break;
                }
                return left < 0 ? null : new int[] {left, right};
            }
            if (n.kind == Kind.SUBSCRIPT) {
                int left = n.leftEnd;
                int right = n.rightStart + 1;
                int len = seg.length();
                while (left < len && seg.charAt(left) != '[') {
                    left++;
                }
                while (right < len && seg.charAt(right) != ']') {
                    right++;
                }
                if (right < len) {
                    right++;
                }
                return new int[] {left, right};
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    enum Kind {
        BINOP, SUBSCRIPT, OTHER
    }

    static final class Node {
        final Kind kind;
        final int start;
        final int end;
        /** BinOp: left.end; Subscript: value.end. */
        int leftEnd;
        /** BinOp: right.start; Subscript: slice.end. */
        int rightStart;

        Node(Kind kind, int start, int end) {
            this.kind = kind;
            this.start = start;
            this.end = end;
        }
    }

    record Tok(char type, String text, int start, int end) {
    }

    private final List<Tok> toks = new ArrayList<>();
    private int pos;

    private CaretAnchors(String s) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f') {
                i++;
                continue;
            }
            if (c == '#' || c == '\\' || c == '\n') {
                throw new IllegalArgumentException();
            }
            int st = i;
            if (Character.isLetter(c) || c == '_' || c > 127) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) > 127)) {
                    i++;
                }
                if (i < n && (s.charAt(i) == '\'' || s.charAt(i) == '"') && s.substring(st, i).matches("(?i)[rbuf]{1,2}")) {
                    i = string(s, i);
                    toks.add(new Tok('s', s.substring(st, i), st, i));
                    continue;
                }
                toks.add(new Tok('n', s.substring(st, i), st, i));
                continue;
            }
            if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '_'
                        || (s.charAt(i) == '+' || s.charAt(i) == '-') && (s.charAt(i - 1) == 'e' || s.charAt(i - 1) == 'E')
                        && !s.substring(st, i).startsWith("0x"))) {
                    i++;
                }
                toks.add(new Tok('d', s.substring(st, i), st, i));
                continue;
            }
            if (c == '\'' || c == '"') {
                i = string(s, i);
                toks.add(new Tok('s', s.substring(st, i), st, i));
                continue;
            }
            String[] ops = {"**=", "//=", ">>=", "<<=", "...", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->",
                ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="};
            String op = null;
            for (String o : ops) {
                if (s.startsWith(o, i)) {
                    op = o;
                    break;
                }
            }
            if (op == null) {
                op = String.valueOf(c);
            }
            i += op.length();
            toks.add(new Tok('o', op, st, i));
        }
    }

    private static int string(String s, int i) {
        char q = s.charAt(i);
        boolean triple = s.startsWith("" + q + q + q, i);
        int j = i + (triple ? 3 : 1);
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (triple ? s.startsWith("" + q + q + q, j) : c == q) {
                return j + (triple ? 3 : 1);
            }
            j++;
        }
        throw new IllegalArgumentException();
    }

    private Tok peek() {
        return pos < toks.size() ? toks.get(pos) : null;
    }

    private boolean isOp(String o) {
        Tok t = peek();
        return t != null && (t.type == 'o' || t.type == 'n') && t.text.equals(o);
    }

    private Tok expect(String o) {
        if (!isOp(o)) {
            throw new IllegalArgumentException();
        }
        return toks.get(pos++);
    }

    Node expr() {
        if (isOp("lambda")) {
            int st = toks.get(pos).start;
            while (peek() != null && !isOp(":")) {
                pos++;
            }
            expect(":");
            Node body = expr();
            return new Node(Kind.OTHER, st, body.end);
        }
        Node n = or();
        if (isOp("if")) {
            pos++;
            or();
            expect("else");
            Node e = expr();
            return new Node(Kind.OTHER, n.start, e.end);
        }
        return n;
    }

    private Node or() {
        Node n = and();
        while (isOp("or")) {
            pos++;
            Node r = and();
            n = new Node(Kind.OTHER, n.start, r.end);
        }
        return n;
    }

    private Node and() {
        Node n = not();
        while (isOp("and")) {
            pos++;
            Node r = not();
            n = new Node(Kind.OTHER, n.start, r.end);
        }
        return n;
    }

    private Node not() {
        if (isOp("not")) {
            int st = toks.get(pos++).start;
            Node r = not();
            return new Node(Kind.OTHER, st, r.end);
        }
        return comparison();
    }

    private static final String[] CMP = {"<", ">", "==", ">=", "<=", "!=", "in", "is"};

    private Node comparison() {
        Node n = binary(0);
        while (true) {
            boolean found = false;
            for (String c : CMP) {
                if (isOp(c)) {
                    found = true;
                }
            }
            if (isOp("not") && pos + 1 < toks.size() && toks.get(pos + 1).text.equals("in")) {
                found = true;
                pos++;
            }
            if (!found) {
                return n;
            }
            pos++;
            if (isOp("not")) {
                pos++;
            }
            Node r = binary(0);
            n = new Node(Kind.OTHER, n.start, r.end);
        }
    }

    private static final String[][] LEVELS = {{"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"},
        {"*", "/", "//", "%", "@"}};

    private Node binary(int level) {
        if (level == LEVELS.length) {
            return unary();
        }
        Node n = binary(level + 1);
        while (true) {
            Tok t = peek();
            boolean match = false;
            if (t != null && t.type == 'o') {
                for (String o : LEVELS[level]) {
                    if (t.text.equals(o)) {
                        match = true;
                    }
                }
            }
            if (!match) {
                return n;
            }
            pos++;
            Node r = binary(level + 1);
            Node b = new Node(Kind.BINOP, n.start, r.end);
            b.leftEnd = n.end;
            b.rightStart = r.start;
            n = b;
        }
    }

    private Node unary() {
        if (isOp("-") || isOp("+") || isOp("~")) {
            int st = toks.get(pos++).start;
            Node r = unary();
            return new Node(Kind.OTHER, st, r.end);
        }
        return power();
    }

    private Node power() {
        Node n = primary();
        if (isOp("**")) {
            pos++;
            Node r = unary();
            Node b = new Node(Kind.BINOP, n.start, r.end);
            b.leftEnd = n.end;
            b.rightStart = r.start;
            return b;
        }
        return n;
    }

    private Node primary() {
        if (isOp("await")) {
            int st = toks.get(pos++).start;
            Node r = primary();
            return new Node(Kind.OTHER, st, r.end);
        }
        Node n = atom();
        while (true) {
            if (isOp(".")) {
                pos++;
                Tok name = toks.get(pos++);
                if (name.type != 'n') {
                    throw new IllegalArgumentException();
                }
                n = new Node(Kind.OTHER, n.start, name.end);
            } else if (isOp("(")) {
                pos++;
                int depth = 1;
                int end = -1;
                while (depth > 0) {
                    Tok t = toks.get(pos++);
                    if (t.type == 'o' && (t.text.equals("(") || t.text.equals("[") || t.text.equals("{"))) {
                        depth++;
                    } else if (t.type == 'o' && (t.text.equals(")") || t.text.equals("]") || t.text.equals("}"))) {
                        depth--;
                        end = t.end;
                    }
                }
                n = new Node(Kind.OTHER, n.start, end);
            } else if (isOp("[")) {
                pos++;
                Node slice = sliceList();
                Tok close = expect("]");
                Node sub = new Node(Kind.SUBSCRIPT, n.start, close.end);
                sub.leftEnd = n.end;
                sub.rightStart = slice.end;
                n = sub;
            } else {
                return n;
            }
        }
    }

    private Node sliceList() {
        Node first = sliceItem();
        Node last = first;
        while (isOp(",")) {
            pos++;
            if (isOp("]")) {
                break;
            }
            last = sliceItem();
        }
        return new Node(Kind.OTHER, first.start, last.end);
    }

    private Node sliceItem() {
        int st = peek().start;
        int end = st;
        boolean any = false;
        if (!isOp(":")) {
            Node e = expr();
            end = e.end;
            any = true;
        }
        while (isOp(":")) {
            Tok c = toks.get(pos++);
            end = c.end;
            any = true;
            if (!isOp(":") && !isOp("]") && !isOp(",")) {
                end = expr().end;
            }
        }
        if (!any) {
            throw new IllegalArgumentException();
        }
        return new Node(Kind.OTHER, st, end);
    }

    private Node atom() {
        Tok t = toks.get(pos++);
        if (t.type == 'n') {
            return new Node(Kind.OTHER, t.start, t.end);
        }
        if (t.type == 'd') {
            return new Node(Kind.OTHER, t.start, t.end);
        }
        if (t.type == 's') {
            int end = t.end;
            while (peek() != null && peek().type == 's') {
                end = toks.get(pos++).end;
            }
            return new Node(Kind.OTHER, t.start, end);
        }
        if (t.text.equals("(") || t.text.equals("[") || t.text.equals("{")) {
            String close = t.text.equals("(") ? ")" : t.text.equals("[") ? "]" : "}";
            if (t.text.equals("(") && !isOp(")")) {
                int save = pos;
                try {
                    Node inner = expr();
                    if (isOp(")")) {
                        pos++;
                        // a parenthesized expression keeps the inner node (and its offsets)
                        return inner;
                    }
                } catch (RuntimeException e) {
                    // not a simple parenthesized expression
                }
                pos = save;
            }
            int depth = 1;
            int end = t.end;
            while (depth > 0) {
                Tok u = toks.get(pos++);
                if (u.type == 'o' && (u.text.equals("(") || u.text.equals("[") || u.text.equals("{"))) {
                    depth++;
                } else if (u.type == 'o' && (u.text.equals(")") || u.text.equals("]") || u.text.equals("}"))) {
                    depth--;
                    end = u.end;
                }
            }
            if (!toks.get(pos - 1).text.equals(close)) {
                throw new IllegalArgumentException();
            }
            return new Node(Kind.OTHER, t.start, end);
        }
        if (t.text.equals("...")) {
            return new Node(Kind.OTHER, t.start, t.end);
        }
        throw new IllegalArgumentException();
    }
}
