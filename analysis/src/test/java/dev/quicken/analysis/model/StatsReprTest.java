package dev.quicken.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsReprTest {

    static SpecializationStats pattern() {
        SpecializationStats s = new SpecializationStats();
        int f = 0;
        for (String key : Families.KEYS) {
            Counters c = s.family(key);
            for (int i = 0; i < 6; i++) {
                c.set(Counters.NAMES[i], 7L * f + i);
            }
            for (int k = 0; k < 30; k++) {
                c.failureKinds[k] = 100L * f + k;
            }
            f++;
        }
        return s;
    }

    @Test
    void reprIsWhatPython311Prints() throws Exception {
        // fixture: tools/gen_analysis_fixtures.py
        String expected = Files.readString(Path.of("src/test/resources/fixtures/stats_repr.txt")).strip();
        assertEquals(expected, pattern().toPythonRepr());
    }

    @Test
    void keysInCpythonOrder() {
        assertEquals(List.of("load_attr", "load_global", "load_method", "binary_subscr", "store_subscr",
                "store_attr", "call", "binary_op", "compare_op", "unpack_sequence", "precall"), Families.KEYS);
        assertEquals(List.copyOf(new SpecializationStats().families().keySet()), Families.KEYS);
    }

    @Test
    void jsonHasTheSameNumbers() {
        String json = pattern().toJson();
        assertEquals(11, json.lines().filter(l -> l.contains("\"failure_kinds\"")).count());
        assertEquals(true, json.contains("\"precall\": {\"success\": 70, \"failure\": 71, \"hit\": 72, "
                + "\"deferred\": 73, \"miss\": 74, \"deopt\": 75, \"failure_kinds\": [1000, 1001,"));
    }

    @Test
    void familyLookup() {
        assertEquals("load_attr", Families.keyOf("LOAD_ATTR_SLOT"));
        assertEquals("load_attr", Families.keyOf("LOAD_ATTR"));
        assertEquals("binary_op", Families.keyOf("binary_op"));
        assertEquals("precall", Families.keyOfOpcode(166));
        assertNull(Families.keyOf("FOR_ITER"));
        assertEquals(true, Families.isSpecialized("CALL_PY_EXACT_ARGS"));
        assertEquals(false, Families.isSpecialized("CALL_ADAPTIVE"));
        assertEquals(false, Families.isSpecialized("CALL"));
        assertThrows(IllegalArgumentException.class, () -> new SpecializationStats().family("for_iter"));
    }

    @Test
    void failureKindLabelsAsSummarizeStatsPrintsThem() {
        assertEquals("other", FailureKinds.label("load_attr", 0));
        assertEquals("out of versions", FailureKinds.label("call", 3));
        assertEquals("property", FailureKinds.label("load_attr", 13));
        assertEquals("read only", FailureKinds.label("store_attr", 15));
        assertEquals("instance attribute", FailureKinds.label("load_method", 22));
        assertEquals("not followed by cond jump", FailureKinds.label("compare_op", 14));
        assertEquals("kwnames", FailureKinds.label("call", 25));
        assertEquals("kwnames", FailureKinds.label("precall", 25));
        assertEquals("list slice", FailureKinds.label("binary_subscr", 10));
        assertEquals("xor", FailureKinds.label("binary_op", 27));
        assertEquals("kind 8", FailureKinds.label("load_global", 8));
        assertEquals("kind 7", FailureKinds.label("binary_op", 7));
        assertEquals("sequence", FailureKinds.label("unpack_sequence", 9));
    }

    @Test
    void lastSnapshotWinsAndSumsOverInterpreters() {
        ProfileBuilder b = new ProfileBuilder();
        Counters early = new Counters();
        early.hit = 10;
        Counters late = new Counters();
        late.hit = 25;
        late.failureKinds[3] = 2;
        b.familySnapshot(0, 1, "load_attr", 200, late);
        b.familySnapshot(0, 1, "load_attr", 100, early);
        b.familySnapshot(0, 2, "load_attr", 100, early);
        b.familySnapshot(1, 1, "load_attr", 50, early);
        Profile p = b.build();
        assertEquals(45, p.stats().family("load_attr").hit);
        assertEquals(2, p.stats().family("load_attr").failureKinds[3]);
        assertEquals(Profile.StatsSource.STATISTICS, p.statsSource());
    }

    @Test
    void occurrenceSitesWithoutFirstLineJoinTheirStatisticsSite() {
        ProfileBuilder b = new ProfileBuilder();
        CodeKey full = new CodeKey("demo.py", "Point.norm", 8);
        CodeKey partial = new CodeKey("demo.py", "Point.norm", 0);
        Counters c = new Counters();
        c.hit = 5;
        c.success = 1;
        b.siteSnapshot(0, 1, new SiteKey(full, 26), "load_attr", "LOAD_ATTR_SLOT", Positions.line(9), 10, c);
        b.specialized(new SiteKey(partial, 26), "load_attr", "LOAD_ATTR_SLOT", Positions.line(9));
        b.deoptimized(new SiteKey(partial, 26), "load_attr", "LOAD_ATTR_SLOT", "miss_counter_exhausted",
                Positions.line(9), 20);
        Profile p = b.build();
        assertEquals(1, p.sites().size());
        assertEquals(full, p.sites().get(0).key().code());
        assertEquals(5, p.sites().get(0).counters().hit);
        assertEquals(java.util.Map.of("LOAD_ATTR_SLOT", 1L), p.sites().get(0).forms());
        assertEquals(full, p.deopts().get(0).site().code());
    }

    @Test
    void activityAloneSumsThePeriods() {
        ProfileBuilder b = new ProfileBuilder();
        Counters a = new Counters();
        a.hit = 7;
        a.miss = 1;
        b.activity(0, 1, "binary_op", 100, a);
        b.activity(0, 1, "binary_op", 200, a);
        b.activity(0, 2, "binary_op", 200, a);
        b.failed(new SiteKey(new CodeKey("f.py", "f", 1), 4), "binary_op", "BINARY_OP_ADAPTIVE", 8, null,
                Positions.UNKNOWN);
        Profile p = b.build();
        assertEquals(Profile.StatsSource.ACTIVITY, p.statsSource());
        assertEquals(21, p.stats().family("binary_op").hit);
        assertEquals(3, p.stats().family("binary_op").miss);
        assertEquals(1, p.stats().family("binary_op").failureKinds[8]);
        assertEquals(2, p.activity().size());
        assertEquals(2, p.activity().get(1).delta().miss);
    }
}
