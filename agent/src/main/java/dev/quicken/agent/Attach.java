package dev.quicken.agent;

import com.sun.tools.attach.VirtualMachine;
import java.io.File;
import java.net.URISyntaxException;

/**
 * {@code java -jar quicken-agent.jar PID [options]}: loads this agent into a running JVM
 * ({@code ./quicken attach PID [options]}). The options are the {@code -javaagent} ones.
 *
 * <p>It loads {@code quicken-agent-attach.jar} from beside this jar when it is there (see
 * {@link Agent}). JDK 21+ prints a warning in the target when an agent is loaded dynamically, unless the
 * target was started with {@code -XX:+EnableDynamicAgentLoading} (JDK 17 accepts the flag too).
 */
public final class Attach {

    static final String ATTACH_JAR = "quicken-agent-attach.jar";

    private Attach() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length < 1 || args.length > 2 || !args[0].matches("\\d+")) {
            System.err.println("usage: java -jar quicken-agent.jar PID [record=FILE.jfr[,settings=default|detailed|FILE.jfc]][,counters=always]");
            return 2;
        }
        String options = args.length > 1 ? args[1] : "";
        try {
            // the target resolves relative names against its own working directory
            options = AgentOptions.parse(options).absolute();
        } catch (AgentOptions.BadOption e) {
            System.err.println(Agent.PREFIX + e.getMessage());
            return 2;
        }
        File jar;
        try {
            jar = new File(Attach.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            System.err.println(Agent.PREFIX + "cannot find the agent jar: " + e);
            return 1;
        }
        File attachJar = new File(jar.getParentFile(), ATTACH_JAR);
        if (attachJar.isFile()) {
            jar = attachJar;
        }
        try {
            VirtualMachine vm = VirtualMachine.attach(args[0]);
            try {
                vm.loadAgent(jar.getAbsolutePath(), options);
            } finally {
                vm.detach();
            }
        } catch (Exception e) {
            System.err.println(Agent.PREFIX + "cannot attach to " + args[0] + ": " + e.getMessage());
            return 1;
        }
        System.err.println(Agent.PREFIX + "attached to " + args[0]);
        return 0;
    }
}
