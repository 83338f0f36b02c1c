package com.lockvue.bootstrap.ops;

import java.util.Map;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase prints migration progress ("Running Changeset: ...") and an update summary straight to stdout, as lines
 * with neither time nor level, which break a JSON log. A scope entered before Quarkus starts, on the thread that then
 * runs the migrations, sends the progress through the logger instead, and the summary goes to the log too, so they
 * are formatted like every other line.
 */
public final class LiquibaseOutput {
    private static final String SUMMARY_OUTPUT = "liquibase.command.showSummaryOutput";

    private LiquibaseOutput() {
    }

    public static void toLog() {
        if (System.getProperty(SUMMARY_OUTPUT) == null) {
            System.setProperty(SUMMARY_OUTPUT, "log");
        }
        try {
            Scope.enter(Map.of(Scope.Attr.ui.name(), new LoggerUIService()));
        } catch (Exception e) {
            throw new IllegalStateException("Could not send Liquibase's output to the log", e);
        }
    }
}
