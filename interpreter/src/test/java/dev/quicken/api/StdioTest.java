package dev.quicken.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code sys.stdin}, {@code input()} and {@code sys.stdout.buffer} over the embedder's streams. */
class StdioTest {

    private static String run(String stdin, String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Python py = new Python(out, err).setStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        py.exec(source);
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void stdinIsATextFileOverTheEmbeddersStream() {
        String src = String.join("\n",
                "import sys",
                "print(type(sys.stdin).__name__, sys.stdin.name, sys.stdin.mode, sys.stdin.fileno(), sys.stdin.encoding)",
                "print(repr(sys.stdin.readline()))",
                "print(repr(input('p> ')))",
                "print(repr(sys.stdin.read()))",
                "print(sys.stdin is sys.__stdin__)",
                "try:",
                "    input()",
                "except EOFError as e:",
                "    print('EOFError', e)",
                "");
        assertEquals("TextIOWrapper <stdin> r 0 utf-8\n'one\\n'\np> 'two'\n'three\\r\\nfour\\n'\nTrue\n"
                + "EOFError EOF when reading a line\n", run("one\ntwo\nthree\r\nfour\n", src));
    }

    @Test
    void inputReadsTheReplacedStdinAndFailsWithoutOne() {
        String src = String.join("\n",
                "import sys, io",
                "sys.stdin = io.StringIO('from a StringIO\\n')",
                "print(input())",
                "sys.stdin = None",
                "try:",
                "    input()",
                "except RuntimeError as e:",
                "    print(e)",
                "print(sys.__stdin__.readline(), end='')",
                "");
        assertEquals("from a StringIO\ninput(): lost sys.stdin\nreal\n", run("real\n", src));
    }

    @Test
    void stdoutBufferWritesBytesAfterTheTextBeforeThem() {
        String src = String.join("\n",
                "import sys",
                "print('text', end=' ')",
                "sys.stdout.buffer.write(b'bytes\\n')",
                "sys.stdout.writelines(['a', 'b\\n'])",
                "print(sys.stdout.name, sys.stdout.fileno(), sys.stdout.buffer.mode, sys.stderr.errors)",
                "");
        assertEquals("text bytes\nab\n<stdout> 1 wb backslashreplace\n", run("", src));
    }
}
