package kz.aimaq.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

import java.util.function.Supplier;

/**
 * A side tab's content built when the tab first joins the window's scene (the shell attaches hidden
 * side tabs after the first map frame, or when one is opened), so a feature's controls are not
 * built and styled before the first map is on screen.
 */
public final class BuildOnFirstShow {
    private BuildOnFirstShow() {}

    /** Sets {@code build}'s node as the scroll pane's content the first time the pane is in a scene. */
    public static void content(ScrollPane scroll, Supplier<? extends Node> build) {
        scroll.sceneProperty().addListener(new ChangeListener<>() {
            @Override public void changed(ObservableValue<? extends Scene> o, Scene was, Scene scene) {
                if (scene == null) return;
                scroll.sceneProperty().removeListener(this);
                scroll.setContent(build.get());
            }
        });
    }
}
