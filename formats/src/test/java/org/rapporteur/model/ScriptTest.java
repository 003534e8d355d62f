package org.rapporteur.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptTest {
    /** The fast answer for ASCII and the CJK block must be the JDK's own, for every code point there is. */
    @Test
    void unicodeScriptIsTheJdksForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Script.unicodeScript(cp) != Character.UnicodeScript.of(cp)) {
                assertThat(Script.unicodeScript(cp)).as("U+%04X", cp).isEqualTo(Character.UnicodeScript.of(cp));
            }
        }
        assertThat(Script.of('a')).isEqualTo(Script.LATIN);
        assertThat(Script.of('1')).isNull();
        assertThat(Script.of('中')).isEqualTo(Script.HAN);
        assertThat(Script.of('，')).isEqualTo(Script.HAN);
    }
}
