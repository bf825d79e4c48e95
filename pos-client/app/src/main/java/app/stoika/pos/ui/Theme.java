package app.stoika.pos.ui;

import javafx.application.Application;
import javafx.scene.Scene;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/**
 * The look: AtlantaFX's Primer Light user-agent stylesheet (modern, readable, made for large controls),
 * plus our touch-size rules in {@code app.css}. Style-class names used from code are constants here.
 */
public final class Theme {
    public static final String PRODUCT_TILE = "product-tile";
    public static final String UNAVAILABLE = "unavailable";
    public static final String RUNNING_LOW = "running-low";
    public static final String AVAILABILITY = "availability";
    public static final String PRICE = "price";
    public static final String PRODUCT_NAME = "product-name";
    public static final String CATEGORY_BUTTON = "category-button";
    public static final String SIDE_PANEL = "side-panel";
    public static final String PANEL_TITLE = "panel-title";
    public static final String ERROR_BAR = "error-bar";
    public static final String LOW_STOCK_ITEM = "low-stock-item";

    private Theme() {
    }

    /** Sets the user-agent stylesheet for the whole application. Call once on the FX thread. */
    public static void applyUserAgent() {
        applyUserAgent(false);
    }

    /** Primer Light or Primer Dark; can be switched while the app runs. */
    public static void applyUserAgent(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds the app's own rules to a scene. */
    public static void style(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("app.css").toExternalForm());
    }
}
