package dev.quicken.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HotSpot never JIT-compiles a method over 8000 bytes of bytecode (ANCHORS §8): the eval loop must
 * stay well under it. Reads the Code attribute lengths straight from EvalLoop.class.
 */
class EvalLoopSizeTest {

    static final int BUDGET = 6000;

    @Test
    void evalLoopIsUnderBudget() throws IOException {
        Map<String, Integer> sizes = codeSizes(EvalLoop.class);
        int run = sizes.getOrDefault("run(Ldev/quicken/eval/Interpreter;Ldev/quicken/eval/Frame;"
                + "Ldev/quicken/runtime/PyException;)Ldev/quicken/runtime/PyObject;", -1);
        assertTrue(run > 0, "EvalLoop.run(Interpreter, Frame, PyException) not found in " + sizes.keySet());
        assertTrue(run < BUDGET, "EvalLoop.run is " + run + " bytes of bytecode; budget " + BUDGET);
    }

    @Test
    void coldHelpersCanBeCompiledToo() throws IOException {
        for (Map.Entry<String, Integer> e : codeSizes(EvalSupport.class).entrySet()) {
            assertTrue(e.getValue() < 8000, "EvalSupport." + e.getKey() + " is " + e.getValue() + " bytes");
        }
    }

    /** Method name+descriptor to code length, parsed from the class file. */
    static Map<String, Integer> codeSizes(Class<?> c) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        try (InputStream raw = c.getResourceAsStream(c.getSimpleName() + ".class");
                DataInputStream in = new DataInputStream(raw)) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int n = in.readUnsignedShort();
            String[] utf8 = new String[n];
            for (int i = 1; i < n; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1:
                        utf8[i] = in.readUTF();
                        break;
                    case 3: case 4:
                        in.readInt();
                        break;
                    case 5: case 6:
                        in.readLong();
                        i++;
                        break;
                    case 7: case 8: case 16: case 19: case 20:
                        in.readUnsignedShort();
                        break;
                    case 9: case 10: case 11: case 12: case 17: case 18:
                        in.readInt();
                        break;
                    case 15:
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                        break;
                    default:
                        throw new IOException("bad constant tag " + tag);
                }
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int ifaces = in.readUnsignedShort();
            for (int i = 0; i < ifaces; i++) {
                in.readUnsignedShort();
            }
            int fields = in.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                in.readUnsignedShort();
                in.readUnsignedShort();
                in.readUnsignedShort();
                skipAttributes(in);
            }
            int methods = in.readUnsignedShort();
            for (int i = 0; i < methods; i++) {
                in.readUnsignedShort();
                String name = utf8[in.readUnsignedShort()];
                String desc = utf8[in.readUnsignedShort()];
                int attrs = in.readUnsignedShort();
                for (int a = 0; a < attrs; a++) {
                    String an = utf8[in.readUnsignedShort()];
                    int len = in.readInt();
                    if (an.equals("Code")) {
                        in.readUnsignedShort();
                        in.readUnsignedShort();
                        int codeLen = in.readInt();
                        out.put(name + desc, codeLen);
                        in.skipBytes(len - 8);
                    } else {
                        in.skipBytes(len);
                    }
                }
            }
        }
        return out;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attrs = in.readUnsignedShort();
        for (int a = 0; a < attrs; a++) {
            in.readUnsignedShort();
            in.skipBytes(in.readInt());
        }
    }
}
