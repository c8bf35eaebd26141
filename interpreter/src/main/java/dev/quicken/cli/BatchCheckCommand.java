package dev.quicken.cli;

import dev.quicken.code.CodeObject;
import dev.quicken.code.Dis;
import dev.quicken.code.Pyc;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Hidden tooling command used by {@code tools/compare_lib.py}: in one JVM, for each {@code .pyc}
 * named in a list file (one path a line), loads it, writes it back to {@code OUT/N.pyc} and its
 * disassembly to {@code OUT/N.dis}. Prints one status line per file: {@code N OK} or
 * {@code N FAIL message}.
 */
final class BatchCheckCommand implements Command {

    @Override
    public String name() {
        return "batch-check";
    }

    @Override
    public String usage() {
        return "LISTFILE OUTDIR";
    }

    @Override
    public String summary() {
        return "load, write back and disassemble many .pyc files (tooling)";
    }

    @Override
    public boolean hidden() {
        return true;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageError {
        if (args.size() != 2) {
            throw new UsageError("needs LISTFILE and OUTDIR");
        }
        List<String> files;
        Path outDir = Paths.get(args.get(1));
        try {
            files = Files.readAllLines(Paths.get(args.get(0)), StandardCharsets.UTF_8);
            Files.createDirectories(outDir);
        } catch (IOException e) {
            err.println("quicken: " + e);
            return 1;
        }
        for (int n = 0; n < files.size(); n++) {
            String status;
            try {
                byte[] data = Files.readAllBytes(Paths.get(files.get(n)));
                CodeObject code = Pyc.load(data);
                Files.write(outDir.resolve(n + ".pyc"), Pyc.write(code, 0, 0));
                String text;
                try {
                    text = Dis.dis(code);
                } catch (RuntimeException e) {
                    text = "quicken: dis failed: " + e + "\n";
                }
                Files.writeString(outDir.resolve(n + ".dis"), text, StandardCharsets.UTF_8);
                status = "OK";
            } catch (Exception | StackOverflowError e) {
                status = "FAIL " + e.toString().replace('\n', ' ');
            }
            out.println(n + " " + status);
        }
        out.flush();
        return 0;
    }
}
