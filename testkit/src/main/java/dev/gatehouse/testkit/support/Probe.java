package dev.gatehouse.testkit.support;

/** A request entity that only {@link ProbeReader} reads. */
public record Probe(String text) {}
