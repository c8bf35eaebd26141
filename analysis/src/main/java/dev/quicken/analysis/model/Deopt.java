package dev.quicken.analysis.model;

/** One deoptimization: when (epoch nanoseconds), where, which specialized form went back to adaptive. */
public record Deopt(long nanos, SiteKey site, String family, String instruction, int lineNumber, String reason) {
}
