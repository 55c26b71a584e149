package org.gongkai.broadcast.internal;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.gongkai.broadcast.EmergencyLevel;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.ValidationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads a CAP 1.2 alert ({@code urn:oasis:names:tc:emergency:cap:1.2}) into a {@link CapAlert}: identifier, sender,
 * sent, status, msgType, and from the first Chinese {@code info} (else the first): event, severity → level
 * (Extreme/Severe/Moderate/Minor → 1–4), urgency, onset (else effective, else sent), expires, headline, description,
 * instruction and the region codes of {@code area/geocode}. Only new alerts and updates become drafts; a Cancel is
 * answered with a hint to cancel the broadcast instead. DOCTYPEs are refused, so no entity tricks reach the parser.
 */
public final class CapImport {
    public static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";
    private static final int MAX_CHARS = 1_000_000;

    public CapAlert parse(String xml) {
        if (xml == null || xml.isBlank()) {
            throw ValidationException.of("file", "文件为空", "The file is empty");
        }
        if (xml.length() > MAX_CHARS) {
            throw ValidationException.of("file", "文件过大", "The file is too large");
        }
        Element alert = parseDocument(xml).getDocumentElement();
        if (!NS.equals(alert.getNamespaceURI()) || !"alert".equals(alert.getLocalName())) {
            throw ValidationException.of("file", "不是 CAP 1.2 预警信息（根元素须为 " + NS + " 的 alert）",
                    "Not a CAP 1.2 alert (root must be alert in " + NS + ")");
        }
        List<FieldError> errors = new ArrayList<>();
        String identifier = required(alert, "identifier", errors);
        String sender = required(alert, "sender", errors);
        Instant sent = time(alert, "sent", true, errors);
        String status = required(alert, "status", errors);
        String msgType = required(alert, "msgType", errors);
        if (status != null && !List.of("Actual", "Exercise", "Test").contains(status)) {
            errors.add(FieldError.of("status", "状态为 " + status + " 的预警信息不能导入（只接受 Actual、Exercise、Test）",
                    "Alerts with status " + status + " are not imported (Actual, Exercise, Test only)"));
        }
        if ("Cancel".equals(msgType)) {
            errors.add(FieldError.of("msgType", "这是一条撤销消息：请在系统中撤销对应的应急广播",
                    "This is a Cancel message: cancel the corresponding emergency broadcast instead"));
        } else if (msgType != null && !List.of("Alert", "Update").contains(msgType)) {
            errors.add(FieldError.of("msgType", "消息类型 " + msgType + " 不能生成广播（只接受 Alert、Update）",
                    "Message type " + msgType + " does not make a broadcast (Alert, Update only)"));
        }
        Element info = chooseInfo(alert);
        if (info == null) {
            errors.add(FieldError.of("info", "缺少 info 元素", "The info element is missing"));
            throw new ValidationException(errors);
        }
        String event = required(info, "event", errors);
        String severity = required(info, "severity", errors);
        EmergencyLevel level = null;
        if (severity != null) {
            Optional<EmergencyLevel> l = EmergencyLevel.ofCapSeverity(severity);
            if (l.isEmpty()) {
                errors.add(FieldError.of("severity", "严重程度 " + severity + " 无法对应预警级别，请先确定级别",
                        "Severity " + severity + " has no level: decide the level first"));
            } else {
                level = l.get();
            }
        }
        String urgency = text(info, "urgency");
        Instant onset = time(info, "onset", false, errors);
        if (onset == null) {
            onset = time(info, "effective", false, errors);
        }
        if (onset == null) {
            onset = sent;
        }
        Instant expires = time(info, "expires", false, errors);
        if (expires == null && !errors.stream().anyMatch(e -> e.field().equals("expires"))) {
            errors.add(FieldError.of("expires", "缺少失效时间（expires）：应急广播须有结束时间",
                    "expires is missing: an emergency broadcast needs an end time"));
        }
        List<String> codes = new ArrayList<>();
        for (Element area : children(info, "area")) {
            for (Element geocode : children(area, "geocode")) {
                String value = text(geocode, "value");
                if (value != null && value.matches("\\d{6}|\\d{9}|\\d{12}|\\d{15}") && !codes.contains(value)) {
                    codes.add(value);
                }
            }
        }
        if (codes.isEmpty()) {
            errors.add(FieldError.of("area", "没有可识别的区划代码（area/geocode 的 value 须为6、9、12或15位数字）",
                    "No region code found (area/geocode value of 6, 9, 12 or 15 digits)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new CapAlert(identifier, sender, sent, status, msgType, event, level, urgency, onset, expires,
                text(info, "headline"), text(info, "description"), text(info, "instruction"), codes);
    }

    private static Document parseDocument(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw ValidationException.of("file", "XML 格式错误：" + e.getMessage(), "Malformed XML: " + e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("XML parser unavailable", e);
        }
    }

    private static Element chooseInfo(Element alert) {
        List<Element> infos = children(alert, "info");
        return infos.stream().filter(i -> Optional.ofNullable(text(i, "language")).orElse("").startsWith("zh"))
                .findFirst().orElse(infos.isEmpty() ? null : infos.get(0));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        List<Element> es = children(parent, name);
        if (es.isEmpty()) {
            return null;
        }
        String t = es.get(0).getTextContent().strip();
        return t.isEmpty() ? null : t;
    }

    private static String required(Element parent, String name, List<FieldError> errors) {
        String t = text(parent, name);
        if (t == null) {
            errors.add(FieldError.of(name, "缺少 " + name, name + " is missing"));
        }
        return t;
    }

    private static Instant time(Element parent, String name, boolean required, List<FieldError> errors) {
        String t = required ? required(parent, name, errors) : text(parent, name);
        if (t == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(name, name + " 时间格式错误：" + t, name + " is not a CAP date-time: " + t));
            return null;
        }
    }
}
