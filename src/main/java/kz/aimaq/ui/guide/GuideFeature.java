package kz.aimaq.ui.guide;

import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCombination;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.ui.common.AppContext;

/**
 * Help → User guide (F1): opens the guide in the main area at the page for the side tab in use
 * (indicator → making a map, macro-regions → comparing them, scenarios → running one); any other tab
 * opens the first page.
 */
public final class GuideFeature {
    private final AppContext ctx;
    private GuideView view;

    private GuideFeature(AppContext ctx) { this.ctx = ctx; }

    public static GuideFeature install(AppContext ctx) {
        GuideFeature f = new GuideFeature(ctx);
        MenuItem item = new MenuItem(ctx.messages().get("guide.menu"));
        item.setAccelerator(KeyCombination.keyCombination("F1"));
        item.setOnAction(e -> f.open());
        ctx.helpMenu().getItems().addFirst(item);
        return f;
    }

    /** Opens (or brings to the front) the guide at the page for the selected side tab. */
    void open() {
        String page = pageFor(ctx.sideTabs().getSelectionModel().getSelectedItem(), ctx.messages());
        if (view == null) view = new GuideView(ctx.messages().lang());
        view.show(page);
        ctx.openView("guide", ctx.messages().get("guide.title"), view);
    }

    GuideView view() { return view; }

    /** The guide page for a side tab: by the tab's id where the feature sets one, else by its title's bundle key. */
    static String pageFor(Tab tab, Messages m) {
        if (tab == null) return "map-slide";
        String id = tab.getId() == null ? "" : tab.getId();
        if (id.startsWith("scenario")) return "scenario";
        if (id.startsWith("group")) return "macro-regions";
        String text = tab.getText() == null ? "" : tab.getText();
        if (text.equals(Messages.bundle("i18n.groups", m.lang()).get("groups.tab"))) return "macro-regions";
        return "map-slide";
    }
}
