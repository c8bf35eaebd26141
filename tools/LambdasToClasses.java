import com.sun.source.tree.*;
import com.sun.source.util.*;
import javax.lang.model.element.*;
import javax.lang.model.type.*;
import javax.lang.model.util.*;
import javax.tools.*;
import java.nio.file.*;
import java.util.*;

/**
 * Rewrites chosen lambdas and method references of quicken's sources into anonymous classes, with javac's own
 * attribution (the target interface with its type arguments, the method to implement, its parameter types).
 * On JDK 17 a lambda linked at start-up costs ~0.17 ms of CPU even with a CDS archive, an anonymous class ~0.02 ms.
 * Driven by tools/lambdas_to_classes.py, which finds the lambdas a run links.
 *
 * <pre>java --add-modules jdk.compiler tools/LambdasToClasses.java SRCROOT TARGETS [REL/FILE.java ...]</pre>
 *
 * TARGETS lines: "L rel/path.java LINE" (the innermost lambda whose body holds LINE, the first line of its
 * code) or "M rel/path.java OwnerSimpleName method" (a method reference; "&lt;init&gt;" for ::new). A lambda whose
 * body uses this or super, or calls an instance method the interface would capture, is left as it is and
 * reported; an unqualified static call the interface would capture gets its class name.
 */
public class LambdasToClasses {
    record Conv(long start, long end, Tree tree, TreePath path, String text) {
        Conv(long start, long end, Tree tree, TreePath path) { this(start, end, tree, path, null); }
    }

    static Trees trees;
    static Types types;
    static Elements elements;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Set<String> lambdaLines = new HashSet<>();
        Set<String> mrefs = new HashSet<>();
        for (String l : Files.readAllLines(Path.of(args[1]))) {
            String[] p = l.split(" ");
            if (p[0].equals("L")) lambdaLines.add(p[1] + ":" + p[2]);
            else mrefs.add(p[1] + ":" + p[2] + "." + p[3]);
        }
        JavaCompiler jc = ToolProvider.getSystemJavaCompiler();
        StandardJavaFileManager fm = jc.getStandardFileManager(null, null, null);
        List<Path> all = new ArrayList<>();
        try (var s = Files.walk(root)) { s.filter(p -> p.toString().endsWith(".java")).forEach(all::add); }
        Set<String> only = new HashSet<>(Arrays.asList(args).subList(2, args.length));
        JavacTask task = (JavacTask) jc.getTask(null, fm, null, List.of("-proc:none", "-XDstringConcat=inline"), null,
                fm.getJavaFileObjectsFromPaths(all));
        Iterable<? extends CompilationUnitTree> cus = task.parse();
        task.analyze();
        trees = Trees.instance(task);
        types = task.getTypes();
        elements = task.getElements();
        for (CompilationUnitTree cu : cus) {
            String rel = root.relativize(Path.of(cu.getSourceFile().toUri())).toString();
            if (!only.isEmpty() && !only.contains(rel)) continue;
            String src = cu.getSourceFile().getCharContent(true).toString();
            LineMap lm = cu.getLineMap();
            SourcePositions sp = trees.getSourcePositions();
            List<Conv> convs = new ArrayList<>();
            List<long[]> lambdas = new ArrayList<>();
            List<TreePath> lambdaPaths = new ArrayList<>();
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitLambdaExpression(LambdaExpressionTree t, Void v) {
                    Tree body = t.getBody();
                    long bl = lm.getLineNumber(sp.getStartPosition(cu, body));
                    long el = lm.getLineNumber(sp.getEndPosition(cu, body));
                    lambdas.add(new long[] {bl, el, lambdaPaths.size()});
                    lambdaPaths.add(getCurrentPath());
                    return super.visitLambdaExpression(t, v);
                }

                @Override
                public Void visitMemberReference(MemberReferenceTree t, Void v) {
                    Element e = trees.getElement(getCurrentPath());
                    if (e != null) {
                        String owner = e.getEnclosingElement().getSimpleName().toString();
                        String name = t.getMode() == MemberReferenceTree.ReferenceMode.NEW ? "<init>" : t.getName().toString();
                        if (mrefs.contains(rel + ":" + owner + "." + name)) {
                            convs.add(new Conv(sp.getStartPosition(cu, t), sp.getEndPosition(cu, t), t, getCurrentPath()));
                        }
                    }
                    return super.visitMemberReference(t, v);
                }
            }.scan(cu, null);
            Set<Integer> chosen = new TreeSet<>();
            for (String key : lambdaLines) {
                if (!key.startsWith(rel + ":")) continue;
                long line = Long.parseLong(key.substring(rel.length() + 1));
                long best = Long.MAX_VALUE;
                for (long[] l : lambdas) if (l[0] <= line && line <= l[1]) best = Math.min(best, l[1] - l[0]);
                if (best == Long.MAX_VALUE) { System.err.println(rel + ":" + line + ": no lambda"); continue; }
                for (long[] l : lambdas) if (l[0] <= line && line <= l[1] && l[1] - l[0] == best) chosen.add((int) l[2]);
            }
            for (int i : chosen) {
                TreePath p = lambdaPaths.get(i);
                convs.add(new Conv(sp.getStartPosition(cu, p.getLeaf()), sp.getEndPosition(cu, p.getLeaf()), p.getLeaf(), p));
            }
            if (convs.isEmpty()) continue;
            convs.sort(Comparator.comparingLong(Conv::start));
            String pkg = cu.getPackageName() == null ? "" : cu.getPackageName().toString();
            Set<String> imports = new HashSet<>();
            for (ImportTree it : cu.getImports()) imports.add(it.getQualifiedIdentifier().toString());
            String topName = cu.getSourceFile().getName();
            topName = topName.substring(topName.lastIndexOf('/') + 1).replace(".java", "");
            Ctx ctx = new Ctx(src, convs, pkg, imports, topName, rel, lm, cu);
            String out = ctx.emit(0, src.length());
            if (!out.equals(src)) {
                Files.writeString(Path.of(cu.getSourceFile().toUri()), out);
                System.err.println(rel + ": " + ctx.done + " converted, " + ctx.skipped + " skipped");
            }
        }
    }

    static final class Ctx {
        final String src; final List<Conv> convs; final String pkg; final Set<String> imports; final String top;
        final String rel; final LineMap lm; final CompilationUnitTree cu;
        int done, skipped;
        final Set<Long> insertedAt = new HashSet<>();

        Ctx(String src, List<Conv> convs, String pkg, Set<String> imports, String top, String rel, LineMap lm,
                CompilationUnitTree cu) {
            this.src = src; this.convs = convs; this.pkg = pkg; this.imports = imports; this.top = top; this.rel = rel;
            this.lm = lm; this.cu = cu;
        }

        /** Source text of [from, to) with the conversions inside it applied (outermost first, recursively). */
        String emit(long from, long to) {
            return emit(from, to, null);
        }

        String emit(long from, long to, Conv exclude) {
            StringBuilder sb = new StringBuilder();
            long pos = from;
            for (Conv c : new ArrayList<>(convs)) {
                if (c == exclude || c.start < pos || c.end > to) continue;
                sb.append(src, (int) pos, (int) c.start);
                String r = c.text != null ? c.text : convert(c);
                if (r == null) {
                    skipped++;
                    sb.append(emit(c.start, c.end, c));
                } else {
                    done++;
                    sb.append(r);
                }
                pos = c.end;
            }
            sb.append(src, (int) pos, (int) to);
            return sb.toString();
        }

        String convert(Conv c) {
            TypeMirror tm = trees.getTypeMirror(c.path);
            if (!(tm instanceof DeclaredType)) return skip(c, "type " + tm);
            DeclaredType dt = (DeclaredType) tm;
            String ts = typeName(dt);
            if (ts.contains("capture#") || ts.contains("?") || ts.contains("&")) return skip(c, "type " + ts);
            TypeElement te = (TypeElement) dt.asElement();
            ExecutableElement sam = null;
            for (Element m : elements.getAllMembers(te)) {
                if (m.getKind() == ElementKind.METHOD && m.getModifiers().contains(Modifier.ABSTRACT)
                        && !m.getEnclosingElement().toString().equals("java.lang.Object")) {
                    if (isObjectMethod((ExecutableElement) m)) continue;
                    sam = (ExecutableElement) m;
                }
            }
            if (sam == null) return skip(c, "no sam");
            ExecutableType et = (ExecutableType) types.asMemberOf(dt, sam);
            Set<String> memberNames = new HashSet<>();
            for (Element m : elements.getAllMembers(te)) memberNames.add(m.getSimpleName().toString());
            String ret = typeName(et.getReturnType());
            List<String> ptypes = new ArrayList<>();
            for (TypeMirror p : et.getParameterTypes()) ptypes.add(typeName(p));
            StringBuilder thr = new StringBuilder();
            for (TypeMirror x : et.getThrownTypes()) thr.append(thr.length() == 0 ? " throws " : ", ").append(typeName(x));
            List<String> pnames = new ArrayList<>();
            String body;
            boolean isVoid = et.getReturnType().getKind() == TypeKind.VOID;
            if (c.tree instanceof LambdaExpressionTree) {
                LambdaExpressionTree lt = (LambdaExpressionTree) c.tree;
                for (VariableTree vt : lt.getParameters()) pnames.add(vt.getName().toString());
                List<Conv> inserts = new ArrayList<>();
                String hazard = hazard(new TreePath(c.path, lt.getBody()), memberNames, inserts);
                if (hazard != null) return skip(c, hazard);
                inserts.removeIf(x -> !insertedAt.add(x.start));
                if (!inserts.isEmpty()) {
                    convs.addAll(inserts);
                    convs.sort(Comparator.comparingLong(Conv::start));
                }
                SourcePositions sp = trees.getSourcePositions();
                long bs = sp.getStartPosition(cu, lt.getBody()), be = sp.getEndPosition(cu, lt.getBody());
                String inner = emit(bs, be);
                if (lt.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION) {
                    body = "{\n" + indentOf(c.start) + "        " + (isVoid ? "" : "return ") + inner + ";\n" + indentOf(c.start) + "    }";
                } else {
                    body = reindent(inner, 4);
                }
            } else {
                MemberReferenceTree mt = (MemberReferenceTree) c.tree;
                ExecutableElement target = (ExecutableElement) trees.getElement(c.path);
                for (int i = 0; i < ptypes.size(); i++) pnames.add(ptypes.size() == 1 ? "x" : "x" + i);
                String call;
                boolean isStatic = target.getModifiers().contains(Modifier.STATIC);
                String q = src.substring((int) trees.getSourcePositions().getStartPosition(cu, mt.getQualifierExpression()),
                        (int) trees.getSourcePositions().getEndPosition(cu, mt.getQualifierExpression()));
                if (mt.getMode() == MemberReferenceTree.ReferenceMode.NEW) {
                    call = "new " + q + "(" + String.join(", ", pnames) + ")";
                } else if (isStatic) {
                    call = q + "." + mt.getName() + "(" + String.join(", ", pnames) + ")";
                } else {
                    // unbound receiver only when the qualifier names a type
                    Element qe = trees.getElement(new TreePath(c.path, mt.getQualifierExpression()));
                    if (qe != null && (qe.getKind() == ElementKind.LOCAL_VARIABLE || qe.getKind() == ElementKind.PARAMETER)) {
                        call = q + "." + mt.getName() + "(" + String.join(", ", pnames) + ")";
                    } else if (qe == null || !(qe.getKind().isClass() || qe.getKind().isInterface())) {
                        return skip(c, "bound mref");
                    } else
                    call = pnames.get(0) + "." + mt.getName() + "(" + String.join(", ", pnames.subList(1, pnames.size())) + ")";
                }
                if (target.isVarArgs()) return skip(c, "varargs mref");
                body = "{\n" + indentOf(c.start) + "        " + (isVoid ? "" : "return ") + call + ";\n" + indentOf(c.start) + "    }";
            }
            StringBuilder params = new StringBuilder();
            for (int i = 0; i < ptypes.size(); i++) {
                if (i > 0) params.append(", ");
                params.append(ptypes.get(i)).append(' ').append(pnames.get(i));
            }
            String ind = indentOf(c.start);
            return "new " + ts + "() {\n" + ind + "    @Override\n" + ind + "    public " + ret + " " + sam.getSimpleName() + "("
                    + params + ")" + thr + " " + body + "\n" + ind + "}";
        }

        String skip(Conv c, String why) {
            System.err.println(rel + ":" + lm.getLineNumber(c.start) + ": skipped (" + why + ")");
            return null;
        }

        boolean isObjectMethod(ExecutableElement m) {
            String n = m.getSimpleName().toString();
            return (n.equals("equals") && m.getParameters().size() == 1) || (n.equals("hashCode") || n.equals("toString"))
                    && m.getParameters().isEmpty();
        }

        /** Why the body cannot move into an anonymous class: this/super, or a name the interface would capture. */
        String hazard(TreePath bodyPath, Set<String> memberNames, List<Conv> inserts) {
            Set<String> objNames = Set.of("toString", "hashCode", "equals", "getClass", "notify", "notifyAll", "wait",
                    "clone", "finalize");
            String[] bad = {null};
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitIdentifier(IdentifierTree t, Void v) {
                    String n = t.getName().toString();
                    if (n.equals("this") || n.equals("super")) bad[0] = "uses " + n;
                    return null;
                }

                @Override
                public Void visitMethodInvocation(MethodInvocationTree t, Void v) {
                    if (t.getMethodSelect() instanceof IdentifierTree) {
                        String n = ((IdentifierTree) t.getMethodSelect()).getName().toString();
                        if (memberNames.contains(n) || objNames.contains(n)) {
                            Element e = trees.getElement(getCurrentPath());
                            if (e != null && e.getModifiers().contains(Modifier.STATIC)) {
                                long p = trees.getSourcePositions().getStartPosition(cu, t.getMethodSelect());
                                inserts.add(new Conv(p, p, null, null, simpleName((TypeElement) e.getEnclosingElement()) + "."));
                            } else {
                                bad[0] = "calls " + n;
                            }
                        }
                    }
                    return super.visitMethodInvocation(t, v);
                }
            }.scan(bodyPath, null);
            return bad[0];
        }

        String indentOf(long pos) {
            int ls = src.lastIndexOf('\n', (int) pos - 1) + 1;
            int i = ls;
            while (i < src.length() && src.charAt(i) == ' ') i++;
            return src.substring(ls, i);
        }

        String reindent(String block, int n) {
            // a block body keeps its lines; every line after the first moves right by n spaces
            String pad = " ".repeat(n);
            return block.replace("\n", "\n" + pad);
        }

        String typeName(TypeMirror t) {
            if (t.getKind().isPrimitive() || t.getKind() == TypeKind.VOID) return t.toString();
            if (t instanceof ArrayType) return typeName(((ArrayType) t).getComponentType()) + "[]";
            if (t instanceof DeclaredType) {
                DeclaredType d = (DeclaredType) t;
                TypeElement e = (TypeElement) d.asElement();
                String s = simpleName(e);
                if (!d.getTypeArguments().isEmpty()) {
                    StringJoiner j = new StringJoiner(", ", "<", ">");
                    for (TypeMirror a : d.getTypeArguments()) j.add(typeName(a));
                    s += j;
                }
                return s;
            }
            return t.toString();
        }

        String simpleName(TypeElement e) {
            // nesting chain up to the top-level type
            Deque<String> chain = new ArrayDeque<>();
            Element x = e;
            while (x instanceof TypeElement) {
                chain.addFirst(x.getSimpleName().toString());
                x = x.getEnclosingElement();
            }
            String topQ = ((PackageElement) x).getQualifiedName() + "." + chain.getFirst();
            String pk = ((PackageElement) x).getQualifiedName().toString();
            if (chain.getFirst().equals(top) && pk.equals(pkg)) {
                chain.removeFirst();
                return String.join(".", chain);
            }
            if (pk.equals(pkg) || pk.equals("java.lang") || imports.contains(topQ)) return String.join(".", chain);
            if (imports.contains(pk + ".*")) return String.join(".", chain);
            return pk + "." + String.join(".", chain);
        }
    }
}
