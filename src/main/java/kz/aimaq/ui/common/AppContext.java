package kz.aimaq.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.ui.map.MapCanvas;
import kz.aimaq.ui.map.MapViewModel;

import java.io.File;
import java.util.function.Predicate;

/**
 * What a feature (groups, scenarios, analysis, import, export, projects) may use of the
 * application: the map session, a place for its tab and menu items, and a way to tell the user
 * something. Features depend on this, not on the window that implements it, so the shell can
 * install features without the features knowing the shell (no package cycle).
 */
public interface AppContext {
    /** The map session: layer list, indicator, year, classes, the drawn model. */
    MapViewModel viewModel();

    /** The map view, for features that route clicks on regions. */
    MapCanvas map();

    /** The interface language's messages. */
    Messages messages();

    /** Where features add their side tab. */
    TabPane sideTabs();

    /** The window's root, for dialogs' owner and look-ups. */
    BorderPane root();

    /** The File menu, for features' items (export, import, projects). */
    Menu fileMenu();

    /** The Help menu, for features' items (the user guide). */
    Menu helpMenu();

    /** Adds a menu before Help. */
    void addMenu(Menu menu);

    /** One short message in a dialog, never a stack trace. */
    void showError(String message);

    /** JavaFX's own "No content in table" is English: tables under the node say it in the interface language. */
    void localiseEmptyTables(Node under);

    /** Lets a feature take files dropped on the window that are not boundary files. */
    void setOtherFileHandler(Predicate<File> handler);

    /**
     * Shows a result view (charts, tables, the data table, a region's history) in the main area
     * beside the map, as a closable tab. A view already open under the same {@code id} is
     * brought to the front with the new content, so re-running a scenario does not pile up tabs.
     */
    javafx.scene.control.Tab openView(String id, String title, Node content);

    /**
     * As {@link #openView}, placed beside the map (the map stays in sight), for results read
     * together with it, such as the index breakdown of the region clicked on the map. A view the
     * user has detached or moved stays where the user put it.
     */
    default javafx.scene.control.Tab openViewBesideMap(String id, String title, Node content) { return openView(id, title, content); }

    /** A short message in the status bar ("Copied to the clipboard"), replaced by the next one. */
    void showStatus(String message);
}
