package org.usrok.fund.disbursement.file;

import com.prowidesoftware.swift.model.mx.MinimumEscapeHandler;
import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.MxWriteParams;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.SchemaOutputResolver;
import org.usrok.fund.shared.CurrencyCode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Result;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a pain.001.001.09 message and checks the written bytes before anyone sees them.
 *
 * <p>The official ISO 20022 XSD is not available to the build (no artifact on Maven Central carries
 * it), so the check has two parts, together covering what these files can get wrong:
 * <ol>
 *   <li>structure: the XML is validated against the schema generated at first use from the
 *       Prowide JAXB model of pain.001.001.09 (the model is itself generated from the official
 *       schema): element names, nesting, order, multiplicity and the data types of values;</li>
 *   <li>facets the JAXB model does not carry, checked on the written document: text lengths
 *       (Max35Text, Max140Text, Max34Text), BIC, IBAN (pattern, then country format and check
 *       digits by iban4j, see {@link PaymentFiles#isIban}), ISO currency and country codes, amounts
 *       (non-negative, at most 18 digits, exactly the currency's decimals), ISO date and date-time,
 *       the transaction count pattern, the payment method code, and that every NbOfTxs and CtrlSum
 *       equals the count and the sum of the instructed amounts and the caller's totals.</li>
 * </ol>
 */
final class Pain001Validation {

    static final String NAMESPACE = MxPain00100109.NAMESPACE;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,15}");
    /** Max35Text elements (ISO 20022 pain.001.001.09) that this file writes. */
    private static final Set<String> MAX_35 = Set.of("MsgId", "PmtInfId", "EndToEndId", "InstrId", "MmbId", "Prtry");
    /** Max140Text elements that this file writes. */
    private static final Set<String> MAX_140 = Set.of("Nm", "Ustrd");
    private static final Set<String> PAYMENT_METHODS = Set.of("TRF", "CHK", "TRA");

    private static final JAXBContext CONTEXT = context();
    private static final Schema SCHEMA = schema();

    private Pain001Validation() {
    }

    /**
     * The message as UTF-8 XML with an XML declaration and a two-space indent: the same message
     * gives the same bytes. Only the markup characters are escaped, so Korean names are written
     * as UTF-8 text rather than character references.
     */
    static byte[] marshal(MxPain00100109 message) {
        MxWriteParams params = new MxWriteParams();
        params.context = CONTEXT;
        params.includeXMLDeclaration = true;
        params.indent = "  ";
        params.escapeHandler = new MinimumEscapeHandler();
        return PaymentFiles.utf8(message.document(params));
    }

    /**
     * Validates the written file.
     *
     * @throws PaymentFileRejectedException naming the element and the broken rule
     */
    static void validate(byte[] xml, CurrencyCode currency, int expectedCount, long expectedSumMinor) {
        Document document = parse(xml);
        try {
            Validator validator = SCHEMA.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException invalid) {
            throw new PaymentFileRejectedException("pain.001 line " + invalid.getLineNumber(),
                    "does not match the pain.001.001.09 schema: " + invalid.getMessage());
        } catch (SAXException | IOException unreadable) {
            throw new PaymentFileRejectedException("pain.001", "cannot be validated: " + unreadable.getMessage());
        }
        facets(document.getDocumentElement(), currency);
        totals(document, currency, expectedCount, expectedSumMinor);
    }

    private static void facets(Element element, CurrencyCode currency) {
        String name = element.getLocalName();
        String value = element.getTextContent();
        if (!NAMESPACE.equals(element.getNamespaceURI())) {
            refuse(name, "is not in the namespace " + NAMESPACE);
        }
        if (MAX_35.contains(name)) {
            length(name, value, 35);
        } else if (MAX_140.contains(name)) {
            length(name, value, 140);
        }
        switch (name) {
            case "BICFI" -> matches(name, value, PaymentFiles.BIC);
            case "IBAN" -> {
                if (!PaymentFiles.isIban(value)) {
                    refuse(name, "is not a valid IBAN");
                }
            }
            case "Id" -> {
                if ("Othr".equals(parentName(element)) && isLeaf(element)) {
                    length(name, value, 34);
                }
            }
            case "Cd" -> length(name, value, 5);
            case "NbOfTxs" -> matches(name, value, COUNT);
            case "PmtMtd" -> {
                if (!PAYMENT_METHODS.contains(value)) {
                    refuse(name, "is not a payment method code: " + value);
                }
            }
            case "Ccy" -> matches(name, value, CURRENCY);
            case "Ctry" -> matches(name, value, COUNTRY);
            case "CtrlSum" -> amount(name, value, currency);
            case "InstdAmt" -> {
                String ccy = element.getAttribute("Ccy");
                matches("InstdAmt/@Ccy", ccy, CURRENCY);
                if (!currency.name().equals(ccy)) {
                    refuse(name, "is in " + ccy + ", the file is in " + currency);
                }
                amount(name, value, currency);
            }
            case "CreDtTm" -> {
                try {
                    OffsetDateTime.parse(value);
                } catch (DateTimeParseException notIso) {
                    refuse(name, "is not an ISO date-time: " + value);
                }
            }
            case "Dt" -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException notIso) {
                    refuse(name, "is not an ISO date: " + value);
                }
            }
            default -> {
                // other elements have no facet beyond the schema's structure and types
            }
        }
        for (Element child : children(element)) {
            facets(child, currency);
        }
    }

    private static void totals(Document document, CurrencyCode currency, int expectedCount, long expectedSumMinor) {
        BigDecimal expectedSum = PaymentFiles.decimal(expectedSumMinor, currency);
        Element root = document.getDocumentElement();
        Element initiation = children(root).get(0);
        Element header = child(initiation, "GrpHdr");
        List<Element> instructions = children(initiation).stream().filter(e -> "PmtInf".equals(e.getLocalName())).toList();
        int fileCount = 0;
        BigDecimal fileSum = BigDecimal.ZERO;
        for (Element instruction : instructions) {
            int count = 0;
            BigDecimal sum = BigDecimal.ZERO;
            for (Element transaction : children(instruction)) {
                if ("CdtTrfTxInf".equals(transaction.getLocalName())) {
                    count++;
                    sum = sum.add(new BigDecimal(child(child(transaction, "Amt"), "InstdAmt").getTextContent().strip()));
                }
            }
            agree("PmtInf/NbOfTxs", child(instruction, "NbOfTxs").getTextContent(), count);
            agree("PmtInf/CtrlSum", new BigDecimal(child(instruction, "CtrlSum").getTextContent().strip()), sum);
            fileCount += count;
            fileSum = fileSum.add(sum);
        }
        agree("GrpHdr/NbOfTxs", child(header, "NbOfTxs").getTextContent(), fileCount);
        agree("GrpHdr/CtrlSum", new BigDecimal(child(header, "CtrlSum").getTextContent().strip()), fileSum);
        if (fileCount != expectedCount) {
            refuse("GrpHdr/NbOfTxs", "holds " + fileCount + " transactions, the batch has " + expectedCount);
        }
        if (fileSum.compareTo(expectedSum) != 0) {
            refuse("GrpHdr/CtrlSum", "is " + fileSum.toPlainString() + ", the batch total is " + expectedSum.toPlainString());
        }
    }

    private static void agree(String name, String count, int actual) {
        if (!Integer.toString(actual).equals(count.strip())) {
            refuse(name, "says " + count.strip() + " but the transactions number " + actual);
        }
    }

    private static void agree(String name, BigDecimal stated, BigDecimal actual) {
        if (stated.compareTo(actual) != 0) {
            refuse(name, "says " + stated.toPlainString() + " but the instructed amounts add up to " + actual.toPlainString());
        }
    }

    private static void amount(String name, String value, CurrencyCode currency) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(value.strip());
        } catch (NumberFormatException notANumber) {
            refuse(name, "is not a decimal number: " + value);
            return;
        }
        if (amount.signum() < 0) {
            refuse(name, "is negative: " + value);
        }
        if (amount.precision() > 18) {
            refuse(name, "has more than 18 digits: " + value);
        }
        if (amount.scale() != currency.minorUnits()) {
            refuse(name, "must have exactly " + currency.minorUnits() + " decimals in " + currency + ": " + value);
        }
    }

    private static void length(String name, String value, int max) {
        int length = value.codePointCount(0, value.length());
        if (length < 1 || length > max) {
            refuse(name, "must have 1 to " + max + " characters, has " + length);
        }
    }

    private static void matches(String name, String value, Pattern pattern) {
        if (!pattern.matcher(value).matches()) {
            refuse(name, "does not match " + pattern.pattern() + ": " + value);
        }
    }

    private static void refuse(String name, String reason) {
        throw new PaymentFileRejectedException("pain.001 " + name, reason);
    }

    private static String parentName(Element element) {
        Node parent = element.getParentNode();
        return parent == null ? null : parent.getLocalName();
    }

    private static boolean isLeaf(Element element) {
        return children(element).isEmpty();
    }

    private static Element child(Element parent, String name) {
        for (Element child : children(parent)) {
            if (name.equals(child.getLocalName())) {
                return child;
            }
        }
        throw new PaymentFileRejectedException("pain.001 " + parent.getLocalName(), "has no " + name);
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }

    private static Document parse(byte[] xml) {
        try {
            return builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException unreadable) {
            throw new PaymentFileRejectedException("pain.001", "is not well-formed XML: " + unreadable.getMessage());
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException unsupported) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", unsupported);
        }
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(MxPain00100109._classes);
        } catch (JAXBException broken) {
            throw new IllegalStateException("the pain.001.001.09 model cannot be bound", broken);
        }
    }

    /**
     * The schema of the Prowide model, generated by JAXB. The model's types have no namespace (one
     * model serves every message version; Prowide's writer puts the version's namespace on every
     * element), so the generated no-namespace schema document is given the pain.001.001.09
     * namespace (its unprefixed type references then resolve in it), qualified local elements and
     * the global {@code Document} element; the generated wrapper document that only declares
     * {@code Document} over the imported no-namespace types is left out.
     */
    private static Schema schema() {
        List<DOMResult> results = new ArrayList<>();
        try {
            CONTEXT.generateSchema(new SchemaOutputResolver() {
                @Override
                public Result createOutput(String namespaceUri, String suggestedFileName) {
                    DOMResult result = new DOMResult();
                    result.setSystemId(suggestedFileName);
                    results.add(result);
                    return result;
                }
            });
            List<DOMSource> sources = new ArrayList<>();
            for (DOMResult result : results) {
                Document schema = (Document) result.getNode();
                Element root = schema.getDocumentElement();
                if (root.hasAttribute("targetNamespace")) {
                    continue;
                }
                root.setAttribute("targetNamespace", NAMESPACE);
                root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", NAMESPACE);
                root.setAttribute("elementFormDefault", "qualified");
                Element document = schema.createElementNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "xs:element");
                document.setAttribute("name", "Document");
                document.setAttribute("type", "Document");
                root.insertBefore(document, root.getFirstChild());
                sources.add(new DOMSource(schema, result.getSystemId()));
            }
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources.toArray(new DOMSource[0]));
        } catch (IOException | SAXException broken) {
            throw new IllegalStateException("the pain.001.001.09 schema cannot be built from the model", broken);
        }
    }
}
