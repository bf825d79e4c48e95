package app.stoika.pos.catalog;

/** An active category as the sell screen shows it (a tab), in the café's chosen order. */
public record CategoryView(long id, String name) {
}
