package dev.quicken.agent;

import dev.quicken.agent.bootstrap.Statistics;
import jdk.jfr.FlightRecorder;
import jdk.jfr.FlightRecorderListener;
import jdk.jfr.Recording;

/**
 * Registers the periodic statistics events when Flight Recorder initializes, whoever starts it
 * (this agent, {@code -XX:StartFlightRecording}, {@code jcmd JFR.start}), and not before: an agent
 * without a recording does not start Flight Recorder. Tells {@link HotCounting} when a recording
 * starts or stops (Flight Recorder calls this outside its own lock, after the recording's settings
 * took effect, and on stop after the last chunk, with its statistics, was written).
 */
final class RecorderHooks {

    private RecorderHooks() {
    }

    static void install() {
        FlightRecorder.addListener(new FlightRecorderListener() {
            @Override
            public void recorderInitialized(FlightRecorder recorder) {
                Statistics.register();
            }

            @Override
            public void recordingStateChanged(Recording recording) {
                try {
                    HotCounting.update();
                } catch (RuntimeException | LinkageError e) {
                    System.err.println(Agent.PREFIX + "could not switch the hot counters: " + e);
                }
            }
        });
    }
}
