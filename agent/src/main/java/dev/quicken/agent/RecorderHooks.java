package dev.quicken.agent;

import dev.quicken.agent.bootstrap.Statistics;
import jdk.jfr.FlightRecorder;
import jdk.jfr.FlightRecorderListener;

/**
 * Registers the periodic statistics events when Flight Recorder initializes, whoever starts it
 * (this agent, {@code -XX:StartFlightRecording}, {@code jcmd JFR.start}), and not before: an agent
 * without a recording does not start Flight Recorder.
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
        });
    }
}
