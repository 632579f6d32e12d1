package kz.aimaq.ui;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.*;

class AimaqAppLoggingTest {
    /** Only JavaFX's class-path start-up warning is dropped; its other warnings are still written. */
    @Test
    void dropsTheClasspathWarningOnly() {
        assertFalse(AimaqApp.CLASSPATH_WARNING.isLoggable(new LogRecord(Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @14e983a'")));
        assertTrue(AimaqApp.CLASSPATH_WARNING.isLoggable(new LogRecord(Level.WARNING, "Could not resolve '-fx-base' while resolving lookups")));
        assertTrue(AimaqApp.CLASSPATH_WARNING.isLoggable(new LogRecord(Level.SEVERE, null)));
    }
}
