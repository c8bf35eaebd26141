package dev.quicken.eval;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small class-file writer for {@link Jit}: one class, a constructor and one method, JVM
 * bytecode with labels. Class-file version 49, so the JVM's type-inferring verifier checks it
 * and no stack-map frames are needed. Branches are 16-bit: methods stay far below 32 KB (the
 * compiler keeps them under HotSpot's 8,000-byte limit).
 */
final class JitAsm {

    static final int ALOAD = 0x19, ASTORE = 0x3a, ILOAD = 0x15, ISTORE = 0x36;
    static final int ICONST_0 = 0x03, BIPUSH = 0x10, SIPUSH = 0x11, LDC_W = 0x13;
    static final int IAND = 0x7e, POP = 0x57, DUP = 0x59, ATHROW = 0xbf, ARETURN = 0xb0, RETURN = 0xb1;
    static final int IFEQ = 0x99, IFNE = 0x9a, IFLT = 0x9b, IFGE = 0x9c, IF_ICMPEQ = 0x9f, IF_ICMPNE = 0xa0;
    static final int GOTO = 0xa7, TABLESWITCH = 0xaa, LOOKUPSWITCH = 0xab;
    static final int GETFIELD = 0xb4, PUTFIELD = 0xb5, INVOKEVIRTUAL = 0xb6, INVOKESPECIAL = 0xb7, INVOKESTATIC = 0xb8;
    static final int CALOAD = 0x34;
    static final int GETSTATIC = 0xb2, IF_ACMPEQ = 0xa5, IFNULL = 0xc6;

    /** A position in the code, bound once; branches to it are patched when it is bound. */
    static final class Label {
        int pos = -1;
        /** (instruction start, patch position, wide) of branches emitted before binding. */
        final List<int[]> fixups = new ArrayList<>();
    }

    private final List<Object[]> pool = new ArrayList<>();
    private final Map<String, Integer> poolIndex = new HashMap<>();
    private final List<int[]> handlers = new ArrayList<>();
    private byte[] bytes = new byte[0];
    private int len;

    private int utf8(String s) {
        return entry("U" + s, new Object[] {1, s});
    }

    int classRef(String internalName) {
        return entry("C" + internalName, new Object[] {7, utf8(internalName)});
    }

    private int nameAndType(String name, String desc) {
        return entry("N" + name + " " + desc, new Object[] {12, utf8(name), utf8(desc)});
    }

    /**
     * A field or method reference, looked up by its four parts as they are: the compiler passes
     * constant strings (their hash codes computed once), so emitting a call builds no key string.
     * Compiling runs while the program warms up, in HotSpot's bytecode interpreter: the string keys
     * built per call were most of its time (a millisecond per function).
     */
    private static final class Member {
        final int tag;
        final String owner;
        final String name;
        final String desc;

        Member(int tag, String owner, String name, String desc) {
            this.tag = tag;
            this.owner = owner;
            this.name = name;
            this.desc = desc;
        }

        @Override
        public int hashCode() {
            return (tag * 31 + owner.hashCode()) * 31 + name.hashCode() * 7 + desc.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Member && ((Member) o).tag == tag && ((Member) o).owner.equals(owner)
                    && ((Member) o).name.equals(name) && ((Member) o).desc.equals(desc);
        }
    }

    private final Map<Member, Integer> members = new HashMap<>();
    private final Map<Integer, Integer> integers = new HashMap<>();

    private int member(int tag, String owner, String name, String desc) {
        Member k = new Member(tag, owner, name, desc);
        Integer i = members.get(k);
        if (i == null) {
            i = entry(tag + owner + "." + name + desc, new Object[] {tag, classRef(owner), nameAndType(name, desc)});
            members.put(k, i);
        }
        return i;
    }

    private int integer(int v) {
        Integer i = integers.get(v);
        if (i == null) {
            i = entry("I" + v, new Object[] {3, v});
            integers.put(v, i);
        }
        return i;
    }

    private int entry(String key, Object[] e) {
        Integer i = poolIndex.get(key);
        if (i != null) {
            return i;
        }
        pool.add(e);
        poolIndex.put(key, pool.size());
        return pool.size();
    }

    // ---- code -------------------------------------------------------------------------------

    int size() {
        return len;
    }

    private void u1(int b) {
        if (len == bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.max(256, len * 2));
        }
        bytes[len++] = (byte) b;
    }

    private void u2(int v) {
        u1(v >> 8);
        u1(v);
    }

    private void u4(int v) {
        u2(v >>> 16);
        u2(v);
    }

    private void put2(int at, int v) {
        bytes[at] = (byte) (v >> 8);
        bytes[at + 1] = (byte) v;
    }

    private void put4(int at, int v) {
        put2(at, v >>> 16);
        put2(at + 2, v);
    }

    void op(int opcode) {
        u1(opcode);
    }

    /** aload/astore/iload/istore of a local: the one-byte forms for locals 0-3. */
    void var(int opcode, int index) {
        if (index <= 3) {
            int first = opcode == ALOAD ? 0x2a : opcode == ILOAD ? 0x1a : opcode == ISTORE ? 0x3b : 0x4b;
            u1(first + index);
            return;
        }
        u1(opcode);
        u1(index);
    }

    void iconst(int v) {
        if (v >= -1 && v <= 5) {
            u1(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            u1(BIPUSH);
            u1(v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            u1(SIPUSH);
            u2(v);
        } else {
            u1(LDC_W);
            u2(integer(v));
        }
    }

    void invokestatic(String owner, String name, String desc) {
        u1(INVOKESTATIC);
        u2(member(10, owner, name, desc));
    }

    void invokevirtual(String owner, String name, String desc) {
        u1(INVOKEVIRTUAL);
        u2(member(10, owner, name, desc));
    }

    void invokespecial(String owner, String name, String desc) {
        u1(INVOKESPECIAL);
        u2(member(10, owner, name, desc));
    }

    void field(int opcode, String owner, String name, String desc) {
        u1(opcode);
        u2(member(9, owner, name, desc));
    }

    void bind(Label l) {
        l.pos = len;
        for (int[] f : l.fixups) {
            patch(f, l.pos);
        }
        l.fixups.clear();
    }

    private void patch(int[] f, int target) {
        int delta = target - f[0];
        if (f[2] != 0) {
            put4(f[1], delta);
        } else {
            if (delta < Short.MIN_VALUE || delta > Short.MAX_VALUE) {
                throw new IllegalStateException("branch too far");
            }
            put2(f[1], delta);
        }
    }

    private void ref(Label l, int start, boolean wide) {
        int[] f = {start, len, wide ? 1 : 0};
        if (wide) {
            u4(0);
        } else {
            u2(0);
        }
        if (l.pos >= 0) {
            patch(f, l.pos);
        } else {
            l.fixups.add(f);
        }
    }

    /** A branch or goto to {@code l}. */
    void jump(int opcode, Label l) {
        int start = len;
        u1(opcode);
        ref(l, start, false);
    }

    /** A lookupswitch on the int on the stack; {@code keys} ascending. */
    void lookupswitch(Label dflt, int[] keys, Label[] targets) {
        int start = len;
        u1(LOOKUPSWITCH);
        while (len % 4 != 0) {
            u1(0);
        }
        ref(dflt, start, true);
        u4(keys.length);
        for (int i = 0; i < keys.length; i++) {
            u4(keys[i]);
            ref(targets[i], start, true);
        }
    }

    /** A handler for exceptions of {@code type} thrown in [from, to). */
    void handler(Label from, Label to, Label handler, String type) {
        handlers.add(new int[] {from.pos, to.pos, handler.pos, classRef(type)});
    }

    // ---- class ------------------------------------------------------------------------------

    /**
     * The class file: {@code name} extends {@code superName} (whose no-argument constructor the
     * class's calls), with the code so far as method {@code method}{@code desc}.
     */
    byte[] toClass(String name, String superName, String method, String desc, int maxStack, int maxLocals) {
        int thisClass = classRef(name);
        int superClass = classRef(superName);
        int init = utf8("<init>");
        int voidDesc = utf8("()V");
        int superInit = member(10, superName, "<init>", "()V");
        int methodName = utf8(method);
        int methodDesc = utf8(desc);
        int codeAttr = utf8("Code");
        try {
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            DataOutputStream o = new DataOutputStream(bo);
            o.writeInt(0xCAFEBABE);
            o.writeShort(0);
            o.writeShort(49);
            o.writeShort(pool.size() + 1);
            for (Object[] e : pool) {
                int tag = (Integer) e[0];
                o.writeByte(tag);
                switch (tag) {
                    case 1 -> o.writeUTF((String) e[1]);
                    case 3 -> o.writeInt((Integer) e[1]);
                    case 7 -> o.writeShort((Integer) e[1]);
                    default -> {
                        o.writeShort((Integer) e[1]);
                        o.writeShort((Integer) e[2]);
                    }
                }
            }
            o.writeShort(0x0010 | 0x0020 | 0x1000); // final super synthetic
            o.writeShort(thisClass);
            o.writeShort(superClass);
            o.writeShort(0); // interfaces
            o.writeShort(0); // fields
            o.writeShort(2); // methods
            // <init>: aload_0, invokespecial super.<init>, return
            o.writeShort(0);
            o.writeShort(init);
            o.writeShort(voidDesc);
            o.writeShort(1);
            o.writeShort(codeAttr);
            o.writeInt(12 + 5);
            o.writeShort(1);
            o.writeShort(1);
            o.writeInt(5);
            o.writeByte(0x2a);
            o.writeByte(INVOKESPECIAL);
            o.writeShort(superInit);
            o.writeByte(RETURN);
            o.writeShort(0);
            o.writeShort(0);
            // the method
            o.writeShort(0x0001 | 0x0010);
            o.writeShort(methodName);
            o.writeShort(methodDesc);
            o.writeShort(1);
            o.writeShort(codeAttr);
            o.writeInt(12 + len + 8 * handlers.size());
            o.writeShort(maxStack);
            o.writeShort(maxLocals);
            o.writeInt(len);
            o.write(bytes, 0, len);
            o.writeShort(handlers.size());
            for (int[] h : handlers) {
                o.writeShort(h[0]);
                o.writeShort(h[1]);
                o.writeShort(h[2]);
                o.writeShort(h[3]);
            }
            o.writeShort(0); // code attributes
            o.writeShort(0); // class attributes
            o.flush();
            return bo.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
