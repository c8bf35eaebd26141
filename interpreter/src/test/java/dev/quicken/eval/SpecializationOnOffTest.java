package dev.quicken.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicken.api.Python;
import dev.quicken.code.Pyc;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * PEP 659 must not change behaviour: every conformance-corpus program gives the same stdout,
 * stderr and exit status with specialization on and off.
 */
class SpecializationOnOffTest {

    record Result(String out, String err, int exit) {
    }

    static Result run(String name, boolean specialize) throws Throwable {
        Object[] box = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                Path d = ProgramRunner.dir();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                Python py = new Python(out, err, name + ".pyc");
                py.interpreter().specialize = specialize;
                int status = py.runMain(Pyc.load(Files.readAllBytes(d.resolve(name + ".pyc"))), name + ".py", d);
                box[0] = new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
            } catch (Throwable e) {
                box[0] = e;
            }
        }, "onoff-" + name, 1L << 30);
        t.start();
        t.join();
        if (box[0] instanceof Throwable) {
            throw (Throwable) box[0];
        }
        return (Result) box[0];
    }

    @TestFactory
    Stream<DynamicTest> sameOutputWithAndWithoutSpecialization() throws Exception {
        return ProgramRunner.names().stream().map(n -> DynamicTest.dynamicTest(n, () -> {
            Result on = run(n, true);
            Result off = run(n, false);
            assertEquals(off.out(), on.out(), n + ": stdout");
            assertEquals(off.err(), on.err(), n + ": stderr");
            assertEquals(off.exit(), on.exit(), n + ": exit status");
        }));
    }
}
