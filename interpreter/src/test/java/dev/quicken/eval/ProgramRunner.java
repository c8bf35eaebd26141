package dev.quicken.eval;

import dev.quicken.api.Python;
import dev.quicken.code.Pyc;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs corpus programs (python3.11-compiled .pyc) the way {@code quicken run} does. */
final class ProgramRunner {

    private ProgramRunner() {
    }

    /** Stdout, stderr and exit status of one run. */
    record Result(String out, String err, int exit) {
    }

    static Path dir() {
        try {
            return Path.of(ProgramRunner.class.getResource("/programs").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> names() throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir())) {
            s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(p -> {
                String n = p.getFileName().toString();
                out.add(n.substring(0, n.length() - 3));
            });
        }
        return out;
    }

    static Result expected(String name) throws Exception {
        Path d = dir();
        return new Result(Files.readString(d.resolve(name + ".out")), Files.readString(d.resolve(name + ".err")),
                Integer.parseInt(Files.readString(d.resolve(name + ".exit")).strip()));
    }

    /** What python3.11 prints running {@code name} from source (NAME.src.* where that differs from the .pyc run). */
    static Result expectedFromSource(String name) throws Exception {
        Path d = dir();
        if (!Files.exists(d.resolve(name + ".src.out"))) {
            return expected(name);
        }
        return new Result(Files.readString(d.resolve(name + ".src.out")),
                Files.readString(d.resolve(name + ".src.err")),
                Integer.parseInt(Files.readString(d.resolve(name + ".src.exit")).strip()));
    }

    /** Runs {@code name} on the calling thread. */
    static Result run(String name) throws Exception {
        Path d = dir();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Python py = new Python(out, err, name + ".pyc");
        int status = py.runMain(Pyc.load(Files.readAllBytes(d.resolve(name + ".pyc"))), name + ".py", d);
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    /** Runs {@code name} from its source, compiled by quicken's own compiler, on the calling thread. */
    static Result runFromSource(String name) throws Exception {
        Path d = dir();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Python py = new Python(out, err, name + ".py");
        dev.quicken.code.CodeObject code = dev.quicken.compiler.Compiler.compile(
                Files.readAllBytes(d.resolve(name + ".py")), name + ".py");
        int status = py.runMain(code, name + ".py", d);
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    /** Runs {@code name} on a fresh thread with a large stack (as the CLI does). */
    static Result runOnBigStack(String name) throws Throwable {
        return onBigStack(name, false);
    }

    /** As {@link #runOnBigStack}, from source through quicken's compiler. */
    static Result runFromSourceOnBigStack(String name) throws Throwable {
        return onBigStack(name, true);
    }

    private static Result onBigStack(String name, boolean fromSource) throws Throwable {
        Object[] box = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                box[0] = fromSource ? runFromSource(name) : run(name);
            } catch (Throwable e) {
                box[0] = e;
            }
        }, "program-" + name, 1L << 30);
        t.start();
        t.join();
        if (box[0] instanceof Throwable) {
            throw (Throwable) box[0];
        }
        return (Result) box[0];
    }
}
