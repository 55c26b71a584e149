package org.gongkai.disclosure.internal.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.gongkai.disclosure.Decision;
import org.junit.jupiter.api.Test;

class LetterTemplatesTest {
    private final LetterTemplates v1 = LetterTemplates.load("v1");

    @Test
    void v1IsReadAsUtf8() {
        assertEquals("特此告知。", v1.text("reply.closing"));
    }

    @Test
    void everyDecisionHasAWordingInV1() {
        for (Decision d : Decision.values()) {
            assertTrue(v1.has("reply.decision." + d.name()), d.name());
        }
    }

    @Test
    void valuesAreInsertedOnceAndNotExpandedAgain() {
        assertEquals("请您于{deadline}前（含当日）向本机关提交补正后的申请。答复期限自本机关收到补正后的申请之日起计算。",
                v1.fill("correction.period", Map.of("deadline", "{deadline}")));
    }

    @Test
    void missingKeysAndValuesAreProgrammingErrors() {
        assertThrows(IllegalStateException.class, () -> v1.text("no.such.key"));
        assertThrows(IllegalStateException.class, () -> v1.fill("correction.period", Map.of()));
    }

    @Test
    void unknownVersionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LetterTemplates.load("v0"));
        assertThrows(IllegalArgumentException.class, () -> LetterTemplates.load(null));
        assertThrows(IllegalArgumentException.class, () -> LetterTemplates.load("v1/../v1"));
    }
}
