package dev.quicken.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.bytebuddy.jar.asm.AnnotationVisitor;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Build step (run by {@link ProbeRewriter#main}): in the compiled classes of
 * {@code dev.quicken.agent.bootstrap}, every method marked {@code @Inline} gets HotSpot's
 * {@code jdk.internal.vm.annotation.ForceInline} instead, every method marked {@code @OutOfLine}
 * its {@code DontInline} (runtime-visible annotations the JVM reads by name; javac cannot name
 * them without exporting {@code jdk.internal.vm.annotation}, which {@code --release} forbids).
 * Idempotent: a class without the marks is left as it is.
 */
final class InlineMarks {

    static final String INLINE = "Ldev/quicken/agent/bootstrap/Inline;";
    static final String FORCE_INLINE = "Ljdk/internal/vm/annotation/ForceInline;";
    static final String OUT_OF_LINE = "Ldev/quicken/agent/bootstrap/OutOfLine;";
    static final String DONT_INLINE = "Ljdk/internal/vm/annotation/DontInline;";

    private InlineMarks() {
    }

    /** Rewrites the marked classes under {@code classes} (an output directory); returns how many methods it marked. */
    static int mark(Path classes) throws IOException {
        Path dir = classes.resolve("dev/quicken/agent/bootstrap");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
        }
        int marked = 0;
        for (Path file : files) {
            int[] count = {0};
            byte[] out = mark(Files.readAllBytes(file), count);
            if (count[0] > 0) {
                Files.write(file, out);
                marked += count[0];
            }
        }
        return marked;
    }

    /** The class file with the marks replaced by HotSpot's; {@code count[0]} counts the methods. */
    static byte[] mark(byte[] classFile, int[] count) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        if (INLINE.equals(annotation)) {
                            count[0]++;
                            return super.visitAnnotation(FORCE_INLINE, true);
                        }
                        if (OUT_OF_LINE.equals(annotation)) {
                            count[0]++;
                            return super.visitAnnotation(DONT_INLINE, true);
                        }
                        return super.visitAnnotation(annotation, visible);
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }
}
