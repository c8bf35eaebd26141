package dev.quicken.agent.bootstrap;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the hot probes' fast paths. The build ({@code InlineMarks}, run by {@code ProbeRewriter})
 * turns it into HotSpot's {@code jdk.internal.vm.annotation.ForceInline} in the class file, which
 * the JVM honours for classes the bootstrap loader defines (this package is on the bootstrap path
 * under {@code -javaagent}). A force-inlined method counts as one bytecode against C2's inlining
 * budget of the method it lands in ({@code DesiredMethodLimit}, 8,000 bytecodes): the eval loop,
 * which inlines about a hundred probe calls, would otherwise spend that budget on the probes and
 * stop inlining its own helpers. Elsewhere (the attach jar on the class path) it means nothing.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@interface Inline {
}
