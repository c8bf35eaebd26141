package dev.quicken.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentOptionsTest {

    @Test
    void noOptionsOnlyInstrument() throws Exception {
        assertNull(AgentOptions.parse(null).record);
        assertNull(AgentOptions.parse("").record);
        assertEquals("", AgentOptions.parse("").absolute());
    }

    @Test
    void recordAndSettings() throws Exception {
        AgentOptions o = AgentOptions.parse("record=out/x.jfr,settings=detailed");
        assertEquals(Paths.get("out/x.jfr"), o.record);
        assertEquals("detailed", o.settings);
        assertEquals("default", AgentOptions.parse("record=x.jfr").settings);
        assertTrue(o.absolute().startsWith("record=" + Paths.get("out/x.jfr").toAbsolutePath()));
        assertTrue(o.absolute().endsWith(",settings=detailed"));
    }

    @Test
    void countersAlwaysOrWhileRecording() throws Exception {
        assertTrue(!AgentOptions.parse("").countAlways);
        assertTrue(!AgentOptions.parse("counters=recording").countAlways);
        AgentOptions always = AgentOptions.parse("counters=always");
        assertTrue(always.countAlways);
        assertNull(always.record);
        assertEquals("counters=always", always.absolute());
        assertTrue(AgentOptions.parse("record=x.jfr,counters=always").absolute().endsWith(",settings=default,counters=always"));
    }

    @Test
    void settingsFile(@TempDir Path dir) throws Exception {
        Path jfc = Files.writeString(dir.resolve("my.jfc"), "<configuration version=\"2.0\"/>");
        assertEquals(jfc.toString(), AgentOptions.parse("record=x.jfr,settings=" + jfc).settings);
    }

    @Test
    void badOptionsSayWhatIsWrongInOneLine() {
        assertMessage("unknown option 'recrod'", "recrod=x.jfr");
        assertMessage("option record= needs a value", "record=");
        assertMessage("settings=detailed needs record=FILE.jfr", "settings=detailed");
        assertMessage("settings file nope.jfc not found", "record=x.jfr,settings=nope.jfc");
        assertMessage("record= given twice", "record=a.jfr,record=b.jfr");
        assertMessage("counters=sometimes is neither always nor recording", "counters=sometimes");
        assertMessage("counters= given twice", "counters=always,counters=always");
    }

    private static void assertMessage(String start, String options) {
        AgentOptions.BadOption e = assertThrows(AgentOptions.BadOption.class, () -> AgentOptions.parse(options));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
}
