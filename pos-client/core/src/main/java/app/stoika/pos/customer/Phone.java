package app.stoika.pos.customer;

import java.util.Map;

import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;

/**
 * A phone number in E.164 form (+79161234567). Accepts what people type: spaces, dashes, brackets,
 * a leading 8 or a bare ten-digit Russian mobile number.
 */
public record Phone(String e164) {
    public Phone {
        if (e164 == null || !e164.matches("\\+[1-9][0-9]{7,14}")) {
            throw new DomainException(ErrorKind.INVALID, "customer.error.bad_phone", Map.of("phone", String.valueOf(e164)));
        }
    }

    public static Phone parse(String typed) {
        if (typed == null || typed.length() > 40) {
            throw new DomainException(ErrorKind.INVALID, "customer.error.bad_phone", Map.of("phone", String.valueOf(typed)));
        }
        String trimmed = typed.strip();
        if (!trimmed.matches("[+0-9 ()\\-.]+")) {
            throw new DomainException(ErrorKind.INVALID, "customer.error.bad_phone", Map.of("phone", typed));
        }
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (trimmed.startsWith("+")) {
            return new Phone("+" + digits);
        }
        if (digits.length() == 11 && digits.startsWith("8")) {
            return new Phone("+7" + digits.substring(1));
        }
        if (digits.length() == 11 && digits.startsWith("7")) {
            return new Phone("+" + digits);
        }
        if (digits.length() == 10 && digits.startsWith("9")) {
            return new Phone("+7" + digits);
        }
        return new Phone("+" + digits);
    }

    @Override
    public String toString() {
        return e164;
    }
}
