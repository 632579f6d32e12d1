package kz.aimaq.ui.scenario;

import kz.aimaq.ui.fx.WrappedText;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import kz.aimaq.core.region.RegionCatalog;

import java.util.function.Consumer;

/**
 * The current scenario's poles and targets as chips with region names in the interface language,
 * the "Pick poles" / "Pick targets" toggles that make a map click add or remove a region (see
 * {@link ScenarioViewModel#onRegionClicked}), and a button back to the preset's regions. Clicking a
 * chip removes that region.
 */
final class RecipientsView extends VBox {
    private final ScenarioTexts t;
    private final String lang;
    private final RegionCatalog regions = RegionCatalog.bundled();

    RecipientsView(ScenarioViewModel vm, ScenarioTexts t, String lang) {
        super(6);
        this.t = t;
        this.lang = lang;
        ToggleGroup group = new ToggleGroup();
        ToggleButton pickPoles = new ToggleButton(t.get("scenario.pick.poles"));
        pickPoles.setId("pick-poles");
        ToggleButton pickTargets = new ToggleButton(t.get("scenario.pick.targets"));
        pickTargets.setId("pick-targets");
        pickPoles.setToggleGroup(group);
        pickTargets.setToggleGroup(group);
        pickPoles.setTooltip(new Tooltip(t.get("scenario.pick.help")));
        pickTargets.setTooltip(new Tooltip(t.get("scenario.pick.help")));
        group.selectedToggleProperty().addListener((o, a, b) -> vm.pickModeProperty().set(
                b == pickPoles ? ScenarioViewModel.PickMode.POLES : b == pickTargets ? ScenarioViewModel.PickMode.TARGETS
                        : ScenarioViewModel.PickMode.NONE));
        vm.pickModeProperty().addListener((o, a, m) -> group.selectToggle(
                m == ScenarioViewModel.PickMode.POLES ? pickPoles : m == ScenarioViewModel.PickMode.TARGETS ? pickTargets : null));
        Button reset = new Button(t.get("scenario.pick.reset"));
        reset.setOnAction(e -> vm.resetRecipients());
        FlowPane toggles = new FlowPane(6, 6, pickPoles, pickTargets, reset); // wraps in a narrow panel

        FlowPane poles = chips(vm.poles(), vm::togglePole, "chip-pole");
        FlowPane targets = chips(vm.targets(), vm::toggleTarget, "chip-target");
        Label polesLabel = new Label(t.get("scenario.poles"));
        Label targetsLabel = new Label(t.get("scenario.targets"));
        Label noTargets = new Label(t.get("scenario.targets.lagging"));
        noTargets.getStyleClass().add("source-note");
        WrappedText.allLines(noTargets);
        noTargets.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.targets()));
        noTargets.managedProperty().bind(noTargets.visibleProperty());
        getChildren().addAll(toggles, polesLabel, poles, targetsLabel, targets, noTargets);
    }

    private FlowPane chips(ObservableList<String> codes, Consumer<String> remove, String style) {
        FlowPane pane = new FlowPane(4, 4);
        Runnable fill = () -> pane.getChildren().setAll(codes.stream().map(c -> {
            Button chip = new Button(name(c) + " ×");
            chip.getStyleClass().addAll("chip", style);
            chip.setTooltip(new Tooltip(t.get("scenario.pick.remove")));
            chip.setOnAction(e -> remove.accept(c));
            return chip;
        }).toList());
        codes.addListener((ListChangeListener<String>) ch -> fill.run());
        fill.run();
        return pane;
    }

    private String name(String code) {
        return regions.byKato(code).map(r -> r.shortName(lang)).orElse(code);
    }
}
