package kz.aimaq.ui.shell;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

/**
 * The side panel's tab headers as buttons that wrap onto a second line, instead of the tab pane's
 * own header, which scrolls the tabs that do not fit out of sight (in Kazakh at 1366 px "Талдау"
 * was cut off, and a selected tab far right pushed "Көрсеткіш" out of view). The tab pane stays
 * the model (features add their tabs to it and select them as before); its header is hidden by
 * the style class {@code headerless}.
 */
final class SideTabButtons {
    private SideTabButtons() {}

    static FlowPane over(TabPane tabs) { return over(tabs, t -> java.util.List.of()); }

    /**
     * As {@link #over(TabPane)}, each button followed by {@code extras} of its tab (the main
     * area's detach and close buttons) and carrying the tab's context menu.
     */
    static FlowPane over(TabPane tabs, java.util.function.Function<Tab, java.util.List<javafx.scene.Node>> extras) {
        FlowPane bar = new FlowPane(4, 4);
        bar.getStyleClass().add("side-tab-buttons");
        bar.setId("side-tab-buttons");
        tabs.getStyleClass().add("headerless");
        ToggleGroup group = new ToggleGroup();
        Runnable rebuild = () -> {
            bar.getChildren().clear();
            group.getToggles().clear();
            for (Tab t : tabs.getTabs()) {
                ToggleButton b = new ToggleButton();
                b.textProperty().bind(t.textProperty());
                b.setUserData(t);
                b.setToggleGroup(group);
                b.setSelected(t.isSelected());
                b.setId(t.getId() == null ? null : t.getId() + "-button");
                b.getStyleClass().add("side-tab-button");
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                // a pressed button stays pressed: the panel always shows one tab
                b.setOnAction(e -> { b.setSelected(true); tabs.getSelectionModel().select(t); });
                if (t.getContextMenu() != null) b.setContextMenu(t.getContextMenu());
                if (t.getTooltip() != null) b.setTooltip(t.getTooltip());
                var more = extras.apply(t);
                if (more.isEmpty()) bar.getChildren().add(b);
                else {
                    javafx.scene.layout.HBox chip = new javafx.scene.layout.HBox(0, b);
                    chip.getChildren().addAll(more);
                    chip.getStyleClass().add("view-chip");
                    chip.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                    bar.getChildren().add(chip);
                }
            }
        };
        tabs.getTabs().addListener((ListChangeListener<Tab>) c -> rebuild.run());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            for (var toggle : group.getToggles()) toggle.setSelected(toggle.getUserData() == t);
        });
        rebuild.run();
        return bar;
    }
}
