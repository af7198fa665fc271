package io.qualify.check;

/** How much a finding weighs in the decision: any ERROR rejects, any WARNING sends to a person. */
public enum Severity {
    ERROR, WARNING, INFO
}
