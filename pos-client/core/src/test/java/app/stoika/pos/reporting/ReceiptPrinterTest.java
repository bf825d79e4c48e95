package app.stoika.pos.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import net.sf.jasperreports.engine.JasperPrint;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A café without a receipt printer gets PDF files; a wrong printer setting gets a sentence the cashier can act on. */
class ReceiptPrinterTest {
    private static final Clock AT_15_30 = Clock.fixed(Instant.parse("2026-11-23T12:30:05Z"), Samples.MOSCOW);
    private static JasperPrint receipt;

    @TempDir
    Path temp;

    @BeforeAll
    static void render() {
        receipt = new ReceiptRenderer(new ReportTemplates()).render(Samples.receipt(false), Samples.RUSSIAN);
    }

    @Test
    void aPdfFolderSettingWritesAReadableReceiptNamedByNumberAndTime() throws IOException {
        Path folder = temp.resolve("чеки"); // created on first use
        ReceiptPrinter printer = ReceiptPrinter.forSetting("pdf:" + folder, AT_15_30);

        Path file = printer.print(receipt).orElseThrow();

        assertThat(file).isEqualTo(folder.resolve("receipt-12-20261123-153005.pdf"));
        String text = PdfText.of(Files.readAllBytes(file));
        assertThat(text).contains("Заказ № 12", "Капучино большой", "ИТОГО", "990,00 ₽");
    }

    @Test
    void aReprintInTheSameSecondDoesNotOverwriteTheFirstFile() throws IOException {
        ReceiptPrinter printer = new ReceiptPrinter(new PrinterTarget.PdfDirectory(temp), AT_15_30);

        Path first = printer.print(receipt).orElseThrow();
        Path second = printer.print(receipt).orElseThrow();

        assertThat(second).isNotEqualTo(first).hasFileName("receipt-12-20261123-153005-2.pdf");
        assertThat(PdfText.of(Files.readAllBytes(first))).contains("Заказ № 12");
        assertThat(PdfText.of(Files.readAllBytes(second))).contains("Заказ № 12");
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedWithTheFolder() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("receipts"), "a file where the folder should be");
        ReceiptPrinter printer = ReceiptPrinter.forSetting("pdf:" + notAFolder, AT_15_30);

        assertThatThrownBy(() -> printer.print(receipt)).isInstanceOfSatisfying(PrintingException.class, e -> {
            assertThat(e.reason()).isEqualTo(PrintingException.Reason.PDF_FOLDER_NOT_WRITABLE);
            assertThat(e.message(Samples.RUSSIAN)).contains("Не удалось сохранить PDF", notAFolder.toString());
            assertThat(e.message(Locale.ENGLISH)).contains("Cannot save the PDF", notAFolder.toString());
        });
    }

    @Test
    void anUnknownPrinterIsNamedInTheMessage() {
        String name = "Нет такого принтера " + System.nanoTime();
        assertThat(ReceiptPrinter.availablePrinters()).doesNotContain(name);
        ReceiptPrinter printer = ReceiptPrinter.forSetting(name, AT_15_30);

        assertThat(printer.target()).isEqualTo(new PrinterTarget.Printer(name));
        assertThatThrownBy(() -> printer.print(receipt)).isInstanceOfSatisfying(PrintingException.class, e -> {
            assertThat(e.reason()).isEqualTo(PrintingException.Reason.PRINTER_NOT_FOUND);
            assertThat(e.message(Samples.RUSSIAN)).contains("«" + name + "» не найден");
            assertThat(e.message(Locale.ENGLISH)).contains("\"" + name + "\" was not found");
        });
    }

    @Test
    void anEmptySettingAsksForAPrinterOrAFolder() {
        for (String setting : new String[] {null, "", "  ", "pdf:", "PDF:  "}) {
            assertThatThrownBy(() -> ReceiptPrinter.forSetting(setting, AT_15_30))
                    .isInstanceOfSatisfying(PrintingException.class, e -> {
                        assertThat(e.reason()).isEqualTo(PrintingException.Reason.NO_PRINTER);
                        assertThat(e.message(Samples.RUSSIAN)).contains("Принтер чеков не настроен");
                    });
        }
    }

    @Test
    void printNamesNeverLeaveTheFolder() {
        assertThat(ReceiptPrinter.safeFileName("receipt-12")).isEqualTo("receipt-12");
        assertThat(ReceiptPrinter.safeFileName("../../etc/passwd")).doesNotContain("/").doesNotStartWith(".");
        assertThat(ReceiptPrinter.safeFileName("")).isEqualTo("print");
    }
}
