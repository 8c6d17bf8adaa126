package org.usrok.fund.web.export;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.web.i18n.LocalizedMessages;
import org.usrok.fund.web.portal.LanguageSwitch;
import org.usrok.fund.web.portal.Messages;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The export buttons beside the portal's tables ({@code WEB-INF/includes/export.xhtml}): every row
 * the service gives for the table's current filter, as a CSV or XLSX attachment named after the
 * table and today's date (UTC), e.g. {@code claims-queue-2026-12-07.csv}, with the headers in the
 * page's language. A refusal of the service is shown at the top of the page instead of a file.
 */
@RequestScoped
public class TableExports {

    @Inject
    LanguageSwitch language;
    @Inject
    Messages messages;

    /** The page's language, for cells a table words itself (e.g. audit action labels). */
    public Locale locale() {
        return language.getLocale();
    }

    /** Columns whose header keys are read from the portal bundle in the page's language. */
    public <T> ExportTable.Columns<T> columns() {
        return ExportTable.columns(key -> LocalizedMessages.label(language.getLocale(), key));
    }

    /**
     * The file of {@code rows} (read only when the button is pressed) laid out by {@code columns};
     * {@code format} is {@code "csv"} or {@code "xlsx"}.
     */
    public <T> StreamedContent download(String name, String format, Function<List<T>, ExportTable> columns,
                                        Supplier<List<T>> rows) {
        ExportFormat chosen = ExportFormat.of(format);
        ExportTable table;
        try {
            table = columns.apply(rows.get());
        } catch (BusinessRuleException e) {
            messages.rule(FacesContext.getCurrentInstance(), "", Set.of(), e);
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter.write(chosen, table, out);
        byte[] content = out.toByteArray();
        return DefaultStreamedContent.builder().name(fileName(name, chosen)).contentType(chosen.mediaType())
                .contentLength((long) content.length).stream(() -> new ByteArrayInputStream(content)).build();
    }

    static String fileName(String name, ExportFormat format) {
        return name + "-" + Clock.now().atZone(ZoneOffset.UTC).toLocalDate() + "." + format.extension();
    }
}
