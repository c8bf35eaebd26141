package dev.quicken.agent.bootstrap;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the rare probes' bodies and the hot probes' slow paths. The build ({@code InlineMarks})
 * turns it into HotSpot's {@code jdk.internal.vm.annotation.DontInline}, honoured for classes the
 * bootstrap loader defines. Without it C2 inlines these bodies (events, reflection, locking) into
 * the interpreter's small helpers that call a probe ({@code Specialize.miss},
 * {@code Specialize.success}, ...); their compiled code then outgrows {@code InlineSmallCode}
 * and C2 stops inlining the helpers into the eval loop ("already compiled into a big method"), so
 * every miss became an out-of-line call. A call to a body that runs a few thousand times a second
 * costs nothing; the helpers stay as small as without the agent.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@interface OutOfLine {
}
