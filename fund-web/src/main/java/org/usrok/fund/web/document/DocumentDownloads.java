package org.usrok.fund.web.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.web.portal.LanguageSwitch;
import org.usrok.fund.web.portal.Messages;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The portal's download buttons for the documents ({@code p:fileDownload value="#{documentDownloads...}"}),
 * in the page's language. A refusal of the service (say, nothing committed yet) is shown at the top
 * of the page instead of a file.
 */
@Named
@RequestScoped
public class DocumentDownloads {

    @Inject
    Documents documents;
    @Inject
    LanguageSwitch language;
    @Inject
    Messages messages;

    public StreamedContent awardLetter(long scenarioId) {
        return download(() -> documents.awardLetter(scenarioId, language.getLocale()));
    }

    public StreamedContent allocationReport(long roundId) {
        return download(() -> documents.allocationReport(roundId, language.getLocale()));
    }

    public StreamedContent getStatement() {
        return download(() -> documents.statement(language.getLocale()));
    }

    public StreamedContent trialBalance(LocalDate asOf) {
        return download(() -> documents.trialBalance(asOf, language.getLocale()));
    }

    private StreamedContent download(Supplier<PdfDocument> document) {
        PdfDocument pdf;
        try {
            pdf = document.get();
        } catch (BusinessRuleException e) {
            messages.rule(FacesContext.getCurrentInstance(), "", Set.of(), e);
            return null;
        }
        return DefaultStreamedContent.builder().name(pdf.fileName()).contentType(PdfDocument.MEDIA_TYPE)
                .contentLength((long) pdf.content().length)
                .stream(() -> new ByteArrayInputStream(pdf.content())).build();
    }
}
