package kz.aimaq.ui.shell;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.*;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The whole window at laptop size (1366×768) in kk, ru and en: every side tab opened, a scenario
 * run, the index, clusters and the disparity monitor opened as main-area views, and then no label,
 * button, check box or tab header may show its text cut ("Доля полюсов…", "П…"). The rendered
 * text (the skin's {@code Text} under a {@code Labeled}) must be the whole text.
 *
 * <p>With {@code -Daimaq.snapshots=DIR} each view is also saved as a PNG there (for looking at).
 */
class NoEllipsisUiTest {
    static final double W = Double.parseDouble(System.getProperty("aimaq.snapshots.width", "1366"));
    static final double H = Double.parseDouble(System.getProperty("aimaq.snapshots.height", "768"));
    MainWindow window;
    Stage stage;

    @AfterEach
    void close() throws Exception { FxToolkit.cleanupStages(); }

    private void open(String lang) throws Exception {
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, IndicatorData.bundled().copy(), lang, l -> {});
            Features.install(window);
            window.start();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(W);
            stage.setHeight(H);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.viewModel().choroplethProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kk", "ru", "en"})
    void nothingIsCutAtLaptopSize(String lang) throws Exception {
        open(lang);
        List<String> cut = new ArrayList<>();
        // the palette with the longest name in this language, shown in the palette box ("Сары –
        // қызғылт сары – қызыл" was cut in kk): the box shows it whole, on two lines if need be
        FxToolkit.setupFixture(() -> showLongest(window.root().lookup("#palette-box")));
        settle();
        cut.addAll(cutTexts(window.root(), "longest palette name"));
        // every side tab, as the user opens them
        for (Tab tab : List.copyOf(window.sideTabs().getTabs())) {
            FxToolkit.setupFixture(() -> window.sideTabs().getSelectionModel().select(tab));
            if ("scenario-tab".equals(tab.getId())) {
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tab.getContent() != null && !(tab.getContent() instanceof Label));
            }
            settle();
            snapshot(lang, "side-" + (tab.getId() == null ? window.sideTabs().getTabs().indexOf(tab) : tab.getId()));
            cut.addAll(cutTexts(window.root(), tab.getText()));
            // every section of the tab opened in turn (the clusters section cut "П…", "С…")
            List<TitledPane> sections = new ArrayList<>();
            FxToolkit.setupFixture(() -> tab.getContent().lookupAll(".titled-pane").forEach(n -> sections.add((TitledPane) n)));
            for (TitledPane section : sections) {
                FxToolkit.setupFixture(() -> section.setExpanded(true));
                settle();
                cut.addAll(cutTexts(window.root(), tab.getText() + " › " + section.getText()));
                // the clusters' indicator box with the longest indicator name ("Жұмыссыздық
                // деңгейі" was cut in a panel 3 % narrower): the box shows it whole, wrapped
                if (section.getContent().lookup("#clusters-indicator") != null) {
                    FxToolkit.setupFixture(() -> showLongest(section.getContent().lookup("#clusters-indicator")));
                    settle();
                    snapshot(lang, "side-clusters-longest-indicator");
                    cut.addAll(cutTexts(window.root(), tab.getText() + " › " + section.getText() + ", longest indicator"));
                    // then the first one, population, whose long name goes into the Moran scatter's title
                    FxToolkit.setupFixture(() -> ((ComboBox<?>) section.getContent().lookup("#clusters-indicator")).getSelectionModel().selectFirst());
                }
            }
            if (!sections.isEmpty()) snapshot(lang, "side-" + tab.getId() + "-sections");
        }
        // the results: a scenario run, the index, clusters and the disparity monitor, each a main-area view
        Tab scenarios = window.sideTabs().getTabs().stream().filter(t -> "scenario-tab".equals(t.getId())).findFirst().orElseThrow();
        FxToolkit.setupFixture(() -> window.sideTabs().getSelectionModel().select(scenarios));
        FxToolkit.setupFixture(() -> ((Button) window.root().lookup("#scenario-results-show")).getParent()
                .lookupAll(".button").stream().map(n -> (Button) n).filter(Button::isDefaultButton).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.mainArea().placeOf("scenario-results").isPresent());
        settle();
        snapshot(lang, "view-scenario-results");
        cut.addAll(cutTexts(window.root(), "scenario results"));

        Tab analysis = window.sideTabs().getTabs().stream().filter(t -> "analysis-tab".equals(t.getId())).findFirst().orElseThrow();
        FxToolkit.setupFixture(() -> {
            window.sideTabs().getSelectionModel().select(analysis);
            ((Button) window.root().lookup("#index-compute")).fire();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.mainArea().placeOf("analysis-index").isPresent());
        settle();
        snapshot(lang, "view-index");
        cut.addAll(cutTexts(window.root(), "index results"));

        FxToolkit.setupFixture(() -> ((Button) window.root().lookup("#clusters-compute")).fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.root().lookup("#clusters-scatter").isDisabled());
        FxToolkit.setupFixture(() -> ((Button) window.root().lookup("#clusters-scatter")).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.mainArea().placeOf("analysis-scatter").isPresent());
        settle();
        snapshot(lang, "view-moran-scatter");
        cut.addAll(cutTexts(window.root(), "Moran scatter"));

        FxToolkit.setupFixture(() -> ((Button) window.root().lookup("#regions-propose")).fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.mainArea().placeOf("analysis-regions").isPresent());
        settle();
        snapshot(lang, "view-regionalisation");
        cut.addAll(cutTexts(window.root(), "regionalisation proposal"));

        FxToolkit.setupFixture(() -> menuItem("disparity-open").fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.mainArea().placeOf("disparity").isPresent());
        settle();
        snapshot(lang, "view-disparity");
        cut.addAll(cutTexts(window.root(), "disparity monitor"));

        // the scenario results beside the map
        FxToolkit.setupFixture(() -> window.mainArea().placeBeside("scenario-results"));
        settle();
        snapshot(lang, "view-scenario-beside-map");
        cut.addAll(cutTexts(window.root(), "scenario beside the map"));

        assertEquals(List.of(), cut.stream().distinct().toList(), "cut texts at " + (int) W + "×" + (int) H + " in " + lang);

        // with every panel and view made: no scroll pane of ours paints its content into a cached
        // image (each change inside repainted the whole side panel: see Scrolling)
        List<String> cached = new ArrayList<>();
        FxToolkit.setupFixture(() -> {
            for (Node n : window.root().lookupAll(".scroll-pane")) {
                if (!(n instanceof ScrollPane s) || s.getSkin() == null || insideTextInput(s)) continue;
                Node viewport = s.lookup(".viewport");
                if (viewport != null && viewport.isCache()) cached.add(s.getContent() == null ? "empty scroll pane" : s.getContent().getClass().getName());
            }
        });
        assertEquals(List.of(), cached, "scroll panes with a cached viewport (make them with kz.aimaq.ui.fx.Scrolling)");
    }

    /** A text area's own scroll pane is JavaFX's, not ours. */
    private static boolean insideTextInput(Node n) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) if (p instanceof TextInputControl) return true;
        return false;
    }

    @Test
    void theYearSpinnerFollowsTheSliderAndRefusesAYearWithoutData() throws Exception {
        open("ru");
        var vm = window.viewModel();
        // an indicator with a long series (the start-up one may be another, e.g. left by an earlier session)
        FxToolkit.setupFixture(() -> {
            vm.levelProperty().set(kz.aimaq.core.geo.MapLevel.OBLAST);
            vm.indicatorProperty().set(vm.data().catalog().require("grp_per_capita"));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.years().size() > 3);
        @SuppressWarnings("unchecked") Spinner<Integer> spinner = (Spinner<Integer>) window.root().lookup("#year-spinner");
        Slider slider = (Slider) window.root().lookup("#year-slider");
        Label note = (Label) window.root().lookup("#year-note");
        List<Integer> years = List.copyOf(vm.years());
        assertTrue(years.size() > 3, years.toString());
        int last = years.getLast(), before = years.get(years.size() - 2);

        FxToolkit.setupFixture(() -> vm.yearProperty().set(before));
        assertEquals(before, spinner.getValue(), "the spinner follows the map's year");
        assertEquals(before, (int) Math.round(slider.getValue()));

        FxToolkit.setupFixture(() -> spinner.increment());
        assertEquals(last, vm.yearProperty().get(), "the spinner's arrow steps one data year");
        assertEquals(last, (int) Math.round(slider.getValue()), "the slider follows");
        FxToolkit.setupFixture(() -> spinner.increment());
        assertEquals(last, vm.yearProperty().get(), "no year after the last");

        // typed: a year with data is taken, one without is refused and explained
        FxToolkit.setupFixture(() -> { spinner.getEditor().setText(String.valueOf(years.getFirst())); spinner.commitValue(); });
        assertEquals(years.getFirst(), vm.yearProperty().get());
        assertEquals("", note.getText());
        FxToolkit.setupFixture(() -> { spinner.getEditor().setText("1900"); spinner.commitValue(); });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(years.getFirst(), vm.yearProperty().get(), "a year without data leaves the map as it was");
        assertEquals(String.valueOf(years.getFirst()), spinner.getEditor().getText(), "the box shows the year again");
        assertEquals("За 1900 данных нет: есть годы " + years.getFirst() + "–" + last, note.getText());
        assertTrue(note.isVisible());

        // Left / Right on the map step one year
        FxToolkit.setupFixture(() -> window.map().requestFocus());
        FxToolkit.setupFixture(() -> window.map().fireEvent(key(javafx.scene.input.KeyCode.RIGHT)));
        assertEquals(years.get(1), vm.yearProperty().get());
        assertEquals(years.get(1), spinner.getValue());
        FxToolkit.setupFixture(() -> window.map().fireEvent(key(javafx.scene.input.KeyCode.LEFT)));
        assertEquals(years.getFirst(), vm.yearProperty().get());
        assertEquals("", note.getText(), "the note goes once the year changes");
    }

    /** Chooses the item of a combo box whose name (as the box shows it) is the longest. */
    private static void showLongest(Node comboBox) {
        @SuppressWarnings("unchecked") ComboBox<Object> box = (ComboBox<Object>) comboBox;
        box.getItems().stream().max(java.util.Comparator.comparingInt(p -> box.getConverter().toString(p).length()))
                .ifPresent(box::setValue);
    }

    private static javafx.scene.input.KeyEvent key(javafx.scene.input.KeyCode code) {
        return new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) window.root().getTop();
        for (Menu menu : bar.getMenus()) for (MenuItem i : menu.getItems()) if (id.equals(i.getId())) return i;
        throw new AssertionError("no menu item " + id);
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // layout passes of charts and wrapped text
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void snapshot(String lang, String view) throws Exception {
        String dir = System.getProperty("aimaq.snapshots");
        if (dir == null) return;
        Path file = Path.of(dir, "workspace-" + lang + "-" + (int) W + "x" + (int) H + "-" + view + ".png");
        FxToolkit.setupFixture(() -> {
            var img = stage.getScene().snapshot(null);
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** "where: control text → shown text" for every visible labelled control whose text is cut, and every tab pane whose headers overflow. */
    static List<String> cutTexts(Node root, String where) throws Exception {
        List<String> out = new ArrayList<>();
        FxToolkit.setupFixture(() -> walk(root, where, out));
        return out;
    }

    private static void walk(Node n, String where, List<String> out) {
        if (!n.isVisible()) return;
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && !excluded(l)) {
            String shown = shownText(l);
            String name = l.getClass().getSimpleName() + (l.getId() == null ? "" : "#" + l.getId()) + " \"" + l.getText() + "\"";
            if (shown != null && !shown.equals(l.getText())) out.add(where + ": " + name + " shows \"" + shown + "\"");
            else if (clippedSideways(l)) out.add(where + ": " + name + " runs past the right edge of its scroll pane or tab");
        }
        if (n instanceof TabPane tp && !tp.getStyleClass().contains("headerless")) {
            Node more = tp.lookup(".control-buttons-tab");
            Node header = tp.lookup(".headers-region");
            Node area = tp.lookup(".tab-header-area");
            if (header != null && area != null && header.getLayoutBounds().getWidth() > area.getLayoutBounds().getWidth() + 1
                    || more != null && more.isVisible() && more.getLayoutBounds().getWidth() > 0 && overflowing(tp)) {
                out.add(where + ": tab headers cut: " + tp.getTabs().stream().map(Tab::getText).toList());
            }
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) walk(c, where, out);
    }

    /**
     * A control that reaches past the right edge of the scroll pane around it: the content is
     * wider than the panel (one wide row pushes everything out), so its right part is hidden.
     */
    private static boolean clippedSideways(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TableView<?> || p instanceof ListView<?>) return false; // they scroll their own cells sideways
            // a view wider than its tab is cut at the right with no scroll bar (the disparity
            // monitor's indicator box, as wide as the longest name, pushed its charts out of view)
            if (p instanceof TabPane tp) {
                var t = tp.localToScene(tp.getLayoutBounds());
                var b = n.localToScene(n.getLayoutBounds());
                return b.getMinX() < t.getMaxX() && b.getMaxX() > t.getMaxX() + 1;
            }
            if (p instanceof ScrollPane sp) {
                Node viewport = sp.lookup(".viewport");
                if (viewport == null) return false;
                var v = viewport.localToScene(viewport.getLayoutBounds());
                var b = n.localToScene(n.getLayoutBounds());
                boolean clipped = b.getMinX() < v.getMaxX() && b.getMaxX() > v.getMaxX() + 1;
                if (clipped && Boolean.getBoolean("aimaq.debugClip")) debugWidest(sp.getContent(), 0);
                return clipped;
            }
        }
        return false;
    }

    private static void debugWidest(Node n, int depth) {
        if (depth > 12 || !(n instanceof javafx.scene.layout.Region r)) return;
        System.out.println("CLIP " + "  ".repeat(depth) + n.getClass().getSimpleName() + "#" + n.getId() + " " + n.getStyleClass()
                + " w=" + r.getWidth() + " min=" + r.minWidth(-1));
        for (Node c : r.getChildrenUnmodifiable()) {
            if (c instanceof javafx.scene.layout.Region cr && c.isManaged() && cr.minWidth(-1) > 300) debugWidest(c, depth + 1);
        }
    }

    /** The tab pane's own menu of tabs is shown only when its headers do not fit. */
    private static boolean overflowing(TabPane tp) {
        Node down = tp.lookup(".tab-down-button");
        return down != null && down.isVisible();
    }

    /**
     * Cells of tables, lists and combo box pop-ups hold data (region and indicator names of any
     * length) in columns the user can widen; their cut is the table's normal way, not a layout
     * fault. Column headers are checked.
     */
    private static boolean excluded(Labeled l) {
        // a colour picker drawn as a 44 px swatch button shows the colour, not its hex text, by design
        for (Node p = l.getParent(); p != null; p = p.getParent()) if (p instanceof ColorPicker) return true;
        // a graphic-only label has no text on screen on purpose
        if (l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) return true;
        return l instanceof IndexedCell<?> && !(l.getParent() != null && l.getParent().getStyleClass().contains("combo-box"));
    }

    private static String shownText(Labeled l) {
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && c.getStyleClass().contains("text")) return t.getText();
        }
        return null;
    }
}
