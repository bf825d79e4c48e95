package app.stoika.pos.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.stoika.pos.shared.DomainException;

class CredentialFormatTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "123", "123456789", "12a4", " 1234", "١٢٣٤"})
    void pinsAreFourToEightAsciiDigits(String typed) {
        assertThatThrownBy(() -> new Pin(typed)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("security.error.bad_pin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "1234567"})
    void passwordsHaveAtLeastEightCharacters(String typed) {
        assertThatThrownBy(() -> new Password(typed)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("security.error.bad_password"));
    }
}
