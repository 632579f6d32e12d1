package kz.aimaq.ui.history;

import kz.aimaq.ui.common.AppContext;

/** The region card and the comparison chart, for the window that shows the card on a click. */
public final class HistoryFeature {
    private final RegionCompare compare;
    private final RegionCard card;

    private HistoryFeature(AppContext app, Runnable closeCard) {
        compare = new RegionCompare(app);
        card = new RegionCard(app.messages(), app.viewModel(), compare, closeCard);
    }

    /** The card is made here; the window shows it where its region panel goes and closes it with {@code closeCard}. */
    public static HistoryFeature create(AppContext app, Runnable closeCard) { return new HistoryFeature(app, closeCard); }

    public RegionCard card() { return card; }

    public RegionCompare compare() { return compare; }
}
