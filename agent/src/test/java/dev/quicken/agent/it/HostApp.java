package dev.quicken.agent.it;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;

/**
 * A host application that keeps the interpreter to itself: it loads the interpreter and the driver
 * in a {@link URLClassLoader} whose parent is the platform loader, so nothing of them is visible to
 * the application class loader that loaded the agent. Arguments: {@code INTERPRETER_CLASSPATH
 * DRIVER_CLASSPATH} then {@link ProbeDriver}'s.
 */
public final class HostApp {

    private HostApp() {
    }

    public static void main(String[] args) throws Exception {
        URL[] urls = {Paths.get(args[0]).toUri().toURL(), Paths.get(args[1]).toUri().toURL()};
        try (URLClassLoader isolated = new URLClassLoader("interpreter", urls, ClassLoader.getPlatformClassLoader())) {
            Class<?> driver = Class.forName("dev.quicken.agent.it.ProbeDriver", true, isolated);
            if (driver.getClassLoader() != isolated) {
                throw new IllegalStateException("driver not isolated");
            }
            String[] rest = new String[args.length - 2];
            System.arraycopy(args, 2, rest, 0, rest.length);
            driver.getMethod("main", String[].class).invoke(null, (Object) rest);
        }
    }
}
