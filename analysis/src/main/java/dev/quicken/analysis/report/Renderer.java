package dev.quicken.analysis.report;

/** Turns a {@link Report} into text of one format. */
public interface Renderer {

    String render(Report report);

    /** The renderer for a {@code --format} name: text, md, html or json; null when unknown. */
    static Renderer forFormat(String format, Palette palette) {
        return switch (format) {
            case "text" -> new TextRenderer();
            case "md", "markdown" -> new MarkdownRenderer();
            case "html" -> new HtmlRenderer(palette);
            case "json" -> new JsonRenderer();
            default -> null;
        };
    }
}
