package dev.quicken.analysis.load;

import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmc.common.item.IAccessorKey;
import org.openjdk.jmc.common.item.IItem;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.IItemIterable;
import org.openjdk.jmc.common.item.IMemberAccessor;
import org.openjdk.jmc.common.item.IType;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.common.util.LabeledIdentifier;
import org.openjdk.jmc.flightrecorder.JfrAttributes;

/**
 * Feeds the quicken events of a JMC core {@link IItemCollection} to an {@link EventMapper}.
 *
 * <p>Fields are found by identifier among the type's accessor keys, whatever content type JMC
 * gave them: a Java {@code long} is a {@code RAW_NUMBER} ({@link Number}), an {@code int} a
 * {@code NUMBER} ({@link IQuantity}). Asking for an attribute with the wrong content type would
 * silently give null, so this reader never does.
 */
public final class JmcReader {

    private JmcReader() {
    }

    /** Feeds every quicken event of {@code items}; returns how many. */
    public static long read(IItemCollection items, int recording, EventMapper mapper) {
        long n = 0;
        for (IItemIterable iterable : items) {
            IType<IItem> type = iterable.getType();
            String name = type.getIdentifier();
            if (name.equals(Schema.ACTIVE_SETTING)) {
                Adapter a = new Adapter(name, type);
                for (IItem item : iterable) {
                    a.item = item;
                    mapper.activeSetting(a);
                }
                continue;
            }
            if (Schema.kindOf(name) == null) {
                continue;
            }
            Adapter a = new Adapter(name, type);
            for (IItem item : iterable) {
                a.item = item;
                if (mapper.accept(recording, a)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Which JVM run {@code items} come from ({@code jdk.JVMInformation}: pid and start time), or null. */
    public static String run(IItemCollection items) {
        for (IItemIterable iterable : items) {
            IType<IItem> type = iterable.getType();
            if (!type.getIdentifier().equals("jdk.JVMInformation")) {
                continue;
            }
            Adapter a = new Adapter(type.getIdentifier(), type);
            IMemberAccessor<?, IItem> start = a.accessors.get("jvmStartTime");
            for (IItem item : iterable) {
                a.item = item;
                Object t = start == null ? null : start.getMember(item);
                if (a.has("pid") && t instanceof IQuantity q) {
                    return StreamingReader.run(a.getLong("pid"), q.clampedLongValueIn(UnitLookup.EPOCH_MS));
                }
            }
        }
        return null;
    }

    private static final class Adapter implements EventRecord {
        private final String type;
        private final Map<String, IMemberAccessor<?, IItem>> accessors = new HashMap<>();
        private final IMemberAccessor<IQuantity, IItem> start;
        IItem item;

        Adapter(String type, IType<IItem> itemType) {
            this.type = type;
            for (IAccessorKey<?> key : itemType.getAccessorKeys().keySet()) {
                IMemberAccessor<?, IItem> acc = itemType.getAccessor(key);
                if (acc != null) {
                    accessors.put(key.getIdentifier(), acc);
                }
            }
            this.start = JfrAttributes.START_TIME.getAccessor(itemType);
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public long startNanos() {
            if (start == null) {
                return 0;
            }
            IQuantity q = start.getMember(item);
            return q == null ? 0 : q.clampedLongValueIn(UnitLookup.EPOCH_NS);
        }

        @Override
        public boolean has(String field) {
            return accessors.containsKey(field);
        }

        @Override
        public boolean isNumber(String field) {
            IMemberAccessor<?, IItem> acc = accessors.get(field);
            Object v = acc == null ? null : acc.getMember(item);
            return v instanceof IQuantity || v instanceof Number;
        }

        @Override
        public long getLong(String field) {
            IMemberAccessor<?, IItem> acc = accessors.get(field);
            Object v = acc == null ? null : acc.getMember(item);
            if (v instanceof IQuantity q) {
                return q.longValue();
            }
            if (v instanceof Number n) {
                return n.longValue();
            }
            if (v instanceof Boolean b) {
                return b ? 1 : 0;
            }
            return 0;
        }

        @Override
        public String getString(String field) {
            IMemberAccessor<?, IItem> acc = accessors.get(field);
            Object v = acc == null ? null : acc.getMember(item);
            if (v instanceof LabeledIdentifier id) {
                return id.getInterfaceId(); // an event type: its name, not its label
            }
            return v == null ? null : v.toString();
        }
    }
}
