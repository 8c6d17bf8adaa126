package org.usrok.fund.web.export;

/** The two formats a table exports to, with their file extension and media type. */
public enum ExportFormat {

    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** {@code "csv"} or {@code "xlsx"}, as the export buttons name them. */
    public static ExportFormat of(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
