package org.gongkai.disclosure.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Stage;
import org.gongkai.disclosure.internal.letter.Letter;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.Message;

/**
 * The case file of an archived case (案卷): a zip with the JSON record, every letter as HTML and PDF, and every
 * attachment, named so that the folder sorts like the paper file.
 */
final class CaseFileExport {
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    private final LetterDesk letters;
    private final CaseRecordStore records;

    CaseFileExport(LetterDesk letters, CaseRecordStore records) {
        this.letters = letters;
        this.records = records;
    }

    byte[] zip(ApplicationDetail d, long id) {
        if (d.stage() != Stage.ARCHIVED) {
            throw new ConflictException(Message.of("归档后才能导出案卷", "The case file is exported once the case is archived"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, d.number() + "/00-record.json", json.writeValueAsBytes(d));
            int n = 1;
            for (ApplicationDetail.LetterInfo info : d.letters()) {
                Letter l = letters.letter(id, info.id());
                String name = String.format("%s/%02d-%s-%s", d.number(), n++, info.kindZh(), info.status());
                put(zip, name + ".html", letters.html(l).getBytes(StandardCharsets.UTF_8));
                put(zip, name + ".pdf", letters.pdf(l));
            }
            for (ApplicationDetail.AttachmentInfo a : d.attachments()) {
                byte[] data = records.attachmentData(id, a.id()).orElse(new byte[0]);
                put(zip, String.format("%s/attachments/%d-%s", d.number(), a.id(), a.fileName().replace('/', '_')), data);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the case file", e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }
}
